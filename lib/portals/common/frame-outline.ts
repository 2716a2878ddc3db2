import type { FrameOutline } from '../../messaging/contract/outline-content';
import { vocabularyOf } from './known-words';
import { outlineDocument } from './outline-tree';

/**
 * A portal frame's answer to "content.outline": its outline, keeping as text only `words` (the
 * extension's wording, sent by the background), and its route when it is the top document.
 */
export function frameOutline(
  doc: Document,
  words: readonly string[],
  top: { route: string } | null,
): FrameOutline {
  const { text, truncated } = outlineDocument(doc, { known: vocabularyOf(words) });
  return { outline: text, truncated, frame: top ? 'top' : 'sub', route: top?.route ?? null };
}
