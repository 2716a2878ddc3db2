/**
 * The static analysis: one bottom-up pass computing, for every node, an abstract value that
 * covers everything the node can evaluate to for ANY input within the bounds of `env`.
 */

import type { CallNode, ExprNode } from '../expr';
import type { AnalysisContext, AnalysisEnv, Arg, Rule } from './context';
import { formatNumber, lookupFunction } from '../expr';
import { type Abs, constant, FAIL_ABS, NULL_ABS, top } from './domain';
import { compareRule } from './rules/logic';

export interface AnalysisResult {
  value: Abs;
  /** Abstract value of every node of the tree. */
  values: Map<ExprNode, Abs>;
}

export interface AnalyzerDeps {
  rules: ReadonlyMap<string, Rule>;
  /** Exact value of an input-independent sub-tree, via the evaluator; undefined = not foldable. */
  fold?: (node: ExprNode) => Abs | undefined;
}

/**
 * Flow keywords (exact spelling, as the evaluator reads them): the attribute (or object) is not
 * sent. Any other bare word is its own text (vbTextCompare, UTF8...).
 */
const FLOW_KEYWORDS = new Set(['IgnoreAttributeFlow', 'IgnoreObjectFlow']);

const INPUT_DEPENDENT_CALLS = new Set(['guid', 'now', 'randomstring', 'defaultdomain']);

/** True when the sub-tree reads no attribute and calls nothing non-deterministic (memoized). */
function isInputIndependent(node: ExprNode, memo: Map<ExprNode, boolean>): boolean {
  const known = memo.get(node);
  if (known !== undefined) return known;
  let result: boolean;
  switch (node.kind) {
    case 'attr':
    case 'error':
      result = false;
      break;
    case 'compare':
      result = isInputIndependent(node.left, memo) && isInputIndependent(node.right, memo);
      break;
    case 'call':
      result =
        !INPUT_DEPENDENT_CALLS.has(node.name.toLowerCase()) &&
        node.args.every((a) => a.kind === 'empty' || isInputIndependent(a, memo));
      break;
    default:
      result = true;
  }
  memo.set(node, result);
  return result;
}

/** A number literal's text as the evaluator prints it (lib/expr/evaluate.ts, eval/values.ts). */
function numberText(value: number, raw: string): string {
  return Number.isSafeInteger(value) || !/^\d+$/.test(raw) ? formatNumber(value) : raw;
}

export function analyze(root: ExprNode, env: AnalysisEnv, deps: AnalyzerDeps): AnalysisResult {
  const values = new Map<ExprNode, Abs>();
  const independent = new Map<ExprNode, boolean>();

  const ctx: AnalysisContext = {
    env,
    values,
    fold: deps.fold,
    analyze: visit,
  };

  function visitCall(node: CallNode): Abs {
    // Unknown functions and wrong argument counts fail in the evaluator, whatever the input.
    const spec = lookupFunction(node.name);
    if (!spec || node.args.length < spec.minArgs || node.args.length > spec.maxArgs) {
      return FAIL_ABS;
    }
    const rule = deps.rules.get(node.name.toLowerCase());
    const args: Arg[] = node.args.map((a) => ({
      node: a,
      value: a.kind === 'empty' ? null : visit(a),
    }));
    if (!rule) {
      return top({ span: node.span, reason: `${node.name} has no precise rule in the analysis` });
    }
    const result = rule(node, args, ctx);
    // A flow signal flows through IIF and Switch branches; anywhere else the evaluator fails.
    const lower = node.name.toLowerCase();
    const flowFails = args.some((a, i) => {
      if (!a.value?.mayFlow) return false;
      if (lower === 'iif') return i === 0;
      if (lower === 'switch') return i === 0 || (i >= 2 && i % 2 === 0);
      return true;
    });
    // Some functions hand an argument back as it is (Redact, Coalesce, Replace's fallback mode),
    // flow signal included: keep it possible in the result too.
    const out = flowFails ? { ...result, mayFail: true, mayFlow: true } : result;
    // Which signal a flow result is, rules do not track: if an argument may be IgnoreObjectFlow,
    // any flow signal in the result may be that one.
    return out.mayFlow && args.some((a) => a.value?.mayIgnoreObject)
      ? { ...out, mayIgnoreObject: true }
      : out;
  }

  function compute(node: ExprNode): Abs {
    // Literals are exact already; folding them through the evaluator would only cost time.
    if (
      deps.fold &&
      (node.kind === 'call' || node.kind === 'compare') &&
      isInputIndependent(node, independent)
    ) {
      const folded = deps.fold(node);
      if (folded) return folded;
    }
    switch (node.kind) {
      case 'string':
        return constant(node.value);
      case 'number':
        return constant(numberText(node.value, node.raw));
      case 'attr': {
        const b = env.attribute(node.name);
        const shape = { chars: b.chars, min: b.min, max: b.max };
        return {
          one: shape,
          many: b.multi ? { elem: shape, minCount: 0, maxCount: Infinity } : null,
          mayBeNull: !b.required,
          mayFail: false,
        };
      }
      case 'keyword':
        return FLOW_KEYWORDS.has(node.name)
          ? {
              ...NULL_ABS,
              mayBeNull: false,
              mayFlow: true,
              ...(node.name === 'IgnoreObjectFlow' ? { mayIgnoreObject: true } : {}),
            }
          : constant(node.name);
      case 'compare':
        return compareRule(visit(node.left), visit(node.right));
      case 'call':
        return visitCall(node);
      case 'error':
        return top({ span: node.span, reason: 'this part of the expression does not parse' });
    }
  }

  function visit(node: ExprNode): Abs {
    const known = values.get(node);
    if (known) return known;
    const v = compute(node);
    values.set(node, v);
    return v;
  }

  return { value: visit(root), values };
}
