/** The linter's result types: what `lint()` returns and the proof upgrade refines. */

import type { Diagnostic, Attributes, Output } from '../expr';
import type { Violation } from '../targets/check-output';
import type { CorpusRecord } from '../targets/corpus';
import type { TargetId } from '../targets/targets';
import type { FixChange, ProofResult } from '../proof/types';

export type Verdict = 'proven-safe' | 'unsafe' | 'unknown';

/** An object the admin typed in or pasted, evaluated beside the corpus. */
export interface LintSample {
  label?: string;
  attrs: Attributes;
}

export interface LintOptions {
  /** The admin's own objects, evaluated after the corpus. */
  samples?: readonly LintSample[];
  /** Replace the built-in corpus (false: samples only). */
  corpus?: readonly CorpusRecord[] | false;
  context?: 'scim-app' | 'cloud-sync';
  now?: Date;
  /** Per-row evaluation budget, passed to the evaluator. */
  budgetMs?: number;
  /** Run the proof engine (default true): proven-safe verdict, counterexample beyond the corpus, fix. */
  prove?: boolean;
  /** Called before each row is evaluated: lets a supervisor name the row that hangs. */
  onRowStart?: (
    index: number,
    row: { id: string; source: 'corpus' | 'sample'; label: string; inputs: Attributes },
  ) => void;
}

export interface RowResult {
  id: string;
  source: 'corpus' | 'sample';
  label: string;
  /** The input attributes the expression reads (all of them if it reads none). */
  inputs: Attributes;
  /** What Entra would send; absent when the evaluation failed. */
  output?: Output;
  error?: { code: string; message: string };
  /** No error-severity violation and no evaluation error. */
  pass: boolean;
  violations: Violation[];
}

/** A concrete object that breaks the rule (here: the first failing row). */
export interface Counterexample {
  rowId: string;
  label: string;
  attrs: Attributes;
  output?: Output;
  reasons: string[];
  /** The broken rule, when the counterexample was found by the proof rather than a row. */
  violation?: Violation;
}

/** A corrected expression (filled by a later issue's proof engine). */
export interface LintFix {
  expression: string;
  title: string;
  /** Same, keeping names unique with a short part of objectId (lib/proof). */
  uniqueVariant?: string;
  /** How the corpus names change between the original and the fix. */
  changes?: FixChange[];
}

export interface LintResult {
  targetId: TargetId;
  /** Static diagnostics first (sorted by position), then `target.*`/`eval.*` per row. */
  diagnostics: Diagnostic[];
  verdict: Verdict;
  /** One or two sentences saying why the verdict is what it is. */
  explanation: string;
  rows: RowResult[];
  counterexample?: Counterexample;
  fix?: LintFix;
  /** The proof engine's full answer (lib/proof), when it ran. */
  proof?: ProofResult;
}
