import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetSecret,
  keepSecret,
  readLiveSecret,
  startForgetTimer,
} from '@/lib/background/capture/secret';
import { secretItem, settingsItem } from '@/lib/storage';

const KEY = 'Zq8ddT2XkW4pLm9RvB3nYc7';
const request = { secret: KEY, credentialId: 'scimcred-abcd1234', directoryKey: 'intl:site' };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('the kept key', () => {
  it('is kept in session storage only, for the configured time', async () => {
    await settingsItem.set({
      secretTtlMinutes: 45,
      askBeforeKeepingSecret: false,
      fillWhenFormAppears: false,
    });
    const kept = await keepSecret(request, 1_000);
    expect(kept.forgetAt).toBe(1_000 + 45 * 60_000);
    expect(await fakeBrowser.storage.session.get(null)).toMatchObject({
      scimSecret: { secret: KEY },
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(KEY);
  });

  it('defaults to 30 minutes', async () => {
    expect((await keepSecret(request, 0)).forgetAt).toBe(30 * 60_000);
  });

  it('is never returned past its time, and is removed when read then', async () => {
    const kept = await keepSecret(request, 0);
    expect(await readLiveSecret(kept.forgetAt - 1)).toMatchObject({ secret: KEY });
    expect(await readLiveSecret(kept.forgetAt)).toBeNull();
    expect(await fakeBrowser.storage.session.get('scimSecret')).toEqual({});
  });

  it('is forgotten on request', async () => {
    await keepSecret(request);
    expect(await forgetSecret()).toBe(true);
    expect(await secretItem.get()).toBeNull();
    expect(await forgetSecret()).toBe(false);
  });
});

describe('the forget timer', () => {
  it('forgets the key at its time while the worker lives, following a rewritten time', async () => {
    vi.useFakeTimers({ now: 0 });
    const stop = startForgetTimer();
    await keepSecret(request, Date.now());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await secretItem.get()).not.toBeNull();
    // Another context moves forgetAt closer: the timer follows.
    const kept = (await secretItem.get())!;
    await secretItem.set({ ...kept, forgetAt: Date.now() + 5_000 });
    await vi.advanceTimersByTimeAsync(5_001);
    expect(await secretItem.get()).toBeNull();
    stop();
  });

  it('forgets at start-up a key that expired while the worker was stopped', async () => {
    await secretItem.set({ ...request, capturedAt: 0, forgetAt: Date.now() - 1 });
    const stop = startForgetTimer();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('scimSecret')).toEqual({}),
    );
    stop();
  });
});
