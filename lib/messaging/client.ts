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
import { request } from './request';

/**
 * The extension's own senders (pages and service worker), with the whole contract. Content
 * scripts send through content-client.ts instead, with only their own messages' schemas.
 */

/** Sends a contract message to the background and returns its validated reply. */
export async function sendToBackground<T extends MessageType<BackgroundContract>>(
  type: T,
  payload: PayloadOf<BackgroundContract, T>,
): Promise<ReplyOf<BackgroundContract, T>> {
  return (await request(
    type,
    () => browser.runtime.sendMessage({ type, payload }),
    toBackground[type].reply,
    'The extension background did not answer.',
  )) as ReplyOf<BackgroundContract, T>;
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
  return (await request(
    type,
    () =>
      browser.tabs.sendMessage(
        tabId,
        { type, payload },
        documentId ? { frameId, documentId } : { frameId },
      ),
    toContent[type].reply,
    'The page did not answer; reload it and try again.',
  )) as ReplyOf<ContentContract, T>;
}

/**
 * Sends a contract message from the background to the offscreen document. Runtime messages
 * reach every extension page; only the offscreen document answers these (lib/offscreen).
 */
export async function sendToOffscreen<T extends MessageType<OffscreenContract>>(
  type: T,
  payload: PayloadOf<OffscreenContract, T>,
): Promise<ReplyOf<OffscreenContract, T>> {
  return (await request(
    type,
    () => browser.runtime.sendMessage({ type, payload }),
    toOffscreen[type].reply,
    'The offscreen document did not answer.',
  )) as ReplyOf<OffscreenContract, T>;
}
