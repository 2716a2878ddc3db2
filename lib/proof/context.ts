/**
 * What a transfer rule sees: its call, its arguments' abstract values (null for an empty slot)
 * and the analysis context (input bounds, the node-value memo, constant folding).
 */

import type { ArgNode, CallNode, ExprNode } from '../expr';
import type { CharSet } from './charset';
import type { Abs } from './domain';

/** What Entra guarantees about one source attribute. */
export interface AttrBound {
  chars: CharSet;
  /** Min and max length of a present value (UTF-16 units). */
  min: number;
  max: number;
  /** Always present (never null). */
  required: boolean;
  /** May hold several values. */
  multi: boolean;
  /** True when the bound comes from documented data, false for "any string". */
  known: boolean;
}

export interface AnalysisEnv {
  attribute(name: string): AttrBound;
}

export interface Arg {
  node: ArgNode;
  /** Null for an empty slot. */
  value: Abs | null;
}

export interface AnalysisContext {
  env: AnalysisEnv;
  /** Abstract value of every analysed node, for blame and for the fix generator. */
  values: Map<ExprNode, Abs>;
  /** Exact value of an input-independent sub-tree, computed by the evaluator; undefined = cannot. */
  fold?: (node: ExprNode) => Abs | undefined;
  /** Re-analyse a node (rules that refine a repeated sub-expression use it). */
  analyze(node: ExprNode): Abs;
}

export type Rule = (call: CallNode, args: Arg[], ctx: AnalysisContext) => Abs;
