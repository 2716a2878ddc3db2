import { backgroundSender } from '../../messaging/content-client';
import { captureReplies, captureToContent } from '../../messaging/contract/capture-content';
import { coreReplies, coreToContent } from '../../messaging/contract/core-content';
import { outlineToContent } from '../../messaging/contract/outline-content';

/**
 * The CloudSSO content script's messages, and only its own: what it answers (validated by its
 * router) and the replies to what it sends (validated by its sender). zod/mini schemas, shared
 * with the background's contract.
 */
export const cloudssoToContent = {
  ...coreToContent,
  ...outlineToContent,
  ...captureToContent,
} as const;

export const sendToBackground = backgroundSender({ ...coreReplies, ...captureReplies });
