import { browser } from 'wxt/browser';
import { readLiveSecret } from '../capture/live-secret';
import { sendToOffscreen } from '../messaging/client';
import { clipboardItem, settingsItem, type ClipboardState } from '../storage';
import { fingerprint } from '../util/fingerprint';
import { createSerializer } from '../util/serialize';

/**
 * Clears the SCIM key from the clipboard after "Copy secret token" (docs/security.md): after
 * the delay set in Settings (60 s by default, 15 s to 5 min, or off), and at once when the key is
 * forgotten or its time runs out. Only what the extension itself wrote is overwritten, tracked
 * by fingerprint and time, never by reading the clipboard (no `clipboardRead` permission): when
 * the extension copied something else since, there is nothing of ours to clear.
 *
 * A service worker cannot write the clipboard, and its timers die with it; the offscreen
 * document (`offscreen` + `clipboardWrite` permissions) holds the timer and writes an empty text
 * over the key. An alarm at the same time is the safety net should that document be gone.
 */
export const CLIPBOARD_ALARM = 'clipboard.clear';
const OFFSCREEN_PATH = '/offscreen.html';
const queue = createSerializer();

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
const offscreenApi = (): OffscreenApi | undefined =>
  (browser as unknown as { offscreen?: OffscreenApi }).offscreen;

async function openOffscreen(): Promise<boolean> {
  const api = offscreenApi();
  if (!api) return false;
  if (api.hasDocument && (await api.hasDocument().catch(() => false))) return true;
  try {
    await api.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['CLIPBOARD'],
      justification: 'Clear the copied SCIM key from the clipboard after the time set in Settings.',
    });
    return true;
  } catch {
    // Created meanwhile by a concurrent call: only one offscreen document may exist.
    return api.hasDocument ? api.hasDocument().catch(() => false) : false;
  }
}

async function closeOffscreen(): Promise<void> {
  await offscreenApi()
    ?.closeDocument()
    .catch(() => undefined);
}

const newToken = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

async function schedule(state: ClipboardState, now: number): Promise<ClipboardState> {
  if (state.clearAt === null) return state;
  // The alarm is the safety net for a clear still to come; one due now is the document's job.
  if (state.clearAt > now) await browser.alarms.create(CLIPBOARD_ALARM, { when: state.clearAt });
  else await browser.alarms.clear(CLIPBOARD_ALARM);
  const ok =
    (await openOffscreen()) &&
    (await sendToOffscreen('clipboard.clearAt', { token: state.token, at: state.clearAt }).then(
      (r) => r.scheduled,
      () => false,
    ));
  return ok ? state : { ...state, status: 'failed' };
}

/**
 * The panel wrote a text (by fingerprint) to the clipboard. When it is the kept key, its clear
 * is scheduled; anything else replaces the key as what the extension wrote last, and the
 * pending clear is dropped (clearing now would wipe the text the admin just copied).
 */
export function onCopied(
  copied: string,
  now = Date.now(),
): Promise<{ clearAt: number | null; status: 'pending' | 'off' | 'not-the-key' | 'failed' }> {
  return queue(async () => {
    const kept = await readLiveSecret(now);
    const previous = await clipboardItem.get();
    if (!kept || fingerprint(kept.secret) !== copied) {
      if (previous?.status === 'pending') {
        await clipboardItem.set({ ...previous, status: 'replaced', clearAt: null });
        await browser.alarms.clear(CLIPBOARD_ALARM);
        await sendToOffscreen('clipboard.cancel', { token: previous.token }).catch(() => undefined);
        await closeOffscreen();
      }
      return { clearAt: null, status: 'not-the-key' };
    }
    const { clipboardClearSeconds } = await settingsItem.get();
    const off = clipboardClearSeconds === 0;
    const state = await schedule(
      {
        token: newToken(),
        copiedAt: now,
        // Never later than the key itself is forgotten.
        clearAt: off ? null : Math.min(now + clipboardClearSeconds * 1000, kept.forgetAt),
        status: off ? 'off' : 'pending',
        reason: null,
      },
      now,
    );
    await clipboardItem.set(state);
    return {
      clearAt: state.clearAt,
      status: state.status === 'failed' ? 'failed' : off ? 'off' : 'pending',
    };
  });
}

/** The offscreen document cleared the clipboard (or could not). */
export function onCleared(token: string, cleared: boolean): Promise<boolean> {
  return queue(async () => {
    const state = await clipboardItem.get();
    if (!state || state.token !== token || state.status !== 'pending') return false;
    await clipboardItem.set({ ...state, status: cleared ? 'cleared' : 'failed' });
    await browser.alarms.clear(CLIPBOARD_ALARM);
    await closeOffscreen();
    return true;
  });
}

/**
 * Clears now what is pending: the key was forgotten or expired (`key-gone`), or the alarm found
 * the offscreen document's timer gone (`time`).
 */
export function clearNow(reason: 'time' | 'key-gone', now = Date.now()): Promise<void> {
  return queue(async () => {
    const state = await clipboardItem.get();
    if (state?.status !== 'pending') return;
    // The first reason stands: the alarm that follows a forgotten key's clear is only late.
    await clipboardItem.set(
      await schedule({ ...state, clearAt: now, reason: state.reason ?? reason }, now),
    );
  });
}

/** Registers the alarm listener; call in the service worker's first turn. */
export function startClipboardClearing(): () => void {
  const onAlarm = (alarm: { name: string }): void => {
    if (alarm.name === CLIPBOARD_ALARM) void clearNow('time');
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  return () => browser.alarms.onAlarm.removeListener(onAlarm);
}
