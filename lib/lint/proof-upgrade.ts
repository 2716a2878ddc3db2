/**
 * How the linter uses the proof: the corpus verdict ("unsafe" when a test object fails,
 * "unknown" otherwise) is upgraded to "proven-safe" when the analysis proves the rule, to
 * "unsafe" with the proof's counterexample when the search finds one the corpus missed, and a
 * proven fix is attached whenever the expression is not proven safe. The corpus still wins: a
 * failing test object keeps the verdict "unsafe" whatever the analysis says.
 */

import type { ExprNode } from '../expr';
import { isToolLimited } from '../targets/eval-limits';
import type { LintResult } from './types';
import { prove } from '../proof/index';
import type { ProofResult } from '../proof/types';

export interface UpgradeOptions {
  /** false: leave the corpus verdict alone (the caller proves separately). */
  prove?: boolean;
  now?: Date;
  /** The expression's source text, to quote the part that defeated the proof. */
  text?: string;
}

/** Longer parts are cut: the span still says exactly where the part is. */
const MAX_PART_CHARS = 120;

/** The source text of the part of the expression that defeated the proof, if it has a span. */
export function defeatedPart(
  proof: ProofResult,
  text: string | undefined,
): { start: number; end: number; text: string } | undefined {
  if (!proof.span || text === undefined || proof.span.end > text.length) return undefined;
  const { start, end } = proof.span;
  return { start, end, text: text.slice(start, end) };
}

function partSentence(part: { start: number; end: number; text: string } | undefined): string {
  if (!part) return '';
  const shown =
    part.text.length > MAX_PART_CHARS ? `${part.text.slice(0, MAX_PART_CHARS)}…` : part.text;
  return ` The part that defeated it (characters ${part.start + 1}–${part.end}): ${shown}`;
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

/** What the test objects add to a proof's verdict (the corpus verdict here is not "unsafe"). */
function corpusNote(result: LintResult): string {
  const total = result.rows.length;
  if (total === 0) return '';
  const limited = result.rows.filter(isToolLimited).length;
  if (limited === 0) return ` All ${total} test objects pass as well.`;
  return ` ${total - limited} of ${total} test objects pass as well; this tool could not evaluate the other ${limited}.`;
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
      explanation: `${proof.reason ?? 'Proven safe.'}${corpusNote(result)}`,
    };
  }
  if (proof.verdict === 'unsafe' && proof.counterexample) {
    const c = proof.counterexample;
    return {
      ...upgraded,
      verdict: 'unsafe',
      explanation: `${proof.reason ?? ''}${corpusNote(result)} The proof found this input.`.trim(),
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
  const part = defeatedPart(proof, options.text ?? (typeof expr === 'string' ? expr : undefined));
  return {
    ...upgraded,
    explanation: `${result.explanation} The proof is inconclusive: ${proof.reason ?? 'no reason given'}${partSentence(part)}`,
  };
}
