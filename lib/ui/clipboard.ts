import { sendToBackground } from '../messaging/client';
import { fingerprint } from '../util/fingerprint';

/** When a copied SCIM key leaves the clipboard, as the background scheduled it. */
export interface CopyOutcome {
  /** When the key is cleared from the clipboard; null when not (off, or not the key). */
  clearAt: number | null;
  /** `failed`: the browser would not let the extension clear it; the admin must. */
  status: 'pending' | 'off' | 'not-the-key' | 'failed';
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
    status: 'failed' as const,
  }));
}
