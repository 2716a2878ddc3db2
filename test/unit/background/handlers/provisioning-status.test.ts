import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { provisioningStatusHandlers } from '@/lib/background/handlers/provisioning-status';
import { provisioningStatusToBackground } from '@/lib/messaging/contract/provisioning-status';
import { createRouter } from '@/lib/messaging/router';
import { secretItem } from '@/lib/storage';
import { guideTabsItem } from '@/lib/storage/guide';
import { provisioningStatusItem } from '@/lib/storage/provisioning-status';
import { SP, tabState } from '../../../support/guide-reports';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const route = createRouter(provisioningStatusToBackground, provisioningStatusHandlers, () => OWN);
const view = {
  id: OWN,
  url: 'https://sandbox-1.reactblade.portal.azure.net/',
  origin: 'https://sandbox-1.reactblade.portal.azure.net',
  tab: { id: 4, windowId: 1 },
  frameId: 6,
};
const overview = {
  docStart: 1,
  cycleText: 'Incremental cycle completed',
  cycle: 'completed',
  quarantine: false,
  onDemand: null,
};
const send = (payload: unknown, sender: object = view) =>
  route({ type: 'provisioning.status', payload }, sender);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('provisioning.status', () => {
  it('keeps what an Azure frame showed, with the app its tab shows and when', async () => {
    await guideTabsItem.set({
      '4': tabState(4, { app: { name: 'CloudSSO', objectId: SP, appId: null } }),
    });
    const before = Date.now();
    await expect(send(overview)).resolves.toEqual({ ok: true, data: { kept: true } });
    const kept = await provisioningStatusItem.get();
    expect(kept).toMatchObject({ cycle: 'completed', quarantine: false, appObjectId: SP });
    expect(kept!.at).toBeGreaterThanOrEqual(before);
    expect(kept).not.toHaveProperty('docStart');
  });

  it("waits for the tab's app when the status comes first; null when none comes", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    try {
      const early = send(overview);
      await vi.advanceTimersByTimeAsync(1_000);
      await guideTabsItem.set({
        '4': tabState(4, { app: { name: 'CloudSSO', objectId: SP, appId: null } }),
      });
      await vi.advanceTimersByTimeAsync(500);
      await early;
      expect((await provisioningStatusItem.get())?.appObjectId).toBe(SP);
      await guideTabsItem.set({});
      const none = send({ ...overview, cycle: 'in-progress' });
      await vi.advanceTimersByTimeAsync(5_000);
      await none;
      expect(await provisioningStatusItem.get()).toMatchObject({
        cycle: 'in-progress',
        appObjectId: null,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a look-alike origin or a malformed report is refused', async () => {
    await provisioningStatusItem.set(null);
    const evil = {
      ...view,
      url: 'https://portal.azure.com.evil.example/',
      origin: 'https://portal.azure.com.evil.example',
    };
    expect(await send(overview, evil)).toMatchObject({ ok: false });
    expect(await send({ ...overview, cycle: 'done' })).toMatchObject({ ok: false });
    expect(await provisioningStatusItem.get()).toBeNull();
  });

  it('never keeps a report that contains the kept key', async () => {
    const secret = 'Kq9sEcReT-0123456789abcdef';
    await secretItem.set({
      secret,
      credentialId: null,
      directoryKey: 'intl:d-1',
      capturedAt: Date.now(),
      forgetAt: Date.now() + 60_000,
    });
    const reply = await send({ ...overview, cycleText: `Bearer ${secret.toLowerCase()}` });
    expect(reply).toEqual({ ok: true, data: { kept: false } });
    expect(await provisioningStatusItem.get()).toBeNull();
  });
});
