import { browser } from 'wxt/browser';
import { readLiveSecret } from '../../capture/live-secret';
import { renewedForgetAt, shortenedForgetAt } from '../../capture/time-limit';
import { secretItem, settingsItem, type CapturedSecret } from '../../storage';
import { tellConsoleTabsKeyGone, tellConsoleTabsKeyTime } from './tell-tabs';

/**
 * The SCIM key's life: kept in session storage with a `forgetAt`, forgotten at that time or on
 * request. Chromium stops an idle service worker after about 30 seconds, and its timers with it,
 * so the time limit is a `chrome.alarms` alarm: Chromium wakes the worker for it, and the
 * listener (registered when the worker starts) removes the key even when nothing else runs.
 * Every read checks `forgetAt` as well (`readLiveSecret`), for the moments between the time and
 * the alarm: in a packed extension Chromium delays alarms set less than 30 seconds ahead.
 */
export const FORGET_ALARM = 'capture.forget-key';

async function armAlarm(kept: CapturedSecret | null): Promise<void> {
  if (kept) await browser.alarms.create(FORGET_ALARM, { when: kept.forgetAt });
  else await browser.alarms.clear(FORGET_ALARM);
}

export interface KeepRequest {
  secret: string;
  credentialId: string | null;
  directoryKey: string;
}

/**
 * Keeps a key for the admin's time limit (settings, 5 to 120 minutes, default 30). The same key
 * offered again (its dialog shown again, a page re-rendering it) is the one already kept: it
 * gets no new time limit, or a page could keep it alive forever by showing it again.
 */
export async function keepSecret(
  request: KeepRequest,
  now: number = Date.now(),
): Promise<CapturedSecret> {
  const current = await readLiveSecret(now);
  if (current && current.secret === request.secret) return current;
  const { secretTtlMinutes } = await settingsItem.get();
  const kept: CapturedSecret = {
    ...request,
    capturedAt: now,
    forgetAt: now + secretTtlMinutes * 60_000,
  };
  await secretItem.set(kept);
  await armAlarm(kept);
  return kept;
}

export async function forgetSecret(): Promise<boolean> {
  const had = (await secretItem.get()) !== null;
  await secretItem.remove();
  await armAlarm(null);
  return had;
}

/** Keeps the kept key for the time limit counted from now; null when no key is kept. */
export async function keepLonger(
  now: number = Date.now(),
): Promise<{ forgetAt: number | null; ttlMinutes: number }> {
  const [kept, { secretTtlMinutes }] = await Promise.all([readLiveSecret(), settingsItem.get()]);
  if (!kept) return { forgetAt: null, ttlMinutes: secretTtlMinutes };
  const forgetAt = renewedForgetAt(kept, secretTtlMinutes, now);
  await secretItem.set({ ...kept, forgetAt, renewedAt: now });
  return { forgetAt, ttlMinutes: secretTtlMinutes };
}

/** A lower time limit in Settings shortens the key already kept (never lengthens it). */
async function applyTimeLimit(minutes: number): Promise<void> {
  const kept = await secretItem.get();
  if (!kept) return;
  const forgetAt = shortenedForgetAt(kept, minutes);
  if (forgetAt !== kept.forgetAt) await secretItem.set({ ...kept, forgetAt });
}

/**
 * Starts the key's time limit for this run of the service worker. Must be called in the worker's
 * first turn: Chromium delivers the alarm that woke a stopped worker only to listeners
 * registered then. Returns the stop function (for tests).
 */
export function startKeyLifetime(
  onGone: () => Promise<void> = tellConsoleTabsKeyGone,
  onTime: (forgetAt: number) => Promise<void> = tellConsoleTabsKeyTime,
): () => void {
  const onAlarm = (alarm: { name: string }): void => {
    // An early or stale alarm (forgetAt moved later meanwhile) re-arms for the key's real time.
    if (alarm.name === FORGET_ALARM) void readLiveSecret().then(armAlarm);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  // Another context may rewrite the key (a new key, a forget, a shorter limit): the alarm follows.
  let lastForgetAt: number | null = null;
  const unwatchSecret = secretItem.watch((kept) => {
    void armAlarm(kept);
    if (!kept) void onGone();
    // Kept longer or shortened: the console's notice counts down to the new time.
    else if (lastForgetAt !== null && kept.forgetAt !== lastForgetAt) void onTime(kept.forgetAt);
    lastForgetAt = kept?.forgetAt ?? null;
  });
  const unwatchSettings = settingsItem.watch(
    ({ secretTtlMinutes }) => void applyTimeLimit(secretTtlMinutes),
  );
  // On wake-up, a key whose time passed while the worker slept goes at once; a kept key gets its
  // alarm back should it be missing.
  void readLiveSecret().then(armAlarm);
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    unwatchSecret();
    unwatchSettings();
  };
}
