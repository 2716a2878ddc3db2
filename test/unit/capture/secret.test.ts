import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  FORGET_ALARM,
  forgetSecret,
  keepLonger,
  keepSecret,
  startKeyLifetime,
} from '@/lib/background/capture/secret';
import { readLiveSecret } from '@/lib/capture/live-secret';
import { shortenedForgetAt } from '@/lib/capture/time-limit';
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
      clipboardClearSeconds: 60,
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

  it('gets no new time limit when the same key is offered again (#11)', async () => {
    const first = await keepSecret(request, 0);
    // The dialog shown again, ten minutes later: the same key, the same forget time.
    expect((await keepSecret(request, 10 * 60_000)).forgetAt).toBe(first.forgetAt);
    // A new key is a new credential: its own time limit.
    const next = await keepSecret({ ...request, secret: `${KEY}x` }, 10 * 60_000);
    expect(next.forgetAt).toBe(40 * 60_000);
  });

  it('is never returned past its time, and is removed when read then', async () => {
    const kept = await keepSecret(request, 0);
    expect(await readLiveSecret(kept.forgetAt - 1)).toMatchObject({ secret: KEY });
    expect(await readLiveSecret(kept.forgetAt)).toBeNull();
    expect(await fakeBrowser.storage.session.get('scimSecret')).toEqual({});
  });

  it('is kept longer on request, for the time limit counted from now and never shorter', async () => {
    const now = Date.now();
    const kept = await keepSecret(request, now - 25 * 60_000);
    expect(kept.forgetAt - now).toBe(5 * 60_000);
    expect(await keepLonger(now)).toEqual({ forgetAt: now + 30 * 60_000, ttlMinutes: 30 });
    expect(await secretItem.get()).toMatchObject({ forgetAt: now + 30 * 60_000, renewedAt: now });
    // A lower limit then counts from the renewal, not from the capture long ago.
    expect(shortenedForgetAt((await secretItem.get())!, 10)).toBe(now + 10 * 60_000);
    // Asking again a moment later does not bring the time closer.
    expect((await keepLonger(now - 1_000)).forgetAt).toBe(now + 30 * 60_000);
    await forgetSecret();
    expect(await keepLonger(now)).toEqual({ forgetAt: null, ttlMinutes: 30 });
  });

  it('is forgotten on request', async () => {
    await keepSecret(request);
    expect(await forgetSecret()).toBe(true);
    expect(await secretItem.get()).toBeNull();
    expect(await forgetSecret()).toBe(false);
  });
});

const alarms = (): Promise<{ name: string; scheduledTime: number }[]> =>
  fakeBrowser.alarms.getAll();

describe('the forget alarm', () => {
  it("is set for the key's forgetAt when it is kept, and cleared when it is forgotten", async () => {
    const kept = await keepSecret(request, Date.now());
    expect(await alarms()).toEqual([
      expect.objectContaining({ name: FORGET_ALARM, scheduledTime: kept.forgetAt }),
    ]);
    await forgetSecret();
    expect(await alarms()).toEqual([]);
  });

  it('removes the key when it fires, with nothing else running', async () => {
    vi.useFakeTimers({ now: 0 });
    const stop = startKeyLifetime(async () => undefined);
    const kept = await keepSecret(request, Date.now());
    vi.setSystemTime(kept.forgetAt);
    // Chromium wakes the worker and delivers the alarm; no read happens before it.
    await fakeBrowser.alarms.onAlarm.trigger({ name: FORGET_ALARM, scheduledTime: kept.forgetAt });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('scimSecret')).toEqual({}),
    );
    await vi.waitFor(async () => expect(await alarms()).toEqual([]));
    stop();
  });

  it('follows a forgetAt rewritten by another context, and keeps a key whose time moved later', async () => {
    vi.useFakeTimers({ now: 0 });
    const stop = startKeyLifetime(async () => undefined);
    const kept = await keepSecret(request, Date.now());
    await secretItem.set({ ...kept, forgetAt: 5_000 });
    await vi.waitFor(async () => expect((await alarms())[0]?.scheduledTime).toBe(5_000));
    // A stale alarm (the key's time is later than it) leaves the key and re-arms.
    await secretItem.set({ ...kept, forgetAt: 9_000 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: FORGET_ALARM, scheduledTime: 5_000 });
    await vi.waitFor(async () => expect((await alarms())[0]?.scheduledTime).toBe(9_000));
    expect(await secretItem.get()).not.toBeNull();
    stop();
  });

  it('forgets at start-up a key that expired while the worker was stopped', async () => {
    await secretItem.set({ ...request, capturedAt: 0, forgetAt: Date.now() - 1 });
    const gone = vi.fn(async () => undefined);
    const stop = startKeyLifetime(gone);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('scimSecret')).toEqual({}),
    );
    // The console tabs are told, so a notice saying "kept" stops saying so.
    await vi.waitFor(() => expect(gone).toHaveBeenCalled());
    stop();
  });
});

describe('a lower time limit in Settings', () => {
  it('shortens the key already kept, counted from its capture, and never lengthens it', async () => {
    vi.useFakeTimers({ now: 0 });
    const stop = startKeyLifetime(async () => undefined);
    const kept = await keepSecret(request, 1_000);
    expect(kept.forgetAt).toBe(1_000 + 30 * 60_000);
    const settings = await settingsItem.get();
    await settingsItem.set({ ...settings, secretTtlMinutes: 10 });
    await vi.waitFor(async () =>
      expect((await secretItem.get())?.forgetAt).toBe(1_000 + 10 * 60_000),
    );
    await vi.waitFor(async () =>
      expect((await alarms())[0]?.scheduledTime).toBe(1_000 + 10 * 60_000),
    );
    stop();
  });

  it('never lengthens it', () => {
    const kept = { capturedAt: 1_000, forgetAt: 1_000 + 10 * 60_000 };
    expect(shortenedForgetAt(kept, 120)).toBe(kept.forgetAt);
    expect(shortenedForgetAt(kept, 5)).toBe(1_000 + 5 * 60_000);
  });
});
