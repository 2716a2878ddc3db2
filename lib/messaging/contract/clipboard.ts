import { z } from 'zod';
import type { MessageSpec } from '../spec';

const Fingerprint = z.string().regex(/^[0-9a-f]{16}$/);
const Token = z.string().regex(/^[0-9a-f]{16,64}$/);

/**
 * Clearing the SCIM key from the clipboard (docs/security.md). The side panel copies with the
 * admin's click and says what it wrote by fingerprint; the background decides whether that was
 * the key and when to clear it; the offscreen document, the only context that may write the
 * clipboard without a click, clears it.
 */
export const clipboardToBackground = {
  /** The panel wrote this text (by fingerprint) to the clipboard. */
  'clipboard.copied': {
    from: ['extension'],
    payload: z.object({ fingerprint: Fingerprint }).strict(),
    reply: z.object({
      /** When the key will be cleared; null when what was copied is not the key, or never. */
      clearAt: z.number().nullable(),
      status: z.enum(['pending', 'off', 'not-the-key', 'failed']),
    }),
  },
  /** The offscreen document's timer ran (or a clear was asked): whether the write worked. */
  'clipboard.done': {
    from: ['extension'],
    payload: z.object({ token: Token, cleared: z.boolean() }).strict(),
    reply: z.object({ recorded: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;

/** From the background to the offscreen document. */
export const clipboardToOffscreen = {
  /** Clear the clipboard at `at` (now, if it has passed), then answer `clipboard.done`. */
  'clipboard.clearAt': {
    from: ['extension'],
    payload: z.object({ token: Token, at: z.number() }).strict(),
    reply: z.object({ scheduled: z.boolean() }),
  },
  /** Forget a scheduled clear: the extension wrote something else over the key. */
  'clipboard.cancel': {
    from: ['extension'],
    payload: z.object({ token: Token }).strict(),
    reply: z.object({ cancelled: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;
