import type { Diagnostic, Severity, Attributes, Output } from '../../expr';
import type { RowResult, Verdict } from '../../lint';
import { isRowDiagnostic } from '../../workers/row-diagnostics';
import type { LintOutcome } from '../../workers/lint-client';
import type { LintView } from '../../workers/lint-protocol';
import { linterText } from '../../i18n/linter';

/** What the linter shows, derived from the last outcome: pure, so tests can check it directly. */
export interface LinterModel {
  /** Problems of the text itself (syntax, calls, traps), with spans. */
  diagnostics: Diagnostic[];
  /** Corpus and own-sample rows, failures first. */
  rows: RowResult[];
  failing: number;
  verdict: Verdict | null;
  breaking: BreakingInput | null;
  /** The check was stopped or failed: what to tell the admin. */
  trouble: string | null;
  /** One line for the status element. */
  summary: string;
}

export interface Reason {
  code: string;
  message: string;
  params?: Readonly<Record<string, string | number>>;
}

export interface BreakingInput {
  label: string;
  /** The test row the input comes from (its label is shown in the UI language). */
  row: { id: string; source: 'corpus' | 'sample' } | null;
  inputs: Attributes;
  output: Output | undefined;
  /** Why the output breaks the rule: the rule's violations, or the evaluation error. */
  reasons: Reason[];
}

const ORDER: Record<string, number> = { fail: 0, warn: 1, pass: 2 };

function rowRank(r: RowResult): number {
  if (!r.pass) return ORDER.fail!;
  return r.violations.length > 0 ? ORDER.warn! : ORDER.pass!;
}

/** Failures first, then passes with a warning, then clean passes; otherwise the corpus order. */
export function sortRows(rows: readonly RowResult[]): RowResult[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rowRank(a.row) - rowRank(b.row) || a.i - b.i)
    .map((x) => x.row);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

function countText(counts: Record<Severity, number>): string[] {
  const parts: string[] = [];
  const add = (
    n: number,
    one: Parameters<typeof linterText>[0],
    many: Parameters<typeof linterText>[0],
  ): void => {
    if (n === 1) parts.push(linterText(one));
    else if (n > 1) parts.push(linterText(many, { n }));
  };
  add(counts.error, 'error1', 'errors');
  add(counts.warning, 'warning1', 'warnings');
  // Notes (behaviour Microsoft does not document) wait behind the linter's Details: they are
  // not problems, so the summary does not count them.
  return parts;
}

/** The breaking input: the first failing test row, else the proof's counterexample. */
function breakingInput(view: LintView): BreakingInput | null {
  const c = view.lint.counterexample;
  if (c) {
    const row = view.lint.rows.find((r) => r.id === c.rowId);
    // The row has the reasons with their codes; the counterexample only their English.
    const reasons: Reason[] = row?.error
      ? [row.error]
      : (row?.violations.filter((v) => v.severity === 'error') ??
        c.reasons.map((message) => ({ code: '', message })));
    return {
      label: c.label,
      row: row ? { id: row.id, source: row.source } : null,
      inputs: row?.inputs ?? c.attrs,
      output: c.output,
      reasons,
    };
  }
  const p = view.proof?.counterexample;
  if (p) return { label: '', row: null, inputs: p.attrs, output: p.output, reasons: [p.violation] };
  return null;
}

/**
 * The verdict the admin sees: a failing test row makes it "unsafe" whatever the proof says; the
 * proof turns "unknown" into "proven-safe" or finds a counterexample of its own.
 */
export function combinedVerdict(view: LintView): Verdict {
  if (view.lint.verdict === 'unsafe') return 'unsafe';
  return view.proof?.verdict ?? view.lint.verdict;
}

export function buildModel(text: string, outcome: LintOutcome | null): LinterModel {
  const empty: LinterModel = {
    diagnostics: [],
    rows: [],
    failing: 0,
    verdict: null,
    breaking: null,
    trouble: null,
    summary: linterText('typeSomething'),
  };
  if (text.trim() === '' || outcome === null) return empty;

  if (outcome.kind === 'failed') {
    const trouble =
      outcome.cause === 'worker'
        ? linterText('workerFailed', {
            detail: outcome.message ? linterText('workerDetail', { detail: outcome.message }) : '',
          })
        : outcome.cause === 'reply'
          ? linterText('workerBadReply', { detail: outcome.message })
          : linterText('checkFailed', { message: outcome.message });
    return { ...empty, trouble, summary: trouble };
  }
  if (outcome.kind === 'timeout') {
    const seconds = (outcome.limitMs / 1000).toLocaleString('en-US');
    const diagnostics = outcome.staticDiagnostics;
    const row = outcome.row ? linterText('timeoutRow', { row: outcome.row }) : '';
    // Blame a regular expression only when one was running: otherwise it was just slow.
    const trouble =
      outcome.stage === 'analysis'
        ? linterText('timeoutAnalysis', { seconds })
        : outcome.regex
          ? linterText('timeoutExplained', { seconds, row })
          : linterText('timeoutSlow', { seconds, row });
    const summary = [
      ...countText(countBySeverity(diagnostics)),
      linterText('stopped', { seconds }),
    ].join('; ');
    return { ...empty, diagnostics, trouble, summary };
  }

  const view = outcome.view;
  const diagnostics = view.lint.diagnostics.filter((d) => !isRowDiagnostic(d, view.request.text));
  const rows = sortRows(view.lint.rows);
  const failing = rows.filter((r) => !r.pass).length;
  const rowWarnings = rows.filter((r) => r.pass && r.violations.length > 0).length;
  const verdict = combinedVerdict(view);
  const counts = countBySeverity(diagnostics);
  const clean =
    counts.error + counts.warning === 0 &&
    failing === 0 &&
    rowWarnings === 0 &&
    verdict !== 'unsafe';
  const parts = countText(counts);
  if (failing > 0) parts.push(linterText('rowsFail', { n: failing, total: rows.length }));
  if (rowWarnings > 0) parts.push(linterText('rowsWarn', { n: rowWarnings }));
  parts.push(linterText(`verdict.${verdict}`));
  return {
    diagnostics,
    rows,
    failing,
    verdict,
    breaking: verdict === 'unsafe' ? breakingInput(view) : null,
    trouble: null,
    // "No problems" exactly: the automation contract (docs/automation-contract.md#popup-popuphtml) keys on it.
    summary: clean ? linterText('noProblems') : parts.join('; '),
  };
}
