import { analyzeExpression } from '../expr';
import type { Diagnostic } from '../expr';
import { attributesRead, getTarget, lint, type TargetId } from '../lint';
import { prove } from '../proof';
import type { LintRequest, LintView } from './lint-protocol';
import { isRowDiagnostic } from './row-diagnostics';
import { parseOwnSamples } from './samples';
import { usesRegex } from './uses-regex';

export interface LintJobHooks {
  /**
   * The parse and check diagnostics, before any evaluation (which is what may hang), and whether
   * evaluating may run a regular expression.
   */
  onStatic?: (diagnostics: Diagnostic[], regex: boolean) => void;
  /** A corpus or sample row is about to be evaluated. */
  onRow?: (index: number, label: string) => void;
}

/**
 * Per-row evaluation budget. The evaluator checks it between steps; a single catastrophic
 * regular expression match cannot be interrupted, which is why the page also runs this job in a
 * worker it can terminate.
 */
const ROW_BUDGET_MS = 100;

/** Runs the linter and the proof for one request. Pure; runs in the worker or in-process. */
export function runLintJob(request: LintRequest, hooks: LintJobHooks = {}): LintView {
  const analysis = analyzeExpression(request.text);
  hooks.onStatic?.(analysis.diagnostics, usesRegex(analysis.ast));
  const primaryAttribute =
    (analysis.ast && attributesRead(analysis.ast)[0]) ?? defaultAttribute(request.targetId);
  const result = lint(request.text, request.targetId, {
    samples: parseOwnSamples(request.samples, primaryAttribute),
    budgetMs: ROW_BUDGET_MS,
    ...(hooks.onRow
      ? { onRowStart: (index: number, row: { label: string }) => hooks.onRow!(index, row.label) }
      : {}),
  });
  const hasErrors = result.diagnostics.some(
    (d) => d.severity === 'error' && !isRowDiagnostic(d, request.text),
  );
  const view: LintView = { request, primaryAttribute, lint: result };
  // Nothing to prove, but the proof still offers the target's proven expression as the fix, the
  // same one the CLI prints (lint()'s fix, lib/cli/jobs.ts).
  if (hasErrors) return result.proof ? { ...view, proof: result.proof } : view;
  try {
    // lint() already ran the proof (lib/lint/proof-upgrade.ts); reuse it rather than prove twice.
    return { ...view, proof: result.proof ?? prove(request.text, request.targetId) };
  } catch {
    // prove() promises never to throw; if it does, the corpus results still stand on their own.
    return view;
  }
}

/** The attribute a sample line sets when the expression reads none (e.g. a constant). */
function defaultAttribute(targetId: TargetId): string {
  return getTarget(targetId).recommendedSources[0] ?? 'displayName';
}
