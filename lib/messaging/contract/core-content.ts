import * as z from 'zod/mini';
import type { MessageSpec } from '../spec';

/**
 * The core messages as a content script's on-demand module sees them: zod/mini only, so it
 * carries just these schemas (docs/performance.md). The background's contract (core.ts) uses
 * the same schema objects.
 */

/**
 * The reply to a notification (lib/messaging/notify.ts): `{ ok: true, data: null }`. A content
 * script reads nothing from it but that it came, so its start needs no schema to read it.
 */
export const Acknowledged = z.null();
export const PanelReply = z.object({ opened: z.boolean() });

export const coreToContent = {
  /**
   * Is this document's content script still there? (lib/background/frames.ts, as tabs load.)
   * Answered by the content script's start with the acknowledgement, reading nothing from the
   * request but its type and its sender (lib/portals/common/hello.ts): a ping must not load the
   * on-demand module in every frame.
   */
  'content.ping': {
    from: ['extension'],
    payload: z.strictObject({}),
    reply: Acknowledged,
  },
} as const satisfies Record<string, MessageSpec>;

/** Replies a content script reads, to the core messages it sends. */
export const coreReplies = { 'panel.open': PanelReply } as const;
