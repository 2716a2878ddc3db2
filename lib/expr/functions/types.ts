import type { CallNode } from '../ast';
import type { Attributes, Value } from '../values';

/**
 * The function table's entry type. One entry per function serves the checker (arity, argument
 * kinds, placement) and the evaluator (`impl`), so adding a function is one entry.
 */

/** What an argument slot accepts; the checker reports a literal of the wrong kind. */
export type ArgKind =
  | 'any'
  | 'string'
  | 'number'
  | 'boolean'
  /** A .NET regular expression in a string literal (Replace's regexPattern). */
  | 'regex'
  /** A .NET date/time format string (FormatDateTime, DateFromNum...). */
  | 'datetime-format'
  /** A VB interval string: "yyyy", "m", "d", "h", "n", "s"... */
  | 'interval'
  /** A bare keyword such as vbTextCompare or UTF8. */
  | 'keyword';

export interface ParamSpec {
  name: string;
  kind: ArgKind;
  optional?: boolean;
  /** The parameter repeats to the end (Join's sources, Coalesce's sources...). */
  variadic?: boolean;
}

export type ReturnKind = 'string' | 'boolean' | 'number' | 'date' | 'multi' | 'flow' | 'any';

/** Lazy argument: IIF, Switch and Coalesce evaluate only what they need. Null = empty slot. */
export type Thunk = () => Value;

export interface EvalContext {
  attrs: Attributes;
  /** "Now" for Now(), DateDiff... fixed per evaluation so results are reproducible. */
  now: Date;
  /** performance.now()-style deadline; regex work past it aborts with a budget error. */
  deadline: number;
  /** Throws the budget error once the deadline has passed; called between nodes and regex matches. */
  checkBudget: () => void;
  /** Random bytes for Guid and RandomString; injectable so tests are reproducible. */
  randomBytes: (length: number) => Uint8Array;
  /** The tenant's default verified domain for DefaultDomain(); undefined makes it an error. */
  defaultDomain?: string;
  /**
   * Attribute reads that produced null or "" so far. IIF compares it before and after its
   * condition: Entra fails the condition check when an attribute in it has no value (docs/research/entra-expressions.md#conditional-and-null-functions).
   */
  emptyAttributeReads: number;
}

export type Impl = (args: (Thunk | null)[], ctx: EvalContext, call: CallNode) => Value;

export interface FunctionSpec {
  /** Canonical spelling, e.g. "NormalizeDiacritics". */
  name: string;
  /**
   * Documented for app provisioning, only for Entra Cloud Sync, or only listed in the Graph
   * `schema/functions` sample (Prepend, IsNothing, AppRoleAssignments).
   */
  origin: 'app-provisioning' | 'cloud-sync' | 'graph-sample';
  params: ParamSpec[];
  minArgs: number;
  /** Infinity for variadic functions. */
  maxArgs: number;
  returns: ReturnKind;
  /** Must be the whole expression (SelectUniqueValue, IgnoreFlowIfNullOrEmpty...). */
  topLevelOnly?: boolean;
  /** Behaviour the spec marks unconfirmed [U]: the choice made, shown by the linter as a warning. */
  unconfirmed?: string;
  /** One-line summary for hovers and "did you mean". */
  summary: string;
  impl: Impl;
}
