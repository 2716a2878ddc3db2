import * as z from 'zod/mini';
import { isRouteDescription, OUTLINE_MAX_CHARS } from '../../portals/common/outline-limits';
import type { MessageSpec } from '../spec';

/**
 * "Copy page outline" as a content script sees it (zod/mini only, README "Performance"). The
 * request carries the extension's own wording, the only page text an outline may keep
 * (lib/portals/common/vocabulary.ts): the background holds both portals' vocabulary, so no
 * content script has to carry the other portal's.
 */

/** Most wordings a request may carry, and the longest (the vocabulary has about 230, ≤ 90 chars). */
export const OUTLINE_WORDS_MAX = 2_000;
export const OUTLINE_WORD_MAX_CHARS = 300;

export const FrameOutline = z.strictObject({
  outline: z.string().check(z.maxLength(OUTLINE_MAX_CHARS)),
  truncated: z.boolean(),
  frame: z.enum(['top', 'sub']),
  /** The top document's route kind (each portal's outline-route.ts); null in a sub-frame. */
  route: z.nullable(
    z.string().check(z.maxLength(300), z.refine(isRouteDescription, 'not a route description')),
  ),
});
export type FrameOutline = z.infer<typeof FrameOutline>;

export const outlineToContent = {
  /** Asks a portal content script for its frame's outline, keeping `words` as text. */
  'content.outline': {
    from: ['extension'],
    payload: z.strictObject({
      words: z
        .array(z.string().check(z.maxLength(OUTLINE_WORD_MAX_CHARS)))
        .check(z.maxLength(OUTLINE_WORDS_MAX)),
    }),
    reply: FrameOutline,
  },
} as const satisfies Record<string, MessageSpec>;
