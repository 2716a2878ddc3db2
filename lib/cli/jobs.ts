/**
 * The work itself, run inside the worker: evaluate or lint one expression and shape the result
 * as the automation contract (docs/automation-contract.md#command-line-node-distscim-exprjs) prints it.
 */

import type { Diagnostic } from '../expr';
import { analyzeExpression, evaluateExpression } from '../expr';
import { describeRow } from '../lint/describe';
import { lint } from '../lint/lint';
import type { LintResult } from '../lint/types';
import { defeatedPart } from '../lint/proof-upgrade';
import type { DiagnosticOutput, EvalOutput, Job, JobOutput, LintOutput } from './protocol';

export interface JobReporter {
  analysis(diagnostics: DiagnosticOutput[]): void;
  /** Says what is evaluated next, e.g. `displayName="张伟" (test object: ...)`. */
  progress(where: string): void;
}

export function toDiagnosticOutput(d: Diagnostic): DiagnosticOutput {
  return { code: d.code, severity: d.severity, message: d.message, start: d.start, end: d.end };
}

export function runJob(job: Job, report: JobReporter): JobOutput {
  const now = job.now === undefined ? undefined : new Date(job.now);
  if (job.kind === 'eval') {
    report.progress('the given attributes');
    const r = evaluateExpression(job.expr, job.attrs, now ? { now } : {});
    const out: EvalOutput = r.ok
      ? { ok: true, value: r.value, ...(r.flow ? { flow: r.flow } : {}) }
      : { ok: false, error: { code: r.error.code, message: r.error.message } };
    return out;
  }
  report.analysis(
    analyzeExpression(job.expr, { context: job.context }).diagnostics.map(toDiagnosticOutput),
  );
  const result = lint(job.expr, job.target, {
    samples: job.samples,
    context: job.context,
    ...(now ? { now } : {}),
    onRowStart: (_i, row) => report.progress(describeRow(row)),
  });
  return toLintOutput(result, job.rows, job.expr);
}

/** `text`: the expression as linted, to quote the part an "unknown" proof names. */
export function toLintOutput(result: LintResult, withRows: boolean, text?: string): LintOutput {
  const out: LintOutput = {
    diagnostics: result.diagnostics.map(toDiagnosticOutput),
    verdict: result.verdict,
    explanation: result.explanation,
  };
  const part =
    result.verdict === 'unknown' && result.proof ? defeatedPart(result.proof, text) : undefined;
  if (part) out.span = part;
  const c = result.counterexample;
  const row = c && result.rows.find((r) => r.id === c.rowId);
  if (c && row) {
    const violation = row.error
      ? { code: row.error.code, severity: 'error' as const, message: row.error.message }
      : row.violations.find((v) => v.severity === 'error')!;
    out.counterexample = { label: c.label, attrs: c.attrs, output: row.output ?? null, violation };
  } else if (c?.violation) {
    // Found by the proof engine beyond the test objects: it carries its own violation.
    out.counterexample = {
      label: c.label,
      attrs: c.attrs,
      output: c.output ?? null,
      violation: c.violation,
    };
  }
  if (result.fix) out.fix = result.fix;
  if (withRows) {
    out.rows = result.rows.map((r) => ({
      id: r.id,
      label: r.label,
      inputs: r.inputs,
      ...('output' in r ? { output: r.output } : {}),
      ...(r.error ? { error: r.error } : {}),
      pass: r.pass,
      violations: r.violations,
    }));
  }
  return out;
}
