/**
 * How the linter uses the proof: the corpus verdict ("unsafe" when a test object fails,
 * "unknown" otherwise) is upgraded to "proven-safe" when the analysis proves the rule, to
 * "unsafe" with the proof's counterexample when the search finds one the corpus missed, and a
 * proven fix is attached whenever the expression is not proven safe. The corpus still wins: a
 * failing test object keeps the verdict "unsafe" whatever the analysis says.
 */

import type { ExprNode } from '../expr/ast';
import type { LintResult } from '../lint/lint';
import { prove } from './index';
import type { ProofResult } from './types';

export interface UpgradeOptions {
  /** false: leave the corpus verdict alone (the caller proves separately). */
  prove?: boolean;
  now?: Date;
}

function fixOf(proof: ProofResult): LintResult['fix'] {
  if (!proof.fix) return undefined;
  return {
    expression: proof.fix.expression,
    title: 'Proven-safe replacement',
    ...(proof.fix.uniqueVariant ? { uniqueVariant: proof.fix.uniqueVariant } : {}),
    changes: proof.fix.changes,
  };
}

export function upgradeWithProof(
  result: LintResult,
  expr: ExprNode | string,
  options: UpgradeOptions = {},
): LintResult {
  if (options.prove === false) return result;
  const proof = prove(expr, result.targetId, options.now ? { now: options.now } : {});
  const fix = fixOf(proof);
  const upgraded: LintResult = { ...result, proof, ...(fix ? { fix } : {}) };
  if (result.verdict === 'unsafe' || typeof expr === 'string') return upgraded;
  if (proof.verdict === 'proven-safe') {
    return {
      ...upgraded,
      verdict: 'proven-safe',
      explanation:
        result.rows.length > 0
          ? `${proof.reason ?? 'Proven safe.'} All ${result.rows.length} test objects pass as well.`
          : (proof.reason ?? 'Proven safe.'),
    };
  }
  if (proof.verdict === 'unsafe' && proof.counterexample) {
    const c = proof.counterexample;
    return {
      ...upgraded,
      verdict: 'unsafe',
      explanation:
        `${proof.reason ?? ''} The test objects all pass; the proof found this input.`.trim(),
      counterexample: {
        rowId: 'proof',
        label: 'an input found by the proof',
        attrs: c.attrs,
        output: c.output,
        reasons: [c.violation.message],
        violation: c.violation,
      },
    };
  }
  return {
    ...upgraded,
    explanation: `${result.explanation} The proof is inconclusive: ${proof.reason ?? 'no reason given'}`,
  };
}
