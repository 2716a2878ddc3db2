import type { Severity, Attributes, Output } from '../expr';

/** What checking one source object gave: the value Entra would send and what is wrong with it. */
export interface RowOutcome {
  /** null: Entra would not send the attribute. */
  output: Output;
  /** The expression could not be evaluated for this object. */
  error?: { code: string; message: string };
  /** Target rule findings for `output`; only error-severity ones make the row fail. */
  violations: { code: string; severity: Severity; message: string }[];
}

/** Evaluates the chosen expression for one object and checks the result against the target. */
export type EvaluateRow = (attrs: Attributes) => RowOutcome;

/** Problem codes the dry-run adds to the engine's own (eval.*, target.*). */
export const PROBLEM = {
  /** The value is null, "" or has no values: nothing usable reaches CloudSSO. */
  empty: 'dryrun.empty',
  /** Another object gets the same CloudSSO name, letter for letter. */
  collision: 'dryrun.collision',
  /** Another object gets the same CloudSSO name apart from upper/lower case. */
  collisionCase: 'dryrun.collision-case',
} as const;

/** One source row with at least one problem. */
export interface ProblemRow {
  /** 0-based index into the parsed data rows. */
  index: number;
  /** The object's id (objectId column) when mapped, for the admin to find it in Entra. */
  id: string | null;
  /** Values of the attributes the expression reads, as the CSV had them. */
  inputs: Record<string, string>;
  output: Output;
  /** Problem codes, e.g. "target.charset", "eval.budget-exceeded", "dryrun.collision". */
  problems: string[];
  /** What each problem means for this row, in the same order as `problems`. */
  details: string[];
}

export interface ReasonCount {
  code: string;
  /** error: the row fails; warning: the row goes through but deserves a look. */
  severity: Severity;
  /** The first message seen for this code, in the admin's words. */
  message: string;
  /** Rows with this problem. */
  count: number;
}

export interface CollisionMember {
  index: number;
  id: string | null;
  /** The name this row produces, as written (case kept). */
  name: string;
}

/** Rows whose CloudSSO names are equal ignoring case; `exact` when two are equal letter for letter. */
export interface CollisionGroup {
  key: string;
  exact: boolean;
  members: CollisionMember[];
}

export interface DryRunReport {
  total: number;
  /** Rows with no problem at all. */
  passed: number;
  /** Rows whose value breaks the target's rules (error severity) or cannot be evaluated. */
  failed: number;
  /** Rows whose value is empty or not sent. */
  empty: number;
  /** Rows the expression could not evaluate (a subset of `failed`). */
  errors: number;
  /** Rows sharing a name with another row (ignoring case). */
  collisionRows: number;
  /** Whether the target's names must be unique, i.e. whether collisions were looked for. */
  uniqueTarget: boolean;
  reasons: ReasonCount[];
  collisions: CollisionGroup[];
  problemRows: ProblemRow[];
}
