/** The common shape of a per-string rule: map the source's shape, handle null/multi/failure. */

import type { CallNode } from '../../expr/ast';
import type { Arg, Rule } from '../context';
import type { Abs, StrShape } from '../domain';
import { effects, fallback, orEmpty, sourceOf } from './helpers';

/**
 * How a per-string function treats a null source. Where the spec is silent the rule allows both
 * a null and an empty result, which is sound whichever the evaluator picked.
 */
export type NullPolicy = 'null' | 'empty' | 'null-or-empty';

/** Applies `f` to the source's shape; handles null, failure and multi-valued sources. */
export function perString(
  call: CallNode,
  args: Arg[],
  policy: NullPolicy,
  f: (s: StrShape) => StrShape,
): Abs {
  const src = sourceOf(args[0]);
  if (src.multi) return fallback(call, `${call.name} of a possibly multi-valued attribute`);
  let one = src.shape ? f(src.shape) : null;
  let mayBeNull = false;
  if (src.mayBeNull) {
    if (policy !== 'null') one = orEmpty(one, true);
    if (policy !== 'empty') mayBeNull = true;
  }
  return { one, many: null, mayBeNull, ...effects(args) };
}

export function perStringRule(policy: NullPolicy, f: (s: StrShape) => StrShape): Rule {
  return (call, args) => perString(call, args, policy, f);
}
