/**
 * Transfer rules of the string functions (docs/research/entra-expressions.md#string-functions): what the characters and
 * the length of the result can be, given those of the input. Null and multi-valued handling
 * follows the evaluator (lib/expr/functions/strings.ts).
 */

import { CharSet } from '../charset';
import type { Rule } from '../context';
import { type Abs, type StrShape, EMPTY_SHAPE, constant, joinShape, single } from '../domain';
import { caseImage, type CaseCulture } from '../casing';
import { propertyBmp } from '../unicode';
import { MAP_TEXT, perString, perStringRule, type PerStringPolicy } from './per-string';
import {
  effects,
  exactInt,
  exactString,
  isProvided,
  NUMBER_SHAPE,
  shape,
  sourceOf,
} from './helpers';

const SPACE = 0x20;
/** Left, Mid: a null source gives "", several values are mapped one by one. */
const EMPTY_ON_NULL: PerStringPolicy = { onNull: 'empty', multi: 'per-value' };
/** Word, Len: one value is read; null is "". */
const SINGLE_EMPTY: PerStringPolicy = { onNull: 'empty', multi: 'single' };

export const stripSpaces: Rule = perStringRule(MAP_TEXT, (s) => ({
  ...shape(s.chars.subtract(CharSet.of(SPACE)), s.chars.has(SPACE) ? 0 : s.min, s.max),
  ...(s.exact ? { exact: [...new Set(s.exact.map((x) => x.replaceAll(' ', '')))].sort() } : {}),
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

export const trim: Rule = perStringRule(MAP_TEXT, (s) =>
  shape(s.chars, s.chars.intersects(whiteSpaceSuperset()) ? 0 : s.min, s.max),
);

/** The culture argument: absent, a known name, or unknown (both mappings possible). */
function cultureOf(arg: Parameters<Rule>[1][number] | undefined): CaseCulture {
  if (!isProvided(arg)) return 'invariant';
  const name = exactString(arg);
  if (name === undefined) return 'any';
  return /^(?:tr|az)(?:[-_]|$)/i.test(name) ? 'turkic' : 'invariant';
}

/** ToLower/ToUpper: 1:1 per character, so lengths are kept exactly. */
function caseRule(direction: 'lower' | 'upper'): Rule {
  return (call, args) => {
    const culture = cultureOf(args[1]);
    const r = perString(call, args, MAP_TEXT, (s) =>
      shape(caseImage(s.chars, direction, culture), s.min, s.max),
    );
    // A multi-valued culture argument fails; a null one means invariant.
    const cultureMulti = args[1]?.value?.many != null;
    return cultureMulti ? { ...r, mayFail: true } : r;
  };
}

export const toLower = caseRule('lower');
export const toUpper = caseRule('upper');

/** PCase: each character becomes its upper or lower case (invariant), separators stay. */
export const pCase: Rule = (call, args) => {
  const r = perString(call, args, MAP_TEXT, (s) =>
    shape(
      s.chars
        .union(caseImage(s.chars, 'upper', 'invariant'))
        .union(caseImage(s.chars, 'lower', 'invariant')),
      s.min,
      s.max,
    ),
  );
  return args[1]?.value?.many ? { ...r, mayFail: true } : r;
};

/** An integer argument the evaluator reads with integerArg: a non-integer fails. */
function intArg(args: Parameters<Rule>[1], i: number): { n: number | undefined; mayFail: boolean } {
  const n = exactInt(args[i]);
  return { n, mayFail: n === undefined };
}

export const left: Rule = (call, args) => {
  const { n, mayFail } = intArg(args, 1);
  const r = perString(call, args, EMPTY_ON_NULL, (s) => {
    if (n === undefined) return shape(s.chars, 0, s.max);
    if (n < 0) return s;
    return shape(n === 0 ? CharSet.EMPTY : s.chars, Math.min(s.min, n), Math.min(s.max, n));
  });
  return mayFail ? { ...r, mayFail: true } : r;
};

export const mid: Rule = (call, args) => {
  const start = exactInt(args[1]);
  const len = exactInt(args[2]);
  const r = perString(call, args, EMPTY_ON_NULL, (s) => {
    const max = len !== undefined && len >= 0 ? Math.min(s.max, len) : s.max;
    const min = start === 1 && len !== undefined && len >= 0 ? Math.min(s.min, len) : 0;
    return shape(max === 0 ? CharSet.EMPTY : s.chars, min, max);
  });
  // start < 1, a negative length or a non-integer fails in the evaluator.
  const bad = start === undefined || start < 1 || len === undefined || len < 0;
  return bad ? { ...r, mayFail: true } : r;
};

function concat(a: StrShape, b: StrShape): StrShape {
  const exact =
    a.exact && b.exact && a.exact.length * b.exact.length <= 32
      ? [...new Set(a.exact.flatMap((x) => b.exact!.map((y) => x + y)))].sort()
      : undefined;
  return {
    chars: a.chars.union(b.chars),
    min: a.min + b.min,
    max: a.max + b.max,
    ...(exact ? { exact } : {}),
  };
}

/** A text read with textOrEmpty: null and [] are "", one value is itself, several fail. */
function textOrEmpty(v: Abs | null): { shape: StrShape; mayFail: boolean } {
  if (!v) return { shape: EMPTY_SHAPE, mayFail: false };
  let s: StrShape | null = v.one;
  if (v.mayBeNull || (v.many && v.many.minCount === 0))
    s = s ? joinShape(s, EMPTY_SHAPE) : EMPTY_SHAPE;
  if (v.many && v.many.maxCount >= 1) s = s ? joinShape(s, v.many.elem) : v.many.elem;
  return {
    shape: s ?? EMPTY_SHAPE,
    mayFail: v.mayFail || (v.many !== null && v.many.maxCount > 1),
  };
}

/** Append(source, suffix); Prepend is the same with the parts swapped. */
function appendRule(order: 'append' | 'prepend'): Rule {
  return (call, args) => {
    const srcArg = order === 'append' ? args[0] : args[1];
    const affixArg = order === 'append' ? args[1] : args[0];
    const affix = textOrEmpty(affixArg?.value ?? null);
    const join = (s: StrShape): StrShape =>
      order === 'append' ? concat(s, affix.shape) : concat(affix.shape, s);
    const src = sourceOf(srcArg);
    // A missing source gives the affix alone [U]; several values are mapped one by one.
    const one = src.shape ? join(src.shape) : null;
    const parts: StrShape[] = [];
    if (one) parts.push(one);
    if (src.mayBeNull) parts.push(affix.shape);
    const many = src.value.many ? { ...src.value.many, elem: join(src.value.many.elem) } : null;
    const e = effects(args);
    return {
      one: parts.length ? parts.reduce(joinShape) : null,
      many,
      mayBeNull: false,
      mayFail: e.mayFail || affix.mayFail,
      imprecise: e.imprecise,
    };
  };
}

export const append = appendRule('append');
export const prepend = appendRule('prepend');

/**
 * Join skips null and empty sources and puts the separator between the rest; a multi-valued
 * source contributes each value. The result is always a string, "" when nothing is left.
 */
export const joinRule: Rule = (_call, args) => {
  const sep = textOrEmpty(args[0]?.value ?? null);
  let chars = CharSet.EMPTY;
  let minLen = 0;
  let maxLen = 0;
  let minParts = 0;
  let maxParts = 0;
  let fails = sep.mayFail;
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
  if (maxParts >= 2) chars = chars.union(sep.shape.chars);
  maxLen += sep.shape.max * Math.max(0, maxParts - 1);
  minLen += sep.shape.min * Math.max(0, minParts - 1);
  const e = effects(args);
  fails ||= e.mayFail;
  let one = shape(chars, minLen, maxLen);
  // One part at most: the result is that part (or ""), so a known value stays known.
  if (maxParts <= 1) {
    const only = args.slice(1).find((a) => a.value?.one && a.value.one.max > 0)?.value;
    if (only?.one?.exact && !only.many) {
      const exact = [...new Set([...only.one.exact, ...(minParts === 0 ? [''] : [])])].sort();
      one = { ...one, exact };
    }
  }
  return { one, many: null, mayBeNull: false, mayFail: fails, imprecise: e.imprecise };
};

export const word: Rule = (call, args) => {
  const delims = exactString(args[2]);
  const { mayFail } = intArg(args, 1);
  // Delimiters are matched per character; only BMP non-surrogate units are sure to go.
  const removed = delims ? CharSet.ofUnits(delims).subtract(CharSet.SURROGATES) : CharSet.EMPTY;
  const r = perString(call, args, SINGLE_EMPTY, (s) => shape(s.chars.subtract(removed), 0, s.max));
  const delimFails = textOrEmpty(args[2]?.value ?? null).mayFail;
  return mayFail || delimFails ? { ...r, mayFail: true } : r;
};

export const split: Rule = (_call, args) => {
  const src = sourceOf(args[0]);
  const delim = isProvided(args[1]) ? exactString(args[1]) : ',';
  const removed =
    delim !== undefined && delim.length === 1
      ? CharSet.ofUnits(delim).subtract(CharSet.SURROGATES)
      : CharSet.EMPTY;
  const parts: StrShape[] = [];
  let maxCount = 0;
  if (src.shape) {
    parts.push(src.shape);
    maxCount = src.shape.max + 1;
  }
  if (src.value.many) {
    parts.push(src.value.many.elem);
    maxCount = Infinity;
  }
  const whole = parts.length ? parts.reduce(joinShape) : EMPTY_SHAPE;
  const e = effects(args);
  return {
    one: null,
    many: { elem: shape(whole.chars.subtract(removed), 0, whole.max), minCount: 0, maxCount },
    mayBeNull: src.mayBeNull,
    mayFail: e.mayFail || textOrEmpty(args[1]?.value ?? null).mayFail,
    imprecise: e.imprecise,
  };
};

/** Len: the length in UTF-16 units, as digits. */
export const len: Rule = (_call, args) => {
  const v = args[0]?.value;
  const max = v ? Math.max(v.one?.max ?? 0, v.many?.elem.max ?? 0) : 0;
  const digits = max === Infinity ? 16 : String(max).length;
  return {
    ...single(shape(CharSet.ofUnits('0123456789'), 1, digits)),
    ...effects(args),
    mayFail: effects(args).mayFail || (v?.many != null && v.many.maxCount > 1),
  };
};

/** Functions returning a number: its invariant string form. */
export const numeric: Rule = (_call, args) => ({
  ...single(NUMBER_SHAPE),
  mayFail: true,
  imprecise: effects(args).imprecise,
});

/**
 * DateDiff, NumFromDate: a number, or null when a date argument is null (the evaluator returns
 * null rather than failing: lib/expr/functions/datetime.ts).
 */
export const numericOfDates: Rule = (call, args, ctx) => {
  const mayBeNull = args.some(
    (a) =>
      a.value === null ||
      a.value.mayBeNull ||
      a.value.mayFlow === true ||
      (a.value.many !== null && a.value.many.minCount === 0),
  );
  return { ...numeric(call, args, ctx), mayBeNull };
};

export const guid: Rule = () => single(shape(CharSet.ofUnits('0123456789abcdef-'), 36, 36));

export const convertToBase64: Rule = perStringRule(MAP_TEXT, (s) =>
  shape(
    CharSet.ofUnits('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='),
    4 * Math.ceil((2 * s.min) / 3),
    4 * Math.ceil((2 * s.max) / 3),
  ),
);

/** UTF-8 bytes as hex: 1 to 3 bytes per unit (a lone surrogate becomes EF BF BD). */
export const convertToUtf8Hex: Rule = perStringRule(MAP_TEXT, (s) =>
  shape(CharSet.ofUnits('0123456789ABCDEF'), 2 * s.min, 6 * s.max),
);

/** CStr: a null becomes "", several values stay several. */
export const cStr: Rule = perStringRule({ onNull: 'empty', multi: 'per-value' }, (s) => s);

/** A value that flows unchanged (Redact, RemoveDuplicates). */
export const identity: Rule = (_call, args) => args[0]?.value ?? constant('');
