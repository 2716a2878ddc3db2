/**
 * Conditional and null-handling functions (docs/research/entra-expressions.md#conditional-and-null-functions): they combine their
 * branches. Two refinements keep the usual fallback recipes provable: a branch that repeats the
 * tested expression knows the test's outcome (Switch(x, x, "", fb): the default branch only runs
 * when x is neither null nor ""), and IIF(IsNullOrEmpty(x), fb, x) likewise.
 */

import type { ArgNode, ExprNode } from '../../expr';
import { CharSet } from '../charset';
import type { Arg, AnalysisContext, Rule } from '../context';
import {
  type Abs,
  BOOLEAN_ABS,
  constant,
  FAIL_ABS,
  joinAll,
  NULL_ABS,
  nonEmpty,
  shapeMayBeEmpty,
} from '../domain';
import { sameExpr } from '../same';
import { effects, exactString, fallback } from './helpers';

/** The value when it is known not to be null and not "" (null when that is impossible). */
export function refinePresent(v: Abs): Abs | null {
  const one = v.one ? nonEmpty(v.one) : null;
  const many =
    v.many && v.many.maxCount > 0 ? { ...v.many, minCount: Math.max(1, v.many.minCount) } : null;
  // A flow signal is neither null nor "": it survives the refinement.
  if (!one && !many && !v.mayFlow) return null;
  return { ...v, one, many, mayBeNull: false };
}

/** Can the value be null or "" (or an empty list)? */
function mayBeBlank(v: Abs): boolean {
  return v.mayBeNull || shapeMayBeEmpty(v.one) || (v.many !== null && v.many.minCount === 0);
}

/** What the evaluator reads as a number (lib/expr/eval/values.ts), loosely: anything digit-like. */
const NUMERIC = /^[\s+-]*[\d.]|^[\s+-]*&H/i;

/**
 * Can the value read as "" in a comparison (null, "", no values, or one value that is "")?
 * Unlike IsNullOrEmpty, a comparison reads a one-element list as its element.
 */
function mayReadAsEmpty(v: Abs): boolean {
  const m = v.many;
  return mayBeBlank(v) || (m !== null && m.maxCount >= 1 && m.elem.min === 0);
}

/** Can the value, as a string, be equal to `key`? */
function mayEqual(v: Abs, key: string): boolean {
  if (key === '') return mayReadAsEmpty(v);
  // A number equals its numeric forms ("5" = "05" = 5): do not reason about such keys.
  if (NUMERIC.test(key)) return true;
  // A multi-valued source's comparison is unconfirmed: assume it may match.
  if (v.many !== null) return true;
  const s = v.one;
  if (!s) return false;
  if (s.exact) return s.exact.includes(key);
  return key.length >= s.min && key.length <= s.max && CharSet.ofUnits(key).isSubsetOf(s.chars);
}

/** Can the value differ from every key? */
function mayDifferFromAll(v: Abs, keys: (string | undefined)[]): boolean {
  if (keys.some((k) => k === undefined)) return true;
  if (v.many) return true;
  if (v.mayBeNull && !keys.includes('')) return true;
  if (!v.one) return false;
  if (v.one.exact) return v.one.exact.some((s) => !keys.includes(s));
  return true;
}

export const switchRule: Rule = (call, args) => {
  const source = args[0];
  if (!source?.value) return fallback(call, 'Switch without a source');
  const src = source.value;
  const keys: (string | undefined)[] = [];
  const outcomes: Abs[] = [];
  for (let i = 2; i + 1 < args.length; i += 2) {
    const key = exactString(args[i]);
    keys.push(key);
    const value = args[i + 1]!;
    if (key !== undefined && !mayEqual(src, key)) continue;
    if (
      key !== undefined &&
      !NUMERIC.test(key) &&
      src.many === null &&
      sameExpr(value.node, source.node)
    ) {
      // The value repeats the source, which equals the key; a "" key also matches null.
      outcomes.push({ ...constant(key), mayBeNull: key === '' && src.mayBeNull });
    } else outcomes.push(value.value ?? NULL_ABS);
  }
  if (mayDifferFromAll(src, keys)) {
    const def = args[1];
    if (!def?.value) outcomes.push(NULL_ABS);
    else if (keys.includes('') && src.many === null && sameExpr(def.node, source.node)) {
      // The default runs only when the source matched no key, "" included.
      const refined = refinePresent(def.value);
      if (refined) outcomes.push(refined);
    } else outcomes.push(def.value);
  }
  const result = outcomes.length > 0 ? joinAll(outcomes) : NULL_ABS;
  const keyEffects = effects(args.filter((_, i) => i === 0 || (i >= 2 && i % 2 === 0)));
  // Comparing a source with several values fails; so does an odd argument count.
  const compareFails = (src.many !== null && src.many.maxCount > 1) || args.length % 2 !== 0;
  return {
    ...result,
    mayFail: result.mayFail || keyEffects.mayFail || compareFails,
    imprecise: result.imprecise ?? keyEffects.imprecise,
  };
};

/** Attribute references anywhere in a sub-tree. */
function attributesIn(node: ArgNode, out: string[] = []): string[] {
  if (node.kind === 'attr') out.push(node.name);
  else if (node.kind === 'call') for (const a of node.args) attributesIn(a, out);
  else if (node.kind === 'compare') {
    attributesIn(node.left, out);
    attributesIn(node.right, out);
  }
  return out;
}

/** The tested expression of IsNullOrEmpty(x) / IsPresent(x) / IsNull(x), with its polarity. */
function presenceTest(
  node: ArgNode,
): { tested: ExprNode; truthMeansPresent: boolean; nullOnly: boolean } | null {
  if (node.kind !== 'call' || node.args.length !== 1) return null;
  const arg = node.args[0]!;
  if (arg.kind === 'empty') return null;
  switch (node.name.toLowerCase()) {
    case 'isnullorempty':
      return { tested: arg, truthMeansPresent: false, nullOnly: false };
    case 'ispresent':
      return { tested: arg, truthMeansPresent: true, nullOnly: false };
    case 'isnull':
      return { tested: arg, truthMeansPresent: false, nullOnly: true };
    default:
      return null;
  }
}

function branchValue(
  branch: Arg,
  presentWhenTaken: boolean | null,
  test: ReturnType<typeof presenceTest>,
): Abs | null {
  const v = branch.value ?? NULL_ABS;
  if (!test || presentWhenTaken === null || !sameExpr(branch.node, test.tested)) return v;
  if (!presentWhenTaken) return test.nullOnly ? NULL_ABS : v;
  if (test.nullOnly) return { ...v, mayBeNull: false };
  return refinePresent(v);
}

export const iifRule: Rule = (call, args, ctx: AnalysisContext) => {
  const cond = args[0];
  const yes = args[1];
  const no = args[2];
  if (!cond?.value || !yes || !no) return fallback(call, 'IIF without its three arguments');
  // The evaluator reads "True"/"False" in any case or a number; anything else fails.
  const truth = cond.value.many ? undefined : cond.value.one?.exact;
  const canBeTrue = !truth || truth.some((t) => t.toLowerCase() !== 'false');
  const canBeFalse = !truth || truth.some((t) => t.toLowerCase() !== 'true');
  const truthFails =
    !truth || cond.value.mayBeNull || truth.some((t) => !/^(true|false)$/i.test(t));
  const test = presenceTest(cond.node);
  const outcomes: Abs[] = [];
  if (canBeTrue) {
    const v = branchValue(yes, test ? test.truthMeansPresent : null, test);
    if (v) outcomes.push(v);
  }
  if (canBeFalse) {
    const v = branchValue(no, test ? !test.truthMeansPresent : null, test);
    if (v) outcomes.push(v);
  }
  const result = outcomes.length > 0 ? joinAll(outcomes) : NULL_ABS;
  // Entra fails the condition when an attribute in it is null or empty (docs/research/entra-expressions.md#null-and-empty, documented).
  const attrMayBeBlank = attributesIn(cond.node).some((name) => {
    const b = ctx.env.attribute(name);
    return !b.required || b.min === 0;
  });
  return {
    ...result,
    mayFail: result.mayFail || cond.value.mayFail || attrMayBeBlank || truthFails,
    imprecise: result.imprecise ?? cond.value.imprecise,
  };
};

export const coalesceRule: Rule = (_call, args) => {
  const outcomes: Abs[] = [];
  let allSkippable = true;
  for (const a of args) {
    // An empty slot is null, so it is skipped.
    if (!a.value) continue;
    // Only null and an empty list are skipped; "" is a value (docs/research/entra-expressions.md#unconfirmed-behaviour, the evaluator's choice).
    const v = a.value;
    const many =
      v.many && v.many.maxCount > 0 ? { ...v.many, minCount: Math.max(1, v.many.minCount) } : null;
    if (v.one || many) outcomes.push({ ...v, many, mayBeNull: false });
    else outcomes.push({ ...v, mayBeNull: false });
    if (!v.mayBeNull && !(v.many && v.many.minCount === 0)) {
      allSkippable = false;
      break;
    }
  }
  const result = joinAll(outcomes);
  return { ...result, mayBeNull: allSkippable, ...effects(args) };
};

/** Boolean tests; exact where the argument settles them. */
export function booleanRule(kind: 'isnull' | 'isnullorempty' | 'ispresent' | 'isstring'): Rule {
  return (_call, args) => {
    const v = args[0]?.value;
    let result = BOOLEAN_ABS;
    if (v) {
      const blank = mayBeBlank(v);
      if (kind === 'isnull' && !v.mayBeNull && !(v.many && v.many.minCount === 0)) {
        result = constant('False');
      }
      if (kind === 'isnullorempty' && !blank) result = constant('False');
      if (kind === 'ispresent' && !blank) result = constant('True');
    }
    return { ...result, ...effects(args) };
  };
}

/** Not reads one value ("True" → False, anything else → True); several values fail. */
export const notRule: Rule = (_call, args) => {
  const v = args[0]?.value;
  const e = effects(args);
  return { ...BOOLEAN_ABS, ...e, mayFail: e.mayFail || (v?.many != null && v.many.maxCount > 1) };
};

/** CBool: null is False; a number or "True"/"False" in any case; anything else fails. */
export const cBoolRule: Rule = (_call, args) => {
  const v = args[0]?.value;
  const e = effects(args);
  const exact = v && !v.many ? v.one?.exact : undefined;
  const readable = exact !== undefined && exact.every((t) => /^(true|false)$/i.test(t));
  return { ...BOOLEAN_ABS, ...e, mayFail: e.mayFail || !readable };
};

export const compareRule = (left: Abs, right: Abs): Abs => ({
  ...BOOLEAN_ABS,
  // A flow signal or several values cannot be compared.
  mayFail:
    left.mayFail ||
    right.mayFail ||
    left.mayFlow === true ||
    right.mayFlow === true ||
    (left.many !== null && left.many.maxCount > 1) ||
    (right.many !== null && right.many.maxCount > 1),
  imprecise: left.imprecise ?? right.imprecise,
});

/** IgnoreFlowIfNullOrEmpty: a blank value is not sent at all. */
export const ignoreFlowRule: Rule = (_call, args) => {
  const v = args[0]?.value ?? NULL_ABS;
  const present = refinePresent(v);
  if (!present) return { ...NULL_ABS, mayBeNull: false, mayFlow: true, mayFail: v.mayFail };
  return { ...present, mayBeNull: false, mayFlow: mayBeBlank(v) || v.mayFlow, mayFail: v.mayFail };
};

/** SelectUniqueValue offline: the first rule with a value, else null. */
export const oneOfRule: Rule = (_call, args) => {
  const present = args
    .map((a) => (a.value ? refinePresent(a.value) : null))
    .filter((v) => v !== null);
  // A flow signal is not "empty": it is returned as it is.
  if (args.some((a) => a.value?.mayFlow))
    present.push({ ...NULL_ABS, mayBeNull: false, mayFlow: true });
  const result = present.length ? joinAll(present) : NULL_ABS;
  const allBlank = args.every((a) => !a.value || mayBeBlank(a.value));
  return { ...result, mayBeNull: allBlank, mayFail: true };
};

export const failRule: Rule = () => FAIL_ABS;
