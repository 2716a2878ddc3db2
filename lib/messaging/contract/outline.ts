import { z } from 'zod';
import { isRouteDescription, OUTLINE_MAX_CHARS } from '../../portals/common/outline-limits';
import type { MessageSpec } from '../spec';

/**
 * "Copy page outline": the side panel asks the background for a tab's outline; the background
 * asks each recorded frame of that tab for its own and joins them into one document. Outlines
 * hold structure and the extension's own wording only (lib/portals/common/outline.ts).
 */

/** The joined document: a header and every frame's outline (each capped), at most this long. */
export const PAGE_OUTLINE_MAX_CHARS = 16 * (OUTLINE_MAX_CHARS + 1_000);

export const FrameOutline = z
  .object({
    outline: z.string().max(OUTLINE_MAX_CHARS),
    truncated: z.boolean(),
    frame: z.enum(['top', 'sub']),
    /** The top document's route kind (outline-route.ts); null in a sub-frame. */
    route: z.string().max(300).refine(isRouteDescription, 'not a route description').nullable(),
  })
  .strict();
export type FrameOutline = z.infer<typeof FrameOutline>;

export const outlineToContent = {
  /** Asks a portal content script for its frame's outline. */
  'content.outline': {
    from: ['extension'],
    payload: z.object({}).strict(),
    reply: FrameOutline,
  },
} as const satisfies Record<string, MessageSpec>;

export const outlineToBackground = {
  /** Asks for the outline of every recorded portal frame of one tab, as one document. */
  'page.outline': {
    from: ['extension'],
    payload: z.object({ tabId: z.number().int().min(0) }).strict(),
    reply: z
      .object({
        /** Null when no frame of the tab answered. */
        text: z.string().max(PAGE_OUTLINE_MAX_CHARS).nullable(),
        frames: z.number().int().min(0),
        answered: z.number().int().min(0),
      })
      .strict(),
  },
} as const satisfies Record<string, MessageSpec>;
