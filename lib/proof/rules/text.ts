/**
 * Transfer rules of the per-string functions (entra-expressions.md §5.1): what the characters
 * and the length of the result can be, given those of the input.
 */

import { CharSet } from '../charset';
import type { Rule } from '../context';
import { type StrShape, EMPTY_SHAPE, constant, single } from '../domain';
import { caseMaps, mapUnits, propertyBmp } from '../unicode';
import { perString } from './per-string';
import {
  effects,
  exactInt,
  exactString,
  fallback,
  isProvided,
  NUMBER_SHAPE,
  orEmpty,
  shape,
  sourceOf,
} from './helpers';

const SPACE = 0x20;

export const stripSpaces: Rule = (call, args) =>
  perString(call, args, 'null-or-empty', (s) => ({
    ...shape(s.chars.subtract(CharSet.of(SPACE)), s.chars.has(SPACE) ? 0 : s.min, s.max),
    exact: s.exact?.map((x) => x.replaceAll(' ', '')),
  }));

let whiteSpace: CharSet | null = null;
/** Every unit any definition of "white space" (.NET Char.IsWhiteSpace, JS \s) includes. */
function whiteSpaceSuperset(): CharSet {
  whiteSpace ??= (propertyBmp('White_Space') ?? CharSet.EMPTY)
    .union(propertyBmp('Z') ?? CharSet.EMPTY)
    .union(
      CharSet.fromRanges([
        [0x09, 0x0d],
        [0x1c, 0x1f],
      ]),
    )
    .union(CharSet.of(0x85, 0xa0, 0x180e, 0x200b, 0x2060, 0xfeff));
  return whiteSpace;
}

export const trim: Rule = (call, args) =>
  perString(call, args, 'null-or-empty', (s) =>
    shape(s.chars, s.chars.intersects(whiteSpaceSuperset()) ? 0 : s.min, s.max),
  );

/** Titlecase digraph forms (ǅ ǈ ǋ ǲ) that a title-casing may produce from their case partners. */
const DIGRAPHS = CharSet.fromRanges([
  [0x1c4, 0x1cc],
  [0x1f1, 0x1f3],
]);

function caseImage(chars: CharSet, which: 'lower' | 'upper' | 'both'): CharSet {
  const maps = caseMaps();
  let out = chars;
  if (which !== 'upper') out = out.union(mapUnits(chars, maps.lower));
  if (which !== 'lower') out = out.union(mapUnits(chars, maps.upper));
  if (which === 'both' && chars.intersects(DIGRAPHS)) out = out.union(DIGRAPHS);
  // An astral letter maps to another astral letter: other surrogates may appear.
  if (chars.intersects(CharSet.SURROGATES)) out = out.union(CharSet.SURROGATES);
  return out;
}

/** ToLower/ToUpper: 1:1 mapping, so lengths are kept; with a culture, any culture's mapping. */
function caseRule(direction: 'lower' | 'upper'): Rule {
  return (call, args) => {
    const culture = args[1];
    const withCulture = isProvided(culture);
    const maps = caseMaps();
    const result = perString(call, args, 'null-or-empty', (s) => {
      if (withCulture) return shape(caseImage(s.chars, 'both'), s.min, s.max);
      // Without a culture the image is exact, so a known set stays a known (smaller) set.
      const mapped = mapUnits(s.chars, direction === 'lower' ? maps.lower : maps.upper);
      return shape(
        s.chars.intersects(CharSet.SURROGATES) ? mapped.union(CharSet.SURROGATES) : mapped,
        s.min,
        s.max,
      );
    });
    // An unknown culture name may be refused by the evaluator.
    return withCulture ? { ...result, mayFail: true } : result;
  };
}

export const toLower = caseRule('lower');
export const toUpper = caseRule('upper');

export const pCase: Rule = (call, args) => {
  const r = perString(call, args, 'null-or-empty', (s) =>
    shape(caseImage(s.chars, 'both'), s.min, s.max),
  );
  return isProvided(args[1]) ? { ...r, mayFail: true } : r;
};

export const left: Rule = (call, args) => {
  const n = exactInt(args[1]);
  return perString(call, args, 'empty', (s) => {
    if (n === undefined) return shape(s.chars, 0, s.max);
    if (n < 0) return s;
    return shape(n === 0 ? CharSet.EMPTY : s.chars, Math.min(s.min, n), Math.min(s.max, n));
  });
};

export const mid: Rule = (call, args) => {
  const start = exactInt(args[1]);
  const len = exactInt(args[2]);
  const r = perString(call, args, 'null-or-empty', (s) => {
    const max = len !== undefined && len >= 0 ? Math.min(s.max, len) : s.max;
    const min = start === 1 && len !== undefined && len >= 0 ? Math.min(s.min, len) : 0;
    return shape(max === 0 ? CharSet.EMPTY : s.chars, min, max);
  });
  // Non-constant or out-of-range positions: Entra's behaviour is unconfirmed, may fail.
  return start === undefined || start < 1 || len === undefined || len < 0
    ? { ...r, mayFail: true }
    : r;
};

function concat(a: StrShape, b: StrShape): StrShape {
  const exact =
    a.exact && b.exact && a.exact.length * b.exact.length <= 32
      ? a.exact.flatMap((x) => b.exact!.map((y) => x + y))
      : undefined;
  return { chars: a.chars.union(b.chars), min: a.min + b.min, max: a.max + b.max, exact };
}

export const append: Rule = (call, args) => {
  const src = sourceOf(args[0]);
  const suf = sourceOf(args[1]);
  if (src.multi || suf.multi) return fallback(call, 'Append of a possibly multi-valued value');
  // A null part is unconfirmed (spec §13.6): it may count as "" or make the result null.
  const a = orEmpty(src.shape, src.mayBeNull);
  const b = orEmpty(suf.shape, suf.mayBeNull);
  const one = a && b ? concat(a, b) : null;
  return { one, many: null, mayBeNull: src.mayBeNull || suf.mayBeNull, ...effects(args) };
};

/**
 * Join skips null and empty sources and puts the separator between the rest; a multi-valued
 * source contributes each value (§5.1).
 */
export const joinRule: Rule = (call, args) => {
  const sep = sourceOf(args[0]);
  if (sep.multi) return fallback(call, 'Join with a multi-valued separator');
  const sepShape = orEmpty(sep.shape, sep.mayBeNull) ?? EMPTY_SHAPE;
  let chars = CharSet.EMPTY;
  let minLen = 0;
  let maxLen = 0;
  let minParts = 0;
  let maxParts = 0;
  for (const a of args.slice(1)) {
    const v = a.value;
    if (!v) continue;
    let partMax = 0;
    let parts = 0;
    if (v.one) {
      chars = chars.union(v.one.chars);
      partMax = v.one.max;
      parts = 1;
    }
    if (v.many) {
      chars = chars.union(v.many.elem.chars);
      partMax = Math.max(partMax, v.many.elem.max * v.many.maxCount);
      parts = Math.max(parts, v.many.maxCount);
    }
    maxLen += partMax;
    maxParts += parts;
    if (v.one && !v.many && !v.mayBeNull && v.one.min > 0) {
      minLen += v.one.min;
      minParts += 1;
    }
  }
  if (maxParts >= 2) chars = chars.union(sepShape.chars);
  maxLen += sepShape.max * Math.max(0, maxParts - 1);
  minLen += sepShape.min * Math.max(0, minParts - 1);
  let one = shape(chars, minLen, maxLen);
  // All-constant joins are folded by the evaluator before reaching here; keep exact for one part.
  if (maxParts === 1 && minParts === 1) {
    const only = args.slice(1).find((a) => a.value?.one && a.value.one.max > 0)?.value?.one;
    if (only?.exact) one = { ...one, exact: only.exact };
  }
  // When nothing is left, Join yields "" (or null: unconfirmed, §13.6).
  return { one, many: null, mayBeNull: minParts === 0, ...effects(args) };
};

export const word: Rule = (call, args) => {
  const delims = exactString(args[2]);
  return perString(call, args, 'empty', (s) =>
    shape(delims ? s.chars.subtract(CharSet.ofUnits(delims)) : s.chars, 0, s.max),
  );
};

export const split: Rule = (call, args) => {
  const src = sourceOf(args[0]);
  if (src.multi) return fallback(call, 'Split of a possibly multi-valued value');
  const delim = exactString(args[1]);
  const s = src.shape ?? EMPTY_SHAPE;
  const chars = delim?.length === 1 ? s.chars.subtract(CharSet.ofUnits(delim)) : s.chars;
  const elem = shape(chars, 0, s.max);
  return {
    one: null,
    many: { elem, minCount: 0, maxCount: s.max + 1 },
    mayBeNull: src.mayBeNull,
    mayFail: effects(args).mayFail || delim === undefined,
    imprecise: effects(args).imprecise,
  };
};

export const len: Rule = (_call, args) => ({
  ...single(shape(CharSet.ofUnits('0123456789'), 1, 16)),
  ...effects(args),
});

export const numeric: Rule = (_call, args) => ({
  ...single(NUMBER_SHAPE),
  mayFail: true,
  imprecise: effects(args).imprecise,
});

export const guid: Rule = () => single(shape(CharSet.ofUnits('0123456789abcdef-'), 36, 36));

export const convertToBase64: Rule = (call, args) =>
  perString(call, args, 'null-or-empty', (s) =>
    shape(
      CharSet.ofUnits('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='),
      4 * Math.ceil((2 * s.min) / 3),
      4 * Math.ceil((2 * s.max) / 3),
    ),
  );

export const convertToUtf8Hex: Rule = (call, args) =>
  perString(call, args, 'null-or-empty', (s) =>
    shape(CharSet.ofUnits('0123456789ABCDEF'), 2 * s.min, 6 * s.max),
  );

/** A value converted to its string form: identical string shapes. */
export const identity: Rule = (_call, args) => args[0]?.value ?? constant('');
