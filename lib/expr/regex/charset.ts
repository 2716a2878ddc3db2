/**
 * Sets of UTF-16 code units as sorted, merged, inclusive ranges. .NET regexes match code units
 * (an emoji is two surrogates to them), so every class of a translated pattern is computed here
 * as an exact set over U+0000-U+FFFF and emitted as an explicit JavaScript class; the translated
 * regex then runs without the `u` flag and sees the same units .NET sees.
 */

/** Flat [lo0, hi0, lo1, hi1, ...], sorted, non-overlapping, non-adjacent. */
export type CharSet = readonly number[];

export const EMPTY_SET: CharSet = [];
export const ALL_UNITS: CharSet = [0, 0xffff];

export function unit(code: number): CharSet {
  return [code, code];
}

export function union(...sets: CharSet[]): CharSet {
  const pairs: [number, number][] = [];
  for (const s of sets) for (let i = 0; i < s.length; i += 2) pairs.push([s[i]!, s[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) out[last] = Math.max(out[last]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

export function negate(set: CharSet): CharSet {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < set.length; i += 2) {
    if (set[i]! > next) out.push(next, set[i]! - 1);
    next = set[i + 1]! + 1;
  }
  if (next <= 0xffff) out.push(next, 0xffff);
  return out;
}

export function intersect(a: CharSet, b: CharSet): CharSet {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

export function subtract(a: CharSet, b: CharSet): CharSet {
  return intersect(a, negate(b));
}

export function overlaps(a: CharSet, b: CharSet): boolean {
  return intersect(a, b).length > 0;
}

export function has(set: CharSet, code: number): boolean {
  let lo = 0;
  let hi = set.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < set[mid * 2]!) hi = mid - 1;
    else if (code > set[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isSingle(set: CharSet): boolean {
  return set.length === 2 && set[0] === set[1];
}

// ---- Unicode properties (BMP only: .NET classifies a surrogate unit as Cs) ----

let bmpText: string | undefined;
const propertyCache = new Map<string, CharSet>();

/** Every BMP code point except the surrogates, in order; index i is U+i below D800. */
function bmp(): string {
  if (bmpText === undefined) {
    const parts: string[] = [];
    for (let lo = 0; lo < 0x10000; lo += 0x1000) {
      const chunk: number[] = [];
      for (let c = lo; c < lo + 0x1000; c++) if (c < 0xd800 || c > 0xdfff) chunk.push(c);
      parts.push(String.fromCharCode(...chunk));
    }
    bmpText = parts.join('');
  }
  return bmpText;
}

function indexToCode(i: number): number {
  return i < 0xd800 ? i : i + 0x800;
}

/** The BMP units a JavaScript `\p{...}` matches (an expression like `\p{L}` or `\p{Nd}`). */
function jsProperty(expr: string): CharSet {
  const cached = propertyCache.get(expr);
  if (cached !== undefined) return cached;
  const out: number[] = [];
  for (const m of bmp().matchAll(new RegExp(`${expr}+`, 'gu'))) {
    const first = m.index;
    const last = m.index + m[0].length - 1;
    // A run across the surrogate gap is two ranges.
    if (first < 0xd800 && last >= 0xd800) out.push(first, 0xd7ff, 0xe000, indexToCode(last));
    else out.push(indexToCode(first), indexToCode(last));
  }
  const set = union(out);
  propertyCache.set(expr, set);
  return set;
}

const SURROGATES: CharSet = [0xd800, 0xdfff];

const CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn'.split(
    ' ',
  ),
);

/** .NET named blocks (`\p{IsGreek}`), BMP ranges from Unicode's Blocks.txt. */
const BLOCKS: Record<string, [number, number]> = {
  IsBasicLatin: [0x0000, 0x007f],
  'IsLatin-1Supplement': [0x0080, 0x00ff],
  'IsLatinExtended-A': [0x0100, 0x017f],
  'IsLatinExtended-B': [0x0180, 0x024f],
  IsIPAExtensions: [0x0250, 0x02af],
  IsSpacingModifierLetters: [0x02b0, 0x02ff],
  IsCombiningDiacriticalMarks: [0x0300, 0x036f],
  IsGreek: [0x0370, 0x03ff],
  IsGreekandCoptic: [0x0370, 0x03ff],
  IsCyrillic: [0x0400, 0x04ff],
  IsCyrillicSupplement: [0x0500, 0x052f],
  IsArmenian: [0x0530, 0x058f],
  IsHebrew: [0x0590, 0x05ff],
  IsArabic: [0x0600, 0x06ff],
  IsSyriac: [0x0700, 0x074f],
  IsThaana: [0x0780, 0x07bf],
  IsDevanagari: [0x0900, 0x097f],
  IsBengali: [0x0980, 0x09ff],
  IsGurmukhi: [0x0a00, 0x0a7f],
  IsGujarati: [0x0a80, 0x0aff],
  IsOriya: [0x0b00, 0x0b7f],
  IsTamil: [0x0b80, 0x0bff],
  IsTelugu: [0x0c00, 0x0c7f],
  IsKannada: [0x0c80, 0x0cff],
  IsMalayalam: [0x0d00, 0x0d7f],
  IsSinhala: [0x0d80, 0x0dff],
  IsThai: [0x0e00, 0x0e7f],
  IsLao: [0x0e80, 0x0eff],
  IsTibetan: [0x0f00, 0x0fff],
  IsMyanmar: [0x1000, 0x109f],
  IsGeorgian: [0x10a0, 0x10ff],
  IsHangulJamo: [0x1100, 0x11ff],
  IsEthiopic: [0x1200, 0x137f],
  IsCherokee: [0x13a0, 0x13ff],
  IsUnifiedCanadianAboriginalSyllabics: [0x1400, 0x167f],
  IsOgham: [0x1680, 0x169f],
  IsRunic: [0x16a0, 0x16ff],
  IsKhmer: [0x1780, 0x17ff],
  IsMongolian: [0x1800, 0x18af],
  IsLatinExtendedAdditional: [0x1e00, 0x1eff],
  IsGreekExtended: [0x1f00, 0x1fff],
  IsGeneralPunctuation: [0x2000, 0x206f],
  IsSuperscriptsandSubscripts: [0x2070, 0x209f],
  IsCurrencySymbols: [0x20a0, 0x20cf],
  IsCombiningMarksforSymbols: [0x20d0, 0x20ff],
  IsCombiningDiacriticalMarksforSymbols: [0x20d0, 0x20ff],
  IsLetterlikeSymbols: [0x2100, 0x214f],
  IsNumberForms: [0x2150, 0x218f],
  IsArrows: [0x2190, 0x21ff],
  IsMathematicalOperators: [0x2200, 0x22ff],
  IsMiscellaneousTechnical: [0x2300, 0x23ff],
  IsControlPictures: [0x2400, 0x243f],
  IsEnclosedAlphanumerics: [0x2460, 0x24ff],
  IsBoxDrawing: [0x2500, 0x257f],
  IsBlockElements: [0x2580, 0x259f],
  IsGeometricShapes: [0x25a0, 0x25ff],
  IsMiscellaneousSymbols: [0x2600, 0x26ff],
  IsDingbats: [0x2700, 0x27bf],
  IsCJKRadicalsSupplement: [0x2e80, 0x2eff],
  IsKangxiRadicals: [0x2f00, 0x2fdf],
  IsCJKSymbolsandPunctuation: [0x3000, 0x303f],
  IsHiragana: [0x3040, 0x309f],
  IsKatakana: [0x30a0, 0x30ff],
  IsBopomofo: [0x3100, 0x312f],
  IsHangulCompatibilityJamo: [0x3130, 0x318f],
  IsKanbun: [0x3190, 0x319f],
  IsKatakanaPhoneticExtensions: [0x31f0, 0x31ff],
  IsEnclosedCJKLettersandMonths: [0x3200, 0x32ff],
  IsCJKCompatibility: [0x3300, 0x33ff],
  IsCJKUnifiedIdeographsExtensionA: [0x3400, 0x4dbf],
  IsCJKUnifiedIdeographs: [0x4e00, 0x9fff],
  IsYiSyllables: [0xa000, 0xa48f],
  IsHangulSyllables: [0xac00, 0xd7af],
  IsHighSurrogates: [0xd800, 0xdb7f],
  IsLowSurrogates: [0xdc00, 0xdfff],
  IsPrivateUse: [0xe000, 0xf8ff],
  IsPrivateUseArea: [0xe000, 0xf8ff],
  IsCJKCompatibilityIdeographs: [0xf900, 0xfaff],
  IsAlphabeticPresentationForms: [0xfb00, 0xfb4f],
  'IsArabicPresentationForms-A': [0xfb50, 0xfdff],
  IsCombiningHalfMarks: [0xfe20, 0xfe2f],
  IsCJKCompatibilityForms: [0xfe30, 0xfe4f],
  IsSmallFormVariants: [0xfe50, 0xfe6f],
  'IsArabicPresentationForms-B': [0xfe70, 0xfeff],
  IsHalfwidthandFullwidthForms: [0xff00, 0xffef],
  IsSpecials: [0xfff0, 0xffff],
};

export type PropertyLookup =
  { kind: 'ok'; set: CharSet } | { kind: 'unknown-block' } | { kind: 'invalid' };

/** `\p{name}` as .NET reads it: a general category or an `Is…` block. */
export function propertySet(name: string): PropertyLookup {
  if (CATEGORIES.has(name)) {
    const set = name === 'Cs' ? SURROGATES : jsProperty(`\\p{${name}}`);
    return { kind: 'ok', set: name === 'C' ? union(set, SURROGATES) : set };
  }
  const block = BLOCKS[name];
  if (block !== undefined) return { kind: 'ok', set: block };
  return /^Is[A-Za-z0-9-]+$/.test(name) ? { kind: 'unknown-block' } : { kind: 'invalid' };
}

let word: CharSet | undefined;
let digit: CharSet | undefined;
let space: CharSet | undefined;
let boundaryWord: CharSet | undefined;

/** .NET `\w` = [\p{L}\p{Mn}\p{Nd}\p{Pc}]. */
export function wordSet(): CharSet {
  word ??= union(
    jsProperty('\\p{L}'),
    jsProperty('\\p{Mn}'),
    jsProperty('\\p{Nd}'),
    jsProperty('\\p{Pc}'),
  );
  return word;
}

/** What `\b` treats as a word character: `\w` plus ZWNJ and ZWJ (UTS #18 RL1.4, as .NET does). */
export function boundaryWordSet(): CharSet {
  boundaryWord ??= union(wordSet(), [0x200c, 0x200d]);
  return boundaryWord;
}

/** .NET `\d` = \p{Nd}: every script's decimal digits, not only 0-9. */
export function digitSet(): CharSet {
  digit ??= jsProperty('\\p{Nd}');
  return digit;
}

/** .NET `\s` = [\f\n\r\t\v\x85\p{Z}] (JS adds U+FEFF and lacks U+0085). */
export function spaceSet(): CharSet {
  space ??= union([0x09, 0x0d, 0x85, 0x85], jsProperty('\\p{Z}'));
  return space;
}

// ---- Case-insensitive matching ----

let equivalents: Map<number, number[]> | undefined;
let cased: number[] | undefined;

/**
 * Units that match each other under RegexOptions.IgnoreCase with the invariant culture: those
 * with the same simple lower-case mapping (K, k and the Kelvin sign; not İ and i).
 */
function caseTables(): { equivalents: Map<number, number[]>; cased: number[] } {
  if (equivalents === undefined || cased === undefined) {
    const byKey = new Map<number, number[]>();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      const key = lower.length === 1 ? lower.charCodeAt(0) : c;
      const group = byKey.get(key);
      if (group === undefined) byKey.set(key, [c]);
      else group.push(c);
    }
    equivalents = new Map();
    for (const group of byKey.values()) {
      if (group.length < 2) continue;
      for (const c of group) equivalents.set(c, group);
    }
    cased = [...equivalents.keys()].sort((a, b) => a - b);
  }
  return { equivalents, cased };
}

export function caseClose(set: CharSet): CharSet {
  const tables = caseTables();
  const extra: number[] = [];
  for (const c of tables.cased) {
    if (!has(set, c)) continue;
    for (const e of tables.equivalents.get(c)!) if (!has(set, e)) extra.push(e, e);
  }
  return extra.length === 0 ? set : union(set, extra);
}

// ---- Emission ----

function esc(code: number): string {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
    return String.fromCharCode(code);
  }
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function body(set: CharSet): string {
  let out = '';
  for (let i = 0; i < set.length; i += 2) {
    const lo = set[i]!;
    const hi = set[i + 1]!;
    out += lo === hi ? esc(lo) : lo + 1 === hi ? esc(lo) + esc(hi) : `${esc(lo)}-${esc(hi)}`;
  }
  return out;
}

/** A JavaScript (non-`u`) regex atom matching exactly the units of `set`. */
export function setSource(set: CharSet): string {
  if (set.length === 0) return '[]';
  if (isSingle(set)) return esc(set[0]!);
  const positive = body(set);
  const negative = body(negate(set));
  return negative.length < positive.length ? `[^${negative}]` : `[${positive}]`;
}
