import { captureToBackground, captureToContent } from './contract/capture';
import { clipboardToBackground, clipboardToOffscreen } from './contract/clipboard';
import { coreToBackground, coreToContent } from './contract/core';
import { fillToBackground, fillToContent } from './contract/fill';
import { guideToBackground } from './contract/guide';
import { logEntryToBackground } from './contract/log-entry';
import { mappingsToBackground } from './contract/mappings';
import { outlineToBackground, outlineToContent } from './contract/outline';
import { provisioningStatusToBackground } from './contract/provisioning-status';

/**
 * Every message that crosses an extension context. Each feature declares its messages in
 * `contract/<feature>.ts` (who may send it, zod schemas of payload and reply); this file joins
 * them, and the router and client derive their types from the result. Adding a message is one
 * entry there and one handler.
 */

/** Messages to the background (from extension pages and content scripts). */
export const toBackground = {
  ...coreToBackground,
  ...captureToBackground,
  ...guideToBackground,
  ...fillToBackground,
  ...clipboardToBackground,
  ...outlineToBackground,
  ...mappingsToBackground,
  ...provisioningStatusToBackground,
  ...logEntryToBackground,
} as const;

/** Messages from the background to a content script in a given tab and frame. */
export const toContent = {
  ...coreToContent,
  ...fillToContent,
  ...captureToContent,
  ...outlineToContent,
} as const;

/** Messages from the background to the offscreen document (the clipboard's timer). */
export const toOffscreen = clipboardToOffscreen;

export type BackgroundContract = typeof toBackground;
export type OffscreenContract = typeof toOffscreen;
export type ContentContract = typeof toContent;
export type { MessageType, PayloadOf, ReplyOf } from './spec';
