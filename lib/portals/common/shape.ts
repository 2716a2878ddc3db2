/**
 * The *shape* of page text: what the page outline shows in place of every text the extension
 * does not know (see outline.ts). A maintainer learns where words, numbers, dates, links and
 * Chinese text sit, never what they say: each word becomes one fixed token chosen by its
 * character classes only, so neither its length nor the case of its individual characters is
 * revealed. Two different keys, two directory ids or two e-mail addresses give the same shape.
 *
 * | shape   | word                                                                     |
 * | ------- | ------------------------------------------------------------------------ |
 * | `aaaa`  | lower-case letters                                                       |
 * | `Aaaa`  | a capital then lower case (or one capital letter)                         |
 * | `AAAA`  | capitals only                                                            |
 * | `Aa`    | any other mix of cases                                                    |
 * | `9`     | digits (`9-9-9` for digits with separators: a date, a time)               |
 * | `a9`    | letters with digits or inner punctuation: an id, a key, a host, `Sign-in` |
 * | `a://a` | a URL of any scheme                                                       |
 * | `a@a`   | an e-mail address                                                        |
 * | `字`    | a run of letters without case (Chinese, Japanese, Korean...)              |
 *
 * Prose punctuation at a word's edges (quotes, brackets, `.,;:!?*`, CJK punctuation) is kept;
 * a word of punctuation only is kept up to three characters. Characters a key or an id may hold
 * (`- _ + / = ~`) are never edge punctuation, so they always fold into the word's shape.
 */

/** Punctuation kept verbatim at a word's start or end. */
const EDGE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'.,;:!?*…，。；：！？、·]/u;
const CASELESS_LETTER = /[\p{Lo}\p{Lm}]/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const MARK = /\p{M}/u;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/./i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * One "@" with a letter or digit on each side. Not a regex: `^[^@]*[\p{L}][^@]*@…$` backtracks
 * quadratically on a long word without "@", and a page chooses its words.
 */
function emailLike(word: string): boolean {
  const at = word.indexOf('@');
  if (at < 0 || word.indexOf('@', at + 1) >= 0) return false;
  return LETTER_OR_DIGIT.test(word.slice(0, at)) && LETTER_OR_DIGIT.test(word.slice(at + 1));
}
/** Shapes of words that may be keys, ids or addresses (see shapeWord). */
const FOLDS_DOTS = new Set(['a9', 'Aa', 'a://a', 'a@a']);
/** Words beyond this length are shaped from their start only (the shape is the same anyway). */
const MAX_WORD = 256;

/** A run of punctuation or symbols: kept when short, else its first characters and "…". */
function punctuation(run: string): string {
  const chars = Array.from(run);
  if (chars.length <= 3) return run;
  return chars.every((c) => c === chars[0]) ? `${chars[0]}…` : `${chars.slice(0, 3).join('')}…`;
}

/** The shape of a part of a word without caseless letters. */
function shapeCased(part: string): string {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let other = 0;
  const chars = Array.from(part);
  for (const c of chars) {
    if (UPPER.test(c)) upper++;
    else if (LOWER.test(c)) lower++;
    else if (DIGIT.test(c)) digits++;
    else if (!MARK.test(c)) other++;
  }
  const letters = upper + lower;
  if (letters === 0 && digits === 0) return punctuation(part);
  if (letters === 0) {
    // Digits, with separators kept: a date or a time is a date or a time, whatever its value.
    if (other === 0) return '9';
    const shape = part.replace(/\p{N}+/gu, '9');
    return shape.length <= 16 ? shape : `${shape.slice(0, 15)}…`;
  }
  if (digits > 0 || other > 0) return 'a9';
  if (upper === 0) return 'aaaa';
  if (lower === 0) return upper === 1 ? 'Aaaa' : 'AAAA';
  const first = chars.find((c) => !MARK.test(c)) ?? '';
  return upper === 1 && UPPER.test(first) ? 'Aaaa' : 'Aa';
}

/** The shape of a word's core (edge punctuation removed). */
function shapeCore(core: string): string {
  if (URL_LIKE.test(core)) return 'a://a';
  if (emailLike(core)) return 'a@a';
  // Caseless letters (CJK) and the rest alternate: "SCIM密钥" is "AAAA字".
  let out = '';
  let run = '';
  let caseless = false;
  const flush = (): void => {
    if (run) out += caseless ? '字' : shapeCased(run);
    run = '';
  };
  for (const c of Array.from(core)) {
    const isCaseless: boolean = CASELESS_LETTER.test(c) || (caseless && MARK.test(c));
    if (run && isCaseless !== caseless) flush();
    caseless = isCaseless;
    run += c;
  }
  flush();
  return out;
}

/** The shape of one word (no white space in it). */
export function shapeWord(word: string): string {
  const chars = Array.from(word).slice(0, MAX_WORD);
  let start = 0;
  let end = chars.length;
  while (start < end && EDGE.test(chars[start]!)) start++;
  while (end > start && EDGE.test(chars[end - 1]!)) end--;
  if (start === end) return punctuation(chars.join(''));
  // A key's alphabet may hold dots: beside a word that is already an id-like shape, a dot is
  // part of the word, not the end of a sentence, so "abc1." and "abc1" look the same.
  if (FOLDS_DOTS.has(shapeCore(chars.slice(start, end).join('')))) {
    while (start > 0 && chars[start - 1] === '.') start--;
    while (end < chars.length && chars[end] === '.') end++;
  }
  const lead = punctuation(chars.slice(0, start).join(''));
  const trail = punctuation(chars.slice(end).join(''));
  return `${lead}${shapeCore(chars.slice(start, end).join(''))}${trail}`;
}

/**
 * The shape of a text: each word shaped, joined by one space. More than three words of the same
 * shape in a row are written as three and "…": a paragraph's length says nothing useful.
 */
export function shapeText(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let previous = '';
  let same = 0;
  for (const word of words) {
    const shape = shapeWord(word);
    same = shape === previous ? same + 1 : 1;
    previous = shape;
    if (same <= 3) out.push(shape);
    else if (same === 4) out.push('…');
  }
  return out.join(' ');
}
