import { browser } from 'wxt/browser';
import {
  toBackground,
  toContent,
  toOffscreen,
  type BackgroundContract,
  type ContentContract,
  type OffscreenContract,
  type MessageType,
  type PayloadOf,
  type ReplyOf,
} from './contract';
import { Failure, MessagingError } from './envelope';

function unwrap(
  type: string,
  reply: unknown,
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } },
): unknown {
  const failed = Failure.safeParse(reply);
  if (failed.success) throw new MessagingError(failed.data.error.code, failed.data.error.message);
  if (
    typeof reply !== 'object' ||
    reply === null ||
    !('ok' in reply) ||
    reply.ok !== true ||
    !('data' in reply)
  ) {
    throw new MessagingError('bad-reply', `No valid reply to "${type}".`);
  }
  const checked = schema.safeParse(reply.data);
  if (!checked.success) throw new MessagingError('bad-reply', `Malformed reply to "${type}".`);
  return checked.data;
}

/** Sends a contract message to the background and returns its validated reply. */
export async function sendToBackground<T extends MessageType<BackgroundContract>>(
  type: T,
  payload: PayloadOf<BackgroundContract, T>,
): Promise<ReplyOf<BackgroundContract, T>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type, payload });
  } catch (cause) {
    throw new MessagingError('unreachable', 'The extension background did not answer.', { cause });
  }
  return unwrap(type, reply, toBackground[type].reply) as ReplyOf<BackgroundContract, T>;
}

/**
 * Sends a contract message to one frame of one tab and returns its validated reply. With
 * `documentId` (Chrome 106+) only that document receives it: a frame that navigated since gets
 * nothing.
 */
export async function sendToFrame<T extends MessageType<ContentContract>>(
  tabId: number,
  frameId: number,
  type: T,
  payload: PayloadOf<ContentContract, T>,
  documentId: string | null = null,
): Promise<ReplyOf<ContentContract, T>> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(
      tabId,
      { type, payload },
      documentId ? { frameId, documentId } : { frameId },
    );
  } catch (cause) {
    throw new MessagingError('unreachable', 'The page did not answer; reload it and try again.', {
      cause,
    });
  }
  return unwrap(type, reply, toContent[type].reply) as ReplyOf<ContentContract, T>;
}

/**
 * Sends a contract message from the background to the offscreen document. Runtime messages
 * reach every extension page; only the offscreen document answers these (lib/offscreen).
 */
export async function sendToOffscreen<T extends MessageType<OffscreenContract>>(
  type: T,
  payload: PayloadOf<OffscreenContract, T>,
): Promise<ReplyOf<OffscreenContract, T>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type, payload });
  } catch (cause) {
    throw new MessagingError('unreachable', 'The offscreen document did not answer.', { cause });
  }
  return unwrap(type, reply, toOffscreen[type].reply) as ReplyOf<OffscreenContract, T>;
}
