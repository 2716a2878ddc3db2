/** Hand-built expression trees for the proof tests (spans are dummies, except where noted). */

import type { ArgNode, CallNode, ExprNode } from '../../../lib/expr';

const span = { start: 0, end: 0 };

export function call(name: string, ...args: ArgNode[]): CallNode {
  return { kind: 'call', name, nameSpan: span, args, span };
}

export function attr(name: string): ExprNode {
  return { kind: 'attr', name, span };
}

export function str(value: string): ExprNode {
  return { kind: 'string', value, raw: JSON.stringify(value), span };
}

export function num(value: number): ExprNode {
  return { kind: 'number', value, raw: String(value), span };
}

export const _: ArgNode = { kind: 'empty', span };

/** Replace with its seven slots, `undefined` = empty slot. */
export function replace(
  source: ExprNode,
  oldValue?: ExprNode,
  pattern?: ExprNode,
  group?: ExprNode,
  replacement?: ExprNode,
  replacementAttr?: ExprNode,
  template?: ExprNode,
): CallNode {
  const slot = (n: ExprNode | undefined): ArgNode => n ?? _;
  return call(
    'Replace',
    source,
    slot(oldValue),
    slot(pattern),
    slot(group),
    slot(replacement),
    slot(replacementAttr),
    slot(template),
  );
}
