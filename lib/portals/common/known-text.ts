import { shapeText } from './shape';
import { trimEndWhile, trimStartWhile } from './trim-end';
import type { KnownWording } from './known-words';

/** Longest wording, in words, looked for inside a longer text. */
const MAX_PHRASE_WORDS = 12;
/** Texts are read up to this many characters; the rest is written as "…". */
const MAX_TEXT = 600;
/** Prose punctuation around a phrase ("“SCIM Endpoint”:"), ignored when matching. */
const OPENING = /[\p{Ps}\p{Pi}\p{Pf}"'(]/u;
const CLOSING = /[\p{Pe}\p{Pi}\p{Pf}"'.,;:!?*…，。；：！？、)]/u;
/** The phrase without its edges, by scans from either end (a `[…]+$` regex is quadratic). */
const bareOf = (phrase: string): string =>
  trimEndWhile(
    trimStartWhile(phrase, (ch) => OPENING.test(ch)),
    (ch) => CLOSING.test(ch),
  );

/** White space collapsed, invisible characters removed, trimmed. */
export function collapse(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A page text as the outline writes it: the whole text when it is one of the extension's
 * wordings; otherwise the wordings found in it as whole words ("SCIM Endpoint:" before a URL,
 * "Invalid credentials" in a longer message) and the shape of every other word. A wording is
 * only ever matched as whole words, never inside one: a key or an id that happened to contain
 * "Secret" keeps nothing of it.
 */
export function keepKnownWords(raw: string, known: KnownWording): string {
  const whole = collapse(raw);
  if (!whole) return '';
  if (known(whole)) return whole;
  const cut = whole.length > MAX_TEXT;
  const words = (cut ? whole.slice(0, MAX_TEXT) : whole).split(' ');
  if (cut) words.pop(); // the last word may be cut in the middle
  const out: string[] = [];
  let shaped: string[] = [];
  const flushShaped = (): void => {
    if (shaped.length > 0) out.push(shapeText(shaped.join(' ')));
    shaped = [];
  };
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const bare = bareOf(phrase);
      if (bare && known(bare)) {
        matched = n;
        break;
      }
    }
    if (matched > 0) {
      flushShaped();
      out.push(words.slice(i, i + matched).join(' '));
      i += matched;
    } else {
      shaped.push(words[i]!);
      i++;
    }
  }
  flushShaped();
  if (cut) out.push('…');
  return out.join(' ');
}
