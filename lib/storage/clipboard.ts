import { z } from 'zod';
import { defineStored } from './define';

/**
 * What the extension last wrote to the clipboard, when that was the SCIM key: when it clears
 * it, and how that went. Never the key: its fingerprint (lib/util/fingerprint.ts), so the
 * background can tell a copy of the key from a copy of anything else without reading the
 * clipboard (no `clipboardRead` permission). Session storage: it describes this browser run.
 */
export const ClipboardState = z.object({
  /** Names this copy; the offscreen document's timer answers with it. */
  token: z.string().regex(/^[0-9a-f]{16,64}$/),
  copiedAt: z.number(),
  /** When the key is cleared from the clipboard; null when clearing is off in Settings. */
  clearAt: z.number().nullable(),
  status: z.enum([
    /** Waiting for `clearAt`. */
    'pending',
    'cleared',
    /** The extension copied something else since: the key is no longer what it wrote last. */
    'replaced',
    /** Clearing is off in Settings. */
    'off',
    /** The browser would not let the extension write the clipboard (no offscreen document). */
    'failed',
  ]),
  /** Why it was cleared early: the key was forgotten, or its time ran out. */
  reason: z.enum(['time', 'key-gone']).nullable(),
});
export type ClipboardState = z.infer<typeof ClipboardState>;

export const clipboardItem = defineStored({
  area: 'session',
  key: 'clipboard',
  version: 1,
  schema: ClipboardState.nullable(),
  fallback: null,
});
