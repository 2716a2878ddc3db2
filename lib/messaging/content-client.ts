import { browser } from 'wxt/browser';
import type { BackgroundContract, MessageType, PayloadOf, ReplyOf } from './contract';
import { request } from './request';

/**
 * The reply schemas of the messages one content script sends: the very schemas the background's
 * contract declares (each feature's `contract/*-content.ts`), and no others, so a content script
 * carries only its own messages' schemas (docs/performance.md).
 */
export type RepliesOf<T extends MessageType<BackgroundContract>> = {
  readonly [K in T]: BackgroundContract[K]['reply'];
};

export type SendToBackground<T extends MessageType<BackgroundContract>> = <K extends T>(
  type: K,
  payload: PayloadOf<BackgroundContract, K>,
) => Promise<ReplyOf<BackgroundContract, K>>;

/** A content script's sender to the background: its messages only, each reply validated. */
export function backgroundSender<T extends MessageType<BackgroundContract>>(
  replies: RepliesOf<T>,
): SendToBackground<T> {
  return async (type, payload) =>
    (await request(
      type,
      () => browser.runtime.sendMessage({ type, payload }),
      replies[type],
      'The extension background did not answer.',
    )) as ReplyOf<BackgroundContract, typeof type>;
}
