import type { ColumnMapping, DryRunReport, ProblemFilter } from '../dryrun';
import type { Diagnostic } from '../expr';
import type { TargetId } from '../targets/targets';

export interface LoadedFile {
  headers: string[];
  /** The mapping guessed from the headers; the admin may change it. */
  mapping: ColumnMapping;
  rowCount: number;
  /** The first few rows, to check the mapping against. */
  preview: string[][];
  warnings: string[];
}

export interface RunRequest {
  expression: string;
  targetId: TargetId;
  mapping: ColumnMapping;
}

export type RunOutcome =
  | {
      kind: 'done';
      request: RunRequest;
      report: DryRunReport;
      /** Attributes the expression reads that no column feeds: they are null in every row. */
      unmapped: string[];
    }
  /** The expression has errors; Entra would not accept it, so nothing was evaluated. */
  | { kind: 'invalid'; request: RunRequest; diagnostics: Diagnostic[] };

/**
 * What a progress report counts: `read` bytes of the file, `parse` characters of its text, `run`
 * rows finished, `locate` the row about to be evaluated (see the `locate` command).
 */
export type Phase = 'read' | 'parse' | 'run' | 'locate';

/**
 * Progress comes at least this often while the worker is not stuck in one step, so a silence many
 * times longer means exactly that.
 */
export const PROGRESS_INTERVAL_MS = 250;

/** …and at least every this many rows: a hung row lies within this many rows of the last report. */
export const PROGRESS_ROWS = 1000;

/** Page → worker. */
export type DryRunCommand =
  | { type: 'load'; file: Blob }
  | { type: 'run'; request: RunRequest }
  /**
   * Evaluate rows [from, to) again, reporting each before it starts: after a run went silent,
   * this names the row it hung on without a message per row in normal runs.
   */
  | { type: 'locate'; request: RunRequest; from: number; to: number }
  | { type: 'export'; filter: ProblemFilter };

/** Worker → page. Validated by the client (dryrun-replies.ts). */
export type DryRunReply =
  | { type: 'progress'; phase: Phase; done: number; total: number }
  /** The expression was accepted and rows are being evaluated; `regex`: see uses-regex.ts. */
  | { type: 'evaluating'; regex: boolean }
  | { type: 'loaded'; file: LoadedFile }
  | { type: 'ran'; outcome: RunOutcome }
  /** Every row of a `locate` finished. */
  | { type: 'located' }
  | { type: 'exported'; csv: string; count: number }
  | { type: 'failed'; message: string };
