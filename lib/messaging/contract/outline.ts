import { z } from 'zod';
import { OUTLINE_MAX_CHARS } from '../../portals/common/outline-limits';
import type { MessageSpec } from '../spec';

export { FrameOutline, outlineToContent } from './outline-content';

/**
 * "Copy page outline": the side panel asks the background for a tab's outline; the background
 * asks each recorded frame of that tab for its own and joins them into one document. Outlines
 * hold structure and the extension's own wording only (lib/portals/common/outline.ts).
 */

/** The joined document: a header and every frame's outline (each capped), at most this long. */
export const PAGE_OUTLINE_MAX_CHARS = 16 * (OUTLINE_MAX_CHARS + 1_000);

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
