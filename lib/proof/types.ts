/**
 * The proof engine's public result types (issue #7). The popup, the side panel and the CLI code
 * against these; fields are only ever added, never renamed.
 */

import type { Span, Severity, Attributes, Output } from '../expr';

/**
 * - `proven-safe`: for EVERY input within Entra's documented attribute bounds, the value satisfies
 *   the target's rule (characters, length, emptiness, nullness, single value).
 * - `unsafe`: an input exists that breaks the rule; `counterexample` holds one, confirmed by the
 *   evaluator.
 * - `unknown`: neither; `reason` and `span` name the part of the expression that defeated the proof.
 */
export type ProofVerdict = 'proven-safe' | 'unsafe' | 'unknown';

/** A broken rule, in the same shape as the linter's output check reports it. */
export interface ProofViolation {
  code: string;
  severity: Severity;
  message: string;
  /** The message's variable parts (see Diagnostic.params). */
  params?: Readonly<Record<string, string | number>>;
}

export interface Counterexample {
  /** The source attributes of one Entra object (missing key = attribute not set). */
  attrs: Attributes;
  /** What the evaluator produced for `attrs`; null = attribute not sent. */
  output: Output;
  /** The first rule the output breaks. */
  violation: ProofViolation;
}

/** How one corpus name comes out before and after the fix. */
export interface FixChange {
  /** The corpus record the name comes from. */
  recordId: string;
  /** The input as an admin reads it, usually the record's displayName (or label when missing). */
  input: string;
  /** `input` is the record's label: the object has no displayName (a UI says so in its words). */
  inputIsLabel?: true;
  /** The original expression's result; null when it sends nothing or fails (`beforeError`). */
  before: Output;
  beforeError?: string;
  /** The fixed expression's result (never an error: the fix is proven). */
  after: Output;
}

export interface ProofFix {
  /** A compliant Entra expression, proven safe by the analysis and confirmed on the corpus. */
  expression: string;
  /**
   * Same, with a short part of objectId appended so names stay unique after normalization
   * (for targets that must be unique). Also proven and confirmed.
   */
  uniqueVariant?: string;
  /** Corpus names whose result differs between the original and the fix. */
  changes: FixChange[];
}

/** What the analysis knows about every value the expression can produce. */
export interface OutputFacts {
  /** Lengths in UTF-16 units of every non-null string value; `max` may be Infinity. */
  minLength: number;
  maxLength: number;
  mayBeNull: boolean;
  mayBeEmpty: boolean;
  mayBeMulti: boolean;
  mayFail: boolean;
  /** Human-readable summary of the characters the value may contain. */
  chars: string;
}

export interface ProofResult {
  verdict: ProofVerdict;
  /** Why the verdict is not `proven-safe` (or a one-line proof summary when it is). */
  reason?: string;
  /** For `unknown`: the sub-expression that defeated the proof. */
  span?: Span;
  counterexample?: Counterexample;
  fix?: ProofFix;
  /** The analysis' bounds on the output (absent when the expression did not parse). */
  facts?: OutputFacts;
}

export interface ProveOptions {
  /** Skip the fix (cheaper, e.g. on every keystroke). Default false. */
  noFix?: boolean;
  /** Skip the counterexample search (analysis only). Default false. */
  noCounterexample?: boolean;
  /**
   * Upper bound on evaluator runs spent searching for a counterexample. Default 400. This is
   * what bounds the search (seeded, so the same input gets the same verdict on any machine).
   */
  searchBudget?: number;
  /**
   * A safety net in milliseconds, default 1500: past it the search stops and an "unknown"
   * verdict says it was cut short. Normal searches end far sooner, by `searchBudget`.
   */
  searchTimeMs?: number;
  /** Fixed "now" for date functions, so results are reproducible. */
  now?: Date;
}
