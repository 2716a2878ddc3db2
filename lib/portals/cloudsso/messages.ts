import { backgroundSender } from '../../messaging/content-client';
import { captureReplies, captureToContent } from '../../messaging/contract/capture-content';
import { coreReplies, coreToContent } from '../../messaging/contract/core-content';
import { outlineToContent } from '../../messaging/contract/outline-content';

/**
 * The CloudSSO content script's messages as its on-demand module sees them, and only its own:
 * what it answers (validated by its router) and the replies it reads (validated by its sender).
 * zod/mini schemas, shared with the background's contract. The capture's start sends only
 * notifications (lib/messaging/notify.ts), whose replies need no schema.
 */
export const cloudssoToContent = {
  ...coreToContent,
  ...outlineToContent,
  ...captureToContent,
} as const;

export const sendToBackground = backgroundSender({ ...coreReplies, ...captureReplies });
