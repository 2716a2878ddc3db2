import { browser } from 'wxt/browser';

/** A page reader's line to the background (the on-demand module's readers, page-readers.ts). */
export interface ReportSender<P> {
  /** Sends `payload` unless it is the last one sent; a refused or lost one is sent again next time. */
  send(payload: P): void;
  /** The last report sent says something is shown: there is a report to withdraw. */
  said(): boolean;
  /** Forget what was sent: the next look reports again even if nothing changed. */
  reset(): void;
}

/**
 * Sends a reader's reports without a schema of its own: the on-demand module stays free of the
 * contract's zod schemas, the background validates the payload and checks the sender
 * (lib/messaging/contract). Reports are deduplicated, so a page read after every quiet moment
 * says something only when what it shows changed. `nothing` is the report that says "not
 * shown" (JSON): before anything else was said, it is not sent at all.
 */
export function createReportSender<P>(type: string, nothing?: P): ReportSender<P> {
  const none = nothing === undefined ? null : JSON.stringify(nothing);
  let lastSent = '';
  return {
    send(payload) {
      const text = JSON.stringify(payload);
      if (text === lastSent || (lastSent === '' && text === none)) return;
      lastSent = text;
      const retry = (): void => {
        lastSent = ''; // try again with the next change
      };
      // The frame reads nothing back but whether the report was accepted.
      browser.runtime.sendMessage({ type, payload }).then((reply: unknown) => {
        if ((reply as { ok?: unknown } | null)?.ok !== true) retry();
      }, retry);
    },
    said: () => lastSent !== '' && lastSent !== none,
    reset() {
      lastSent = '';
    },
  };
}
