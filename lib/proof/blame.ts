/**
 * For an "unknown" verdict: which part of the expression defeated the proof. A rule that gave up
 * precision (a function without a precise rule, a pattern that is not a constant...) is named
 * first; otherwise the innermost sub-expression whose value already breaks the obligation.
 */

import type { ExprNode, Span } from '../expr';
import { type Abs, anyString } from './domain';
import type { OpenObligation } from './obligations';

/** Does this value still leave the obligation open? */
function exhibits(v: Abs, o: OpenObligation, maxLength: number): boolean {
  const s = anyString(v);
  switch (o.kind) {
    case 'fails':
      return v.mayFail;
    case 'skips-object':
      return v.mayIgnoreObject === true;
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
  // 1. The outermost place where a rule gave up precision and the problem shows.
  const origins: ExprNode[] = [];
  const walk = (node: ExprNode): void => {
    const v = values.get(node);
    if (v?.imprecise && v.imprecise.span === node.span && exhibits(v, open, limit))
      origins.push(node);
    for (const c of children(node)) walk(c);
  };
  walk(root);
  const origin = origins[0];
  if (origin) {
    const reason = values.get(origin)!.imprecise!.reason;
    return {
      span: origin.span,
      reason: `${capitalize(reason)}, so the analysis cannot rule out that ${open.message}; no input tried shows it either.`,
    };
  }
  // 2. Otherwise the innermost sub-expression (not a literal) whose value already shows it.
  let node = root;
  for (;;) {
    const next = children(node).find((c) => {
      if (c.kind === 'string' || c.kind === 'number') return false;
      const v = values.get(c);
      return v !== undefined && exhibits(v, open, limit);
    });
    if (!next) break;
    node = next;
  }
  return {
    span: node.span,
    reason: `The analysis cannot rule out that ${open.message}, and no input tried shows it; this part is where the doubt starts.`,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
