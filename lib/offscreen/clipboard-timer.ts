import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/client';
import { toOffscreen } from '../messaging/contract';
import { Envelope } from '../messaging/envelope';
import { createRouter } from '../messaging/router';

/**
 * Writes an empty text over the clipboard: a `copy` command whose handler sets the data, the one
 * way a page without focus or a user gesture may write it (with `clipboardWrite`). Returns
 * whether the browser ran the command.
 */
export function clearClipboard(doc: Document = document): boolean {
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  doc.addEventListener('copy', onCopy);
  try {
    return doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
}

/**
 * The offscreen document's part of clearing the SCIM key from the clipboard: it holds the timer
 * (a service worker's timers die with it) and does the write, then tells the background.
 * Runtime messages reach every extension page: this document answers only its own messages and
 * lets every other one pass unanswered, so it never steals another context's reply.
 */
export function startClipboardTimer(): void {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const fire = (token: string): void => {
    timers.delete(token);
    const cleared = clearClipboard();
    void sendToBackground('clipboard.done', { token, cleared }).catch(() => undefined);
  };
  const route = createRouter(
    toOffscreen,
    {
      'clipboard.clearAt': ({ token, at }) => {
        clearTimeout(timers.get(token));
        timers.set(
          token,
          setTimeout(() => fire(token), Math.max(0, at - Date.now())),
        );
        return { scheduled: true };
      },
      'clipboard.cancel': ({ token }) => {
        const had = timers.has(token);
        clearTimeout(timers.get(token));
        timers.delete(token);
        return { cancelled: had };
      },
    },
    () => browser.runtime.id,
  );
  browser.runtime.onMessage.addListener((raw, sender) => {
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success || !Object.hasOwn(toOffscreen, envelope.data.type)) return undefined;
    return route(raw, sender);
  });
}
