/**
 * The abstract domain: what the analysis knows about EVERY value a sub-expression can produce.
 * Each field over-approximates (a "may" flag set to true, a wider interval, more characters) so
 * that anything proven about the abstract value holds for every concrete evaluation.
 *
 * Booleans, numbers and dates are represented by their string forms ("True"/"False", digits,
 * "M/d/yyyy h:mm:ss tt"), because that is how every string function and the output see them.
 */

import type { Span } from '../expr';
import { CharSet } from './charset';

/** The possible values of one string. Lengths are UTF-16 units; `max` may be Infinity. */
export interface StrShape {
  chars: CharSet;
  min: number;
  max: number;
  /** When the value is one of finitely many known strings: all of them (sorted, distinct). */
  exact?: readonly string[];
}

/** A multi-valued result: every element fits `elem`; the element count is in [minCount, maxCount]. */
export interface ManyShape {
  elem: StrShape;
  minCount: number;
  maxCount: number;
}

/** A place where a rule had to give up precision: the "unknown" verdict names the first one. */
export interface Imprecision {
  span: Span;
  reason: string;
}

export interface Abs {
  /** Single-string results; null = the expression never yields a single string. */
  one: StrShape | null;
  /** Multi-valued results; null = never multi-valued. */
  many: ManyShape | null;
  /** Can be null (attribute missing, Switch without match, flow signals: nothing is sent). */
  mayBeNull: boolean;
  /** Can fail to evaluate (IIF over a null attribute, an invalid regex, Item out of range...). */
  mayFail: boolean;
  /**
   * Can be a flow signal (IgnoreFlowIfNullOrEmpty on a blank value, IgnoreAttributeFlow): at the
   * top the attribute is not sent (like null); inside most functions evaluation fails.
   */
  mayFlow?: boolean;
  /**
   * Can be IgnoreObjectFlow (implies `mayFlow`): Entra then skips the whole object, which is not
   * "attribute not sent", so no target's rule can call it safe.
   */
  mayIgnoreObject?: boolean;
  /** Set when some rule in the sub-tree over-approximated beyond its input's precision. */
  imprecise?: Imprecision;
}

/** At most this many exact strings are tracked; beyond, only chars and lengths. */
const MAX_EXACT = 32;

export const EMPTY_SHAPE: StrShape = { chars: CharSet.EMPTY, min: 0, max: 0, exact: [''] };

export function shapeOf(text: string): StrShape {
  return { chars: CharSet.ofUnits(text), min: text.length, max: text.length, exact: [text] };
}

export function shapeOfAll(values: readonly string[]): StrShape {
  return values.map(shapeOf).reduce(joinShape);
}

export const ANY_SHAPE: StrShape = { chars: CharSet.ALL_UNITS, min: 0, max: Infinity };

export function constant(text: string): Abs {
  return { one: shapeOf(text), many: null, mayBeNull: false, mayFail: false };
}

export function constants(values: readonly string[]): Abs {
  return { one: shapeOfAll(values), many: null, mayBeNull: false, mayFail: false };
}

export const NULL_ABS: Abs = { one: null, many: null, mayBeNull: true, mayFail: false };
export const FAIL_ABS: Abs = { one: null, many: null, mayBeNull: false, mayFail: true };
export const BOOLEAN_ABS: Abs = constants(['False', 'True']);

/** Anything at all: the fallback for a function without a precise rule. */
export function top(imprecise?: Imprecision): Abs {
  return {
    one: ANY_SHAPE,
    many: { elem: ANY_SHAPE, minCount: 0, maxCount: Infinity },
    mayBeNull: true,
    mayFail: true,
    imprecise,
  };
}

export function single(shape: StrShape, mayBeNull = false): Abs {
  return { one: shape, many: null, mayBeNull, mayFail: false };
}

function mergeExact(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): string[] | undefined {
  if (!a || !b) return undefined;
  const set = new Set([...a, ...b]);
  return set.size > MAX_EXACT ? undefined : [...set].sort();
}

export function joinShape(a: StrShape, b: StrShape): StrShape {
  return {
    chars: a.chars.union(b.chars),
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    exact: mergeExact(a.exact, b.exact),
  };
}

function joinMany(a: ManyShape | null, b: ManyShape | null): ManyShape | null {
  if (!a) return b;
  if (!b) return a;
  return {
    elem: joinShape(a.elem, b.elem),
    minCount: Math.min(a.minCount, b.minCount),
    maxCount: Math.max(a.maxCount, b.maxCount),
  };
}

/** Least upper bound: a value of either. */
export function join(a: Abs, b: Abs): Abs {
  return {
    one: a.one && b.one ? joinShape(a.one, b.one) : (a.one ?? b.one),
    many: joinMany(a.many, b.many),
    mayBeNull: a.mayBeNull || b.mayBeNull,
    mayFail: a.mayFail || b.mayFail,
    mayFlow: a.mayFlow || b.mayFlow,
    mayIgnoreObject: a.mayIgnoreObject || b.mayIgnoreObject,
    imprecise: a.imprecise ?? b.imprecise,
  };
}

export function joinAll(values: readonly Abs[]): Abs {
  if (values.length === 0) return NULL_ABS;
  return values.reduce(join);
}

/** Every string the value can be as ONE string (a multi value's elements included). */
export function anyString(value: Abs): StrShape | null {
  if (value.one && value.many) return joinShape(value.one, value.many.elem);
  return value.one ?? value.many?.elem ?? null;
}

export function shapeMayBeEmpty(shape: StrShape | null): boolean {
  return shape !== null && shape.min === 0;
}

/** The shape with lengths clamped to a sane interval and `exact` dropped if inconsistent. */
export function normalizeShape(shape: StrShape): StrShape {
  // 0 × Infinity is NaN: an unknown bound widens to the safe side.
  const rawMax = Number.isNaN(shape.max) ? Infinity : shape.max;
  const rawMin = Number.isNaN(shape.min) ? 0 : shape.min;
  const min = Math.max(0, Math.min(rawMin, rawMax));
  return { ...shape, min, max: Math.max(min, rawMax) };
}

/** The single-string shape with the empty string removed (a refinement: the value is not ""). */
export function nonEmpty(shape: StrShape): StrShape | null {
  if (shape.max === 0) return null;
  const exact = shape.exact?.filter((s) => s !== '');
  if (exact && exact.length === 0) return null;
  return { ...shape, min: Math.max(1, shape.min), exact };
}
