import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLIPBOARD_ALARM, clearNow, onCleared, onCopied } from '@/lib/background/clipboard';
import { clipboardItem, secretItem, settingsItem } from '@/lib/storage';
import { Settings } from '@/lib/storage/settings';
import { fingerprint } from '@/lib/util/fingerprint';

const KEY = 'Zq8ddT2XkW4pLm9RvB3nYc7';
const NOW = 1_800_000_000_000;

// The offscreen document: the API that creates it, and the messages it answers.
const offscreen = { createDocument: vi.fn(), closeDocument: vi.fn(), hasDocument: vi.fn() };
const toOffscreen: { type: string; payload: Record<string, unknown> }[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  toOffscreen.length = 0;
  offscreen.createDocument.mockResolvedValue(undefined);
  offscreen.closeDocument.mockResolvedValue(undefined);
  offscreen.hasDocument.mockResolvedValue(false);
  Object.defineProperty(fakeBrowser, 'offscreen', { value: offscreen, configurable: true });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: never) => {
    toOffscreen.push(m);
    const type = (m as { type: string }).type;
    return {
      ok: true,
      data: type === 'clipboard.cancel' ? { cancelled: true } : { scheduled: true },
    };
  }) as never);
  await secretItem.set({
    secret: KEY,
    credentialId: null,
    directoryKey: 'intl:site',
    capturedAt: NOW,
    forgetAt: NOW + 30 * 60_000,
  });
});

describe('clearing the copied key from the clipboard (#11)', () => {
  it('schedules the clear after the delay set in Settings, with the offscreen document', async () => {
    const reply = await onCopied(fingerprint(KEY), NOW);
    expect(reply).toEqual({ clearAt: NOW + 60_000, status: 'pending' });
    expect(offscreen.createDocument).toHaveBeenCalledWith(
      expect.objectContaining({ reasons: ['CLIPBOARD'] }),
    );
    const state = await clipboardItem.get();
    expect(toOffscreen).toEqual([
      { type: 'clipboard.clearAt', payload: { token: state!.token, at: NOW + 60_000 } },
    ]);
    // The safety net, should the document be gone at that time.
    expect(await fakeBrowser.alarms.get(CLIPBOARD_ALARM)).toMatchObject({
      scheduledTime: NOW + 60_000,
    });
    expect(JSON.stringify(state)).not.toContain(KEY);
  });

  it('never keeps it on the clipboard longer than the key itself is kept', async () => {
    await secretItem.set({ ...(await secretItem.get())!, forgetAt: NOW + 20_000 });
    expect((await onCopied(fingerprint(KEY), NOW)).clearAt).toBe(NOW + 20_000);
  });

  it('clears nothing the extension did not write: a later copy of anything else replaces it', async () => {
    await onCopied(fingerprint(KEY), NOW);
    const { token } = (await clipboardItem.get())!;
    expect(
      await onCopied(fingerprint('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/'), NOW + 5),
    ).toEqual({ clearAt: null, status: 'not-the-key' });
    expect(await clipboardItem.get()).toMatchObject({ status: 'replaced' });
    expect(toOffscreen.at(-1)).toEqual({ type: 'clipboard.cancel', payload: { token } });
    expect(await fakeBrowser.alarms.get(CLIPBOARD_ALARM)).toBeUndefined();
    // The timer answering late for the replaced copy changes nothing.
    expect(await onCleared(token, true)).toBe(false);
  });

  it('records the clear, once, for the copy it was scheduled for', async () => {
    await onCopied(fingerprint(KEY), NOW);
    const { token } = (await clipboardItem.get())!;
    expect(await onCleared('0'.repeat(32), true)).toBe(false);
    expect(await onCleared(token, true)).toBe(true);
    expect(await clipboardItem.get()).toMatchObject({ status: 'cleared' });
    expect(offscreen.closeDocument).toHaveBeenCalled();
    expect(await onCleared(token, true)).toBe(false);
  });

  it('clears at once when the key is forgotten', async () => {
    await onCopied(fingerprint(KEY), NOW);
    await clearNow('key-gone', NOW + 1000);
    expect(toOffscreen.at(-1)).toMatchObject({
      type: 'clipboard.clearAt',
      payload: { at: NOW + 1000 },
    });
    expect(await clipboardItem.get()).toMatchObject({ reason: 'key-gone', status: 'pending' });
  });

  it('leaves it when clearing is off in Settings, and says so', async () => {
    await settingsItem.set({ ...Settings.parse({}), clipboardClearSeconds: 0 });
    expect(await onCopied(fingerprint(KEY), NOW)).toEqual({ clearAt: null, status: 'off' });
    expect(offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('says when the browser gives it no way to clear the clipboard', async () => {
    Object.defineProperty(fakeBrowser, 'offscreen', { value: undefined, configurable: true });
    expect((await onCopied(fingerprint(KEY), NOW)).status).toBe('failed');
    expect(await clipboardItem.get()).toMatchObject({ status: 'failed' });
  });
});
