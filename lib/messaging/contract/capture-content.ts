import * as z from 'zod/mini';
import type { MessageSpec } from '../spec';

/**
 * The capture's messages as the CloudSSO content script sees them: what it answers, and the
 * replies to what it sends. zod/mini only (docs/performance.md); capture.ts declares the same
 * messages for the background with these very schemas.
 */

export const SecretReply = z.object({ forgetAt: z.number(), ttlMinutes: z.number() });
export const ForgetReply = z.object({ forgotten: z.boolean() });
/** What the content script needs of Settings before it hands a key over. */
export const PolicyReply = z.object({
  askFirst: z.boolean(),
  ttlMinutes: z.number().check(z.int(), z.positive()),
});

/** From the background to the CloudSSO console's top frame. Carries no key. */
export const captureToContent = {
  /** The kept key is gone (forgotten in the side panel, or its time limit passed). */
  'capture.keyGone': {
    from: ['extension'],
    payload: z.strictObject({}),
    reply: z.object({ shown: z.boolean() }),
  },
  /** The kept key's time changed (kept longer, or a shorter limit): the notice's countdown follows. */
  'capture.keyTime': {
    from: ['extension'],
    payload: z.strictObject({ forgetAt: z.number() }),
    reply: z.object({ shown: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;

/** Replies the CloudSSO content script receives to the capture messages it sends. */
export const captureReplies = {
  'capture.secret': SecretReply,
  'capture.forget': ForgetReply,
  'capture.policy': PolicyReply,
} as const;
