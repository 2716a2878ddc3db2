/**
 * For an "unknown" verdict: which part of the expression defeated the proof. A rule that gave up
 * precision (a function without a precise rule, a pattern that is not a constant...) is named
 * first; otherwise the innermost sub-expression whose value already breaks the obligation.
 */

import type { ExprNode, Span } from '../expr/ast';
import { type Abs, anyString } from './domain';
import type { OpenObligation } from './obligations';

/** Does this value still leave the obligation open? */
function exhibits(v: Abs, o: OpenObligation, maxLength: number): boolean {
  const s = anyString(v);
  switch (o.kind) {
    case 'fails':
      return v.mayFail;
    case 'null':
      return v.mayBeNull || v.mayFlow === true;
    case 'multi':
      return v.many !== null;
    case 'empty':
      return s !== null && s.min === 0;
    case 'too-short':
      return s !== null && s.min < maxLength;
    case 'too-long':
      return s !== null && s.max > maxLength;
    case 'charset':
      return s !== null && o.badChars !== undefined && s.chars.intersects(o.badChars);
  }
}

function children(node: ExprNode): ExprNode[] {
  if (node.kind === 'call') return node.args.filter((a): a is ExprNode => a.kind !== 'empty');
  if (node.kind === 'compare') return [node.left, node.right];
  return [];
}

export interface Blame {
  span: Span;
  reason: string;
}

export function blame(
  root: ExprNode,
  values: ReadonlyMap<ExprNode, Abs>,
  open: OpenObligation,
  limit: number,
): Blame {
  const rootValue = values.get(root);
  if (rootValue?.imprecise) {
    return {
      span: rootValue.imprecise.span,
      reason: `${rootValue.imprecise.reason}, so the analysis cannot rule out that ${open.message}.`,
    };
  }
  // Walk down while a child still shows the problem: the innermost one introduces it.
  let node = root;
  for (;;) {
    const next = children(node).find((c) => {
      const v = values.get(c);
      return v !== undefined && exhibits(v, open, limit);
    });
    if (!next) break;
    node = next;
  }
  return {
    span: node.span,
    reason: `The analysis cannot rule out that ${open.message}, and found no input that shows it; this part is where it starts.`,
  };
}
