import { coreToContent } from '../../messaging/contract/core-content';
import { fillToContent } from '../../messaging/contract/fill-content';
import { outlineToContent } from '../../messaging/contract/outline-content';

/**
 * The messages the Azure content script answers, and only those, validated by its router in its
 * on-demand module. zod/mini schemas, shared with the background's contract. What it sends at
 * start are notifications (lib/messaging/notify.ts): their replies need no schema here.
 */
export const azureToContent = {
  ...coreToContent,
  ...outlineToContent,
  ...fillToContent,
} as const;
