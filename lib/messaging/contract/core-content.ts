import * as z from 'zod/mini';
import type { MessageSpec } from '../spec';

/**
 * The core messages as a content script's on-demand module sees them: zod/mini only, so it
 * carries just these schemas (README, "Performance"). The background's contract (core.ts) uses
 * the same schema objects.
 */

/**
 * The reply to a notification (lib/messaging/notify.ts): `{ ok: true, data: null }`. A content
 * script reads nothing from it but that it came, so its start needs no schema to read it.
 */
export const Acknowledged = z.null();
export const PanelReply = z.object({ opened: z.boolean() });

export const coreToContent = {
  /** Asks a content script which page it is on. */
  'content.describe': {
    from: ['extension'],
    payload: z.strictObject({}),
    reply: z.object({ href: z.string(), portal: z.enum(['cloudsso', 'azure']) }),
  },
} as const satisfies Record<string, MessageSpec>;

/** Replies a content script reads, to the core messages it sends. */
export const coreReplies = { 'panel.open': PanelReply } as const;
