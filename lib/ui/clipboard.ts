import { capturedText } from '../i18n/captured';
import { sendToBackground } from '../messaging/client';
import { fingerprint } from '../util/fingerprint';

/** When a copied SCIM key leaves the clipboard, as the background scheduled it. */
export interface CopyOutcome {
  /** When the key is cleared from the clipboard; null when not (off, or not the key). */
  clearAt: number | null;
  /**
   * `failed`: the browser would not let the extension clear it; the admin must. `unknown`: the
   * background did not answer, so nothing says whether this was the key (the copy still stands).
   */
  status: 'pending' | 'off' | 'not-the-key' | 'failed' | 'unknown';
}

/**
 * Every copy of the extension's pages goes through here: the text goes to the clipboard (the
 * admin's click allows it), and the background learns what was written by fingerprint, so a
 * copied key is cleared after the time set in Settings and anything copied later stands. The
 * background not answering never loses the copy.
 */
export async function copyToClipboard(text: string): Promise<CopyOutcome> {
  await navigator.clipboard.writeText(text);
  return sendToBackground('clipboard.copied', { fingerprint: fingerprint(text) }).catch(() => ({
    clearAt: null,
    status: 'unknown' as const,
  }));
}

export const clock = (at: number): string =>
  new Date(at).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
export const secondsUntil = (at: number, now: number): number =>
  Math.max(0, Math.ceil((at - now) / 1000));

/** What the copy announcement adds about the clipboard: when the key leaves it, or why not. */
export function clipboardNote(outcome: CopyOutcome, now = Date.now()): string {
  switch (outcome.status) {
    case 'pending':
      return outcome.clearAt === null
        ? ''
        : capturedText('clipboardPending', {
            time: clock(outcome.clearAt),
            seconds: secondsUntil(outcome.clearAt, now),
          });
    case 'off':
      return capturedText('clipboardOff');
    case 'failed':
      return capturedText('clipboardFailed');
    case 'not-the-key':
    case 'unknown':
      return '';
  }
}
