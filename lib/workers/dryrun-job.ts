import {
  filterProblems,
  guessMapping,
  parseCsv,
  problemRowsCsv,
  runDryRun,
  type CsvTable,
  type DryRunReport,
  type ProblemFilter,
  type RowOutcome,
} from '../dryrun';
import { analyzeExpression, evaluate } from '../expr';
import { attributesRead, checkOutput, getTarget } from '../lint';
import type { LoadedFile, Phase, RunOutcome, RunRequest } from './dryrun-protocol';

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

  run(request: RunRequest, progress?: Progress): RunOutcome {
    const table = this.requireTable();
    const analysis = analyzeExpression(request.expression);
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    if (!analysis.ast || errors.length > 0) {
      this.report = null;
      return { kind: 'invalid', request, diagnostics: errors };
    }
    const ast = analysis.ast;
    const target = getTarget(request.targetId);
    const referenced = attributesRead(ast);
    // One "now" for the whole run, so date functions agree across rows.
    const now = new Date();
    const evaluateRow = (attrs: Parameters<typeof evaluate>[1]): RowOutcome => {
      const result = evaluate(ast, attrs, { now, budgetMs: ROW_BUDGET_MS });
      if (!result.ok) return { output: null, error: result.error, violations: [] };
      return { output: result.value, violations: checkOutput(target, result.value) };
    };
    const report = runDryRun({
      rows: table.rows,
      mapping: request.mapping,
      evaluateRow,
      uniqueTarget: target.rule.unique,
      referenced,
      progressEvery: 5000,
      onProgress: (done, total) => progress?.('run', done, total),
    });
    this.report = report;
    const mapped = new Set(request.mapping.filter((m): m is string => m !== null));
    return {
      kind: 'done',
      request,
      report,
      unmapped: referenced.filter((name) => !mapped.has(name)),
    };
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
