import type { ColumnMapping, DryRunReport, ProblemFilter } from '../dryrun';
import type { Diagnostic } from '../expr/diagnostics';
import type { TargetId } from '../lint/targets';

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

export type Phase = 'read' | 'parse' | 'run';

/** Page → worker. */
export type DryRunCommand =
  | { type: 'load'; file: Blob }
  | { type: 'run'; request: RunRequest }
  | { type: 'export'; filter: ProblemFilter };

/** Worker → page. */
export type DryRunReply =
  | { type: 'progress'; phase: Phase; done: number; total: number }
  | { type: 'loaded'; file: LoadedFile }
  | { type: 'ran'; outcome: RunOutcome }
  | { type: 'exported'; csv: string; count: number }
  | { type: 'failed'; message: string };
