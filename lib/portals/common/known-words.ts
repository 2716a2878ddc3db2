import { normalizeLabel } from '../azure/text';
import { canonicalLabel } from '../cloudsso/text';

/** Tells whether a text is one of a vocabulary's wordings. */
export type KnownWording = (text: string) => boolean;

/**
 * A matcher for `words`, with both portals' normalizations (case, spaces, a required-field `*`,
 * a trailing colon and full-width forms are ignored): a text is known when either portal would
 * take it for one of the words. Content scripts build it from the words the background sends
 * with an outline request, so neither carries the other portal's vocabulary.
 */
export function vocabularyOf(words: readonly string[]): KnownWording {
  const azure = new Set(words.map(normalizeLabel).filter(Boolean));
  const cloudsso = new Set(words.map(canonicalLabel).filter(Boolean));
  return (text) => {
    const a = normalizeLabel(text);
    if (a && azure.has(a)) return true;
    const c = canonicalLabel(text);
    return c !== '' && cloudsso.has(c);
  };
}
