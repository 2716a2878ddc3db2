import * as z from 'zod/mini';

/**
 * Replies the Azure content script receives to the guide's messages it sends (zod/mini only,
 * README "Performance"); guide.ts declares the messages for the background with these schemas.
 */

/** The tab's step after the background merged the report; the guide's steps are 1 to 6. */
export const StepReply = z.object({ step: z.nullable(z.literal([1, 2, 3, 4, 5, 6])) });

export const guideReplies = {
  'guide.report': StepReply,
  'guide.gone': StepReply,
} as const;
