/**
 * The common shape of a per-string rule: map the source's shape and follow the evaluator's
 * handling of null and multi-valued sources (lib/expr/eval/values.ts):
 *  - `mapText` functions (StripSpaces, NormalizeDiacritics, ToLower, Replace...) map each value
 *    of a multi-valued source and keep null as null;
 *  - `textOf` functions (Word, Len...) read one value: several values fail, none is null.
 */

import type { CallNode } from '../../expr';
import type { Arg, Rule } from '../context';
import { type Abs, type StrShape, EMPTY_SHAPE, joinShape } from '../domain';
import { effects, sourceOf } from './helpers';

export interface PerStringPolicy {
  /** What a null source gives: null (mapText) or "" (Left, Mid, Word, CStr). */
  onNull: 'null' | 'empty';
  /** `per-value` maps each value of a multi-valued source; `single` needs one value. */
  multi: 'per-value' | 'single';
}

export const MAP_TEXT: PerStringPolicy = { onNull: 'null', multi: 'per-value' };

/** Applies `f` to the source's shapes; handles null, failure and multi-valued sources. */
export function perString(
  _call: CallNode,
  args: Arg[],
  policy: PerStringPolicy,
  f: (s: StrShape) => StrShape,
): Abs {
  const src = sourceOf(args[0]);
  const { mayFail, imprecise } = effects(args);
  let one = src.shape ? f(src.shape) : null;
  let many = null as Abs['many'];
  let mayBeNull = src.mayBeNull;
  let fails = mayFail;
  if (src.value.many) {
    const m = src.value.many;
    if (policy.multi === 'per-value') {
      many = { ...m, elem: f(m.elem) };
    } else {
      // One value reads as itself, none as null, several fail.
      if (m.maxCount >= 1) one = one ? joinShape(one, f(m.elem)) : f(m.elem);
      if (m.minCount === 0) mayBeNull = true;
      if (m.maxCount > 1) fails = true;
    }
  }
  if (mayBeNull && policy.onNull === 'empty') {
    one = one ? joinShape(one, EMPTY_SHAPE) : EMPTY_SHAPE;
    mayBeNull = false;
  }
  return { one, many, mayBeNull, mayFail: fails, imprecise };
}

export function perStringRule(policy: PerStringPolicy, f: (s: StrShape) => StrShape): Rule {
  return (call, args) => perString(call, args, policy, f);
}
