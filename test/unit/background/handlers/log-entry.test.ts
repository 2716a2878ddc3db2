import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetLogEntryTab, logEntryHandlers } from '@/lib/background/handlers/log-entry';
import { logEntryToBackground } from '@/lib/messaging/contract/log-entry';
import { createRouter } from '@/lib/messaging/router';
import { secretItem } from '@/lib/storage';
import { logEntryItem, type ShownLogEntry } from '@/lib/storage/log-entry';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const route = createRouter(logEntryToBackground, logEntryHandlers, () => OWN);
const frame = (tabId: number, frameId: number) => ({
  id: OWN,
  url: 'https://portal.azure.com/#view/x',
  origin: 'https://portal.azure.com',
  tab: { id: tabId, windowId: 1 },
  frameId,
});
const entry: ShownLogEntry = {
  status: 'Failure',
  errorCode: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
  reason: 'HTTP/401 Unauthorized',
  recommendedAction: null,
  objectType: 'user',
  displayName: 'Bob Li',
  objectId: '5f1c2d3e-0000-4000-8000-00000000a001',
  modified: [{ name: 'userName', oldValue: null, newValue: 'bob.li@contoso.com' }],
};
const send = (e: ShownLogEntry | null, sender = frame(4, 6)) =>
  route({ type: 'logs.entry', payload: { docStart: 1, entry: e } }, sender);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('logs.entry', () => {
  it('keeps the open entry until its pane closes; another frame closing nothing leaves it', async () => {
    expect(await send(entry)).toEqual({ ok: true, data: { kept: true } });
    expect((await logEntryItem.get())?.entry.displayName).toBe('Bob Li');
    await send(null, frame(4, 7));
    expect(await logEntryItem.get()).not.toBeNull();
    await send(null);
    expect(await logEntryItem.get()).toBeNull();
  });

  it('goes with its tab', async () => {
    await send(entry);
    await forgetLogEntryTab(5);
    expect(await logEntryItem.get()).not.toBeNull();
    await forgetLogEntryTab(4);
    expect(await logEntryItem.get()).toBeNull();
  });

  it('never keeps an entry that shows the kept key, and drops the one shown before', async () => {
    await send(entry);
    const secret = 'Kq9sEcReT-0123456789abcdef';
    await secretItem.set({
      secret,
      credentialId: null,
      directoryKey: 'intl:d-1',
      capturedAt: Date.now(),
      forgetAt: Date.now() + 60_000,
    });
    const leaked = { ...entry, modified: [{ name: 'password', oldValue: null, newValue: secret }] };
    expect(await send(leaked)).toEqual({ ok: true, data: { kept: false } });
    expect(await logEntryItem.get()).toBeNull();
  });

  it('refuses a sender outside the Azure origins', async () => {
    const cloudsso = {
      ...frame(4, 0),
      url: 'https://signin-cn.aliyun.com/',
      origin: 'https://signin-cn.aliyun.com',
    };
    expect(await send(entry, cloudsso)).toMatchObject({ ok: false });
    expect(await logEntryItem.get()).toBeNull();
  });
});
