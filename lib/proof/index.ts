/**
 * Proof engine (issue #7): answers "can this Entra expression EVER break a CloudSSO rule?".
 *
 * Stable API (the linter UI, the lint layer and the CLI call only this):
 *
 *   prove(expr: string | ExprNode, targetId: string, options?: ProveOptions): ProofResult
 *
 *   ProofResult = {
 *     verdict: 'proven-safe' | 'unsafe' | 'unknown',
 *     reason?: string,            // why not proven (or the proof in one line)
 *     span?: { start, end },      // unknown: the sub-expression that defeated the proof
 *     counterexample?: { attrs, output, violation: { code, severity, message } },
 *     fix?: { expression, uniqueVariant?, changes: { recordId, input, before, after }[] },
 *     facts?: { minLength, maxLength, mayBeNull, mayBeEmpty, mayBeMulti, mayFail, chars },
 *   }
 *
 *   recommendedExpression(targetId): string | undefined — a proven-safe expression built from the
 *   target's recommended source attribute (for the guide's mapping step).
 *
 * Pure TypeScript, synchronous, never throws (a bad target id or an unparsable expression gives
 * `unknown` with a reason). `noFix`/`noCounterexample` make it cheap enough for every keystroke.
 * See types.ts for field-level documentation, and the README section "What proven-safe means".
 */

import { analyzeExpression, evaluate } from '../expr';
import type { ExprNode } from '../expr';
import { checkOutput } from '../targets/check-output';
import { corpusFor } from '../targets/corpus';
import { getTarget, isTargetId } from '../targets/targets';
import { defaultRules } from './deps';
import type { EngineDeps } from './engine-deps';
import { proveWith } from './engine';
import type { ProofResult, ProveOptions } from './types';

export type * from './types';

/** Fixed bytes for Guid()/RandomString() so a proof's evaluations are reproducible. */
const fixedBytes = (n: number): Uint8Array => new Uint8Array(n).fill(0x5a);

const PER_EVALUATION_BUDGET_MS = 50;

let deps: EngineDeps | null = null;

/** The real engine pieces: the evaluator, the checker and the linter's output check. */
export function engineDeps(): EngineDeps {
  deps ??= {
    rules: defaultRules(),
    evaluate: (ast, attrs, options) =>
      evaluate(ast, attrs, {
        ...options,
        // One evaluation of the proof's own inputs; past it the input is simply skipped.
        budgetMs: PER_EVALUATION_BUDGET_MS,
        randomBytes: fixedBytes,
        defaultDomain: 'contoso.com',
      }),
    analyzeText: (text) => analyzeExpression(text),
    checkOutput,
    corpusFor,
  };
  return deps;
}

/**
 * Can this expression ever break the target's rule? See the header for the result. Never throws.
 */
export function prove(
  expr: string | ExprNode,
  targetId: string,
  options: ProveOptions = {},
): ProofResult {
  try {
    return proveWith(expr, targetId, engineDeps(), options);
  } catch (e) {
    // A bug in the analysis must never turn into a claim: report it as "unknown".
    const message = e instanceof Error ? e.message : String(e);
    return { verdict: 'unknown', reason: `The proof engine failed (${message}).` };
  }
}

/**
 * The proven-safe expression to recommend for a target when the admin has none yet (the guide's
 * mapping step): the fix built from the target's recommended source attribute, e.g. for
 * group.displayName a cleaned [displayName] with an objectId fallback.
 */
export function recommendedExpression(targetId: string): string | undefined {
  const source = isTargetId(targetId) ? getTarget(targetId).recommendedSources[0] : undefined;
  if (!source) return undefined;
  const r = prove(`[${source}]`, targetId);
  return r.verdict === 'proven-safe' ? `[${source}]` : r.fix?.expression;
}
