import { backgroundSender } from '../../messaging/content-client';
import { coreReplies, coreToContent } from '../../messaging/contract/core-content';
import { fillToContent } from '../../messaging/contract/fill-content';
import { guideReplies } from '../../messaging/contract/guide-content';
import { outlineToContent } from '../../messaging/contract/outline-content';

/**
 * The Azure content script's messages, and only its own: what it answers (validated by its
 * router) and the replies to what it sends (validated by its sender). zod/mini schemas, shared
 * with the background's contract.
 */
export const azureToContent = {
  ...coreToContent,
  ...outlineToContent,
  ...fillToContent,
} as const;

export const sendToBackground = backgroundSender({ ...coreReplies, ...guideReplies });
