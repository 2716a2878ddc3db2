import { browser } from 'wxt/browser';
import type { BackgroundContract, MessageType, PayloadOf, ReplyOf } from './contract';

/**
 * Notifications: what a content script tells the background as a page loads and changes (a frame
 * announcing itself, a frame's report, the console's facts). The background validates each one
 * like any message, its payload and its sender, and answers with the contract's acknowledgement,
 * `{ ok: true, data: null }` (their reply schema is `Acknowledged`, contract/core-content.ts), or
 * with a refusal.
 *
 * The content script reads nothing from that answer but whether it is the acknowledgement, so
 * the check is a comparison with that one value, not a schema: anything else, a refusal
 * included, is "not acknowledged" and the caller tries again later. This keeps zod out of the
 * content scripts' start, which is all a portal frame runs unless the admin asks something of it
 * (docs/performance.md); every message a content script does read is parsed by zod in its
 * on-demand module.
 */

/** Messages whose reply is the bare acknowledgement. */
export type Notification = {
  [K in MessageType<BackgroundContract>]: [ReplyOf<BackgroundContract, K>] extends [null]
    ? K
    : never;
}[MessageType<BackgroundContract>];

/**
 * True only for `{ ok: true, data: null }` with no other field, in the order the router writes
 * it (lib/messaging/router.ts); anything else, the same fields in another order included, is not
 * the acknowledgement.
 */
export function isAcknowledged(reply: unknown): boolean {
  return JSON.stringify(reply) === '{"ok":true,"data":null}';
}

/** Sends a notification; rejects when the background is unreachable or does not acknowledge it. */
export async function notify<T extends Notification>(
  type: T,
  payload: PayloadOf<BackgroundContract, T>,
): Promise<void> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type, payload });
  } catch (cause) {
    throw new Error('The extension background did not answer.', { cause });
  }
  // The caller tries again later, whatever the answer was; it needs no code.
  if (!isAcknowledged(reply)) throw new Error(`"${type}" was not acknowledged.`);
}
