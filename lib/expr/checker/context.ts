import type { CallNode, ExprNode } from '../ast';
import type { Diagnostic } from '../diagnostics';
import type { FunctionSpec, ParamSpec } from '../functions/types';
import type { Catalog } from './catalog';

/**
 * Where the expression will run. The product maps Entra users to CloudSSO through a SCIM
 * gallery/non-gallery app ('scim-app'); 'hr-inbound' is Workday/SuccessFactors/API-driven
 * provisioning to AD; 'cloud-sync' is Entra Cloud Sync.
 */
export type CheckContext = 'scim-app' | 'cloud-sync' | 'hr-inbound';

export interface CheckOptions {
  /** Defaults to 'scim-app'. */
  context?: CheckContext;
  /** The function table to check against; defaults to the engine's own. */
  functions?: readonly FunctionSpec[];
}

/** One node as a rule sees it: the node plus where it sits. */
export interface Visit {
  node: ExprNode;
  /** The call whose argument this node is (or is an operand of); null at the top. */
  parent: CallNode | null;
  /** Position in `parent.args`; -1 at the top. */
  argIndex: number;
  /** The spec of `parent`, when the function is known. */
  parentSpec: FunctionSpec | undefined;
  /** The parameter this node fills, when known; undefined for comparison operands. */
  param: ParamSpec | undefined;
  /**
   * True for the left/right operand of a comparison, and for a value the parser kept inside an
   * ErrorNode (around `&`, `AND`...): the node is part of the slot's value, not the value itself.
   */
  inComparison: boolean;
  /** Every enclosing call, outermost first. */
  ancestors: readonly CallNode[];
}

export interface RuleContext {
  source: string;
  root: ExprNode;
  context: CheckContext;
  catalog: Catalog;
  report: (d: Diagnostic) => void;
  /** True the first time it is called with `key` during one check: for once-per-expression findings. */
  once: (key: string) => boolean;
}

/** A rule looks at one node at a time and reports what it finds. */
export type Rule = (visit: Visit, ctx: RuleContext) => void;

/** The source text of a node, for messages and rewrites. */
export function textOf(ctx: RuleContext, node: { span: { start: number; end: number } }): string {
  return ctx.source.slice(node.span.start, node.span.end);
}

/** "Mid's start", "Join's argument 3": how to name a slot in a message. */
/** The slot as message parameters: the function and the parameter's name (else "#n"). */
export function slotParams(visit: Visit): { fn: string; slot: string } {
  const fn = visit.parentSpec?.name ?? visit.parent?.name ?? '?';
  return { fn, slot: visit.param ? visit.param.name : `#${visit.argIndex + 1}` };
}

export function slotName(visit: Visit): string {
  const fn = visit.parentSpec?.name ?? visit.parent?.name ?? 'the function';
  return visit.param ? `${fn}'s ${visit.param.name}` : `${fn}'s argument ${visit.argIndex + 1}`;
}
