import { browser } from 'wxt/browser';
import type { BackgroundContract, MessageType, PayloadOf, ReplyOf } from './contract';
import { MessagingError } from './error';

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
 * (README, "Performance"); every message a content script does read is parsed by zod in its
 * on-demand module.
 */

/** Messages whose reply is the bare acknowledgement. */
export type Notification = {
  [K in MessageType<BackgroundContract>]: [ReplyOf<BackgroundContract, K>] extends [null]
    ? K
    : never;
}[MessageType<BackgroundContract>];

/** True only for `{ ok: true, data: null }`, with no other field. */
export function isAcknowledged(reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) return false;
  const keys = Object.keys(reply);
  return (
    keys.length === 2 &&
    (reply as { ok?: unknown }).ok === true &&
    Object.hasOwn(reply, 'data') &&
    (reply as { data?: unknown }).data === null
  );
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
    throw new MessagingError('unreachable', 'The extension background did not answer.', { cause });
  }
  if (!isAcknowledged(reply))
    throw new MessagingError('bad-reply', `"${type}" was not acknowledged.`);
}
