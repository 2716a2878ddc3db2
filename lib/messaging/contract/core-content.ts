import * as z from 'zod/mini';
import type { MessageSpec } from '../spec';

/**
 * The core messages as a content script sees them: zod/mini only, so a content script carries
 * just these schemas (README, "Performance"). The background's contract (core.ts) uses the same
 * schema objects.
 */

export const HelloReply = z.object({ recorded: z.boolean() });
export const PanelReply = z.object({ opened: z.boolean() });

export const coreToContent = {
  /** Asks a content script which page it is on. */
  'content.describe': {
    from: ['extension'],
    payload: z.strictObject({}),
    reply: z.object({ href: z.string(), portal: z.enum(['cloudsso', 'azure']) }),
  },
} as const satisfies Record<string, MessageSpec>;

/** Replies a content script receives to the core messages it sends. */
export const coreReplies = { 'content.hello': HelloReply, 'panel.open': PanelReply } as const;
