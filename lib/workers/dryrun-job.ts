import {
  attributesOf,
  filterProblems,
  guessMapping,
  parseCsv,
  problemRowsCsv,
  runDryRun,
  type CsvTable,
  type DryRunReport,
  type EvaluateRow,
  type ProblemFilter,
  type RowOutcome,
} from '../dryrun';
import { analyzeExpression, evaluate } from '../expr';
import type { Diagnostic } from '../expr';
import { attributesRead, checkOutput, getTarget } from '../lint';
import {
  PROGRESS_INTERVAL_MS,
  PROGRESS_ROWS,
  type LoadedFile,
  type Phase,
  type RunOutcome,
  type RunRequest,
} from './dryrun-protocol';
import { usesRegex } from './uses-regex';

type Progress = (phase: Phase, done: number, total: number) => void;

/**
 * Per-row evaluation budget in the dry-run. Tight on purpose: a name that needs more than this
 * is reported as an evaluation error for that row instead of holding up 100,000 others.
 */
const ROW_BUDGET_MS = 50;
const PREVIEW_ROWS = 5;

/**
 * One imported file and the last report over it. Pure (no DOM, no browser): the dry-run worker
 * holds one, and tests drive it directly.
 */
export class DryRunSession {
  private table: CsvTable | null = null;
  private report: DryRunReport | null = null;

  load(text: string, progress?: Progress): LoadedFile {
    const total = text.length;
    const table = parseCsv(text, {
      onProgress: (fraction) => progress?.('parse', Math.round(fraction * total), total),
    });
    this.table = table;
    this.report = null;
    return {
      headers: table.headers,
      mapping: guessMapping(table.headers),
      rowCount: table.rows.length,
      preview: table.rows.slice(0, PREVIEW_ROWS),
      warnings: table.warnings,
    };
  }

  /**
   * Evaluates every row. `onEvaluating` is told, once the expression is accepted, whether it
   * runs a regular expression (the one step that can hang a row).
   */
  run(
    request: RunRequest,
    progress?: Progress,
    onEvaluating?: (regex: boolean) => void,
  ): RunOutcome {
    const table = this.requireTable();
    const compiled = compile(request);
    if (compiled.kind === 'invalid') {
      this.report = null;
      return { kind: 'invalid', request, diagnostics: compiled.diagnostics };
    }
    onEvaluating?.(compiled.regex);
    const target = getTarget(request.targetId);
    const report = runDryRun({
      rows: table.rows,
      mapping: request.mapping,
      evaluateRow: compiled.evaluateRow,
      uniqueTarget: target.rule.unique,
      referenced: compiled.referenced,
      progressEvery: PROGRESS_ROWS,
      progressIntervalMs: PROGRESS_INTERVAL_MS,
      onProgress: (done, total) => progress?.('run', done, total),
    });
    this.report = report;
    const mapped = new Set(request.mapping.filter((m): m is string => m !== null));
    return {
      kind: 'done',
      request,
      report,
      unmapped: compiled.referenced.filter((name) => !mapped.has(name)),
    };
  }

  /**
   * Evaluates rows [from, to) again, calling `onRow` before each: after a run went silent, the
   * last row announced is the one it hangs on. Keeps the last report.
   */
  locate(
    request: RunRequest,
    from: number,
    to: number,
    onRow: (index: number) => void,
    onEvaluating?: (regex: boolean) => void,
  ): void {
    const rows = this.requireTable().rows;
    const compiled = compile(request);
    if (compiled.kind === 'invalid') return;
    onEvaluating?.(compiled.regex);
    for (let index = Math.max(0, from); index < Math.min(to, rows.length); index += 1) {
      onRow(index);
      compiled.evaluateRow(attributesOf(rows[index]!, request.mapping));
    }
  }

  /** The last report's problem rows that match `filter`, as CSV. */
  exportCsv(filter: ProblemFilter): { csv: string; count: number } {
    const table = this.requireTable();
    if (!this.report) throw new Error('Run the dry-run before exporting.');
    const rows = filterProblems(this.report.problemRows, filter);
    return { csv: problemRowsCsv(table.headers, table.rows, rows), count: rows.length };
  }

  private requireTable(): CsvTable {
    if (!this.table) throw new Error('No CSV file is loaded.');
    return this.table;
  }
}

type Compiled =
  | { kind: 'invalid'; diagnostics: Diagnostic[] }
  | { kind: 'ok'; evaluateRow: EvaluateRow; referenced: string[]; regex: boolean };

/** Analyses the expression once and returns the per-row evaluation of the whole run. */
function compile(request: RunRequest): Compiled {
  const analysis = analyzeExpression(request.expression);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (!analysis.ast || errors.length > 0) return { kind: 'invalid', diagnostics: errors };
  const ast = analysis.ast;
  const target = getTarget(request.targetId);
  // One "now" for the whole run, so date functions agree across rows.
  const now = new Date();
  const evaluateRow: EvaluateRow = (attrs): RowOutcome => {
    const result = evaluate(ast, attrs, { now, budgetMs: ROW_BUDGET_MS });
    if (!result.ok) return { output: null, error: result.error, violations: [] };
    return { output: result.value, violations: checkOutput(target, result.value) };
  };
  return { kind: 'ok', evaluateRow, referenced: attributesRead(ast), regex: usesRegex(ast) };
}
