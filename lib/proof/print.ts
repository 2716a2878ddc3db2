/**
 * Prints a syntax tree back as Entra expression text (canonical spacing, `\\` and `\"` escapes,
 * Replace's empty slots kept). Used by the fix generator when it starts from a tree.
 */

import type { ArgNode } from '../expr';

/** A string literal as Entra reads it: only `"` and `\` need escaping (docs/research/entra-expressions.md#lexical-rules). */
export function quoteLiteral(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The text of a tree, or null when it contains a part that did not parse. */
export function printExpr(node: ArgNode): string | null {
  switch (node.kind) {
    case 'empty':
      return '';
    case 'error':
      return null;
    case 'attr':
      return `[${node.name}]`;
    case 'string':
      return quoteLiteral(node.value);
    case 'number':
      return node.raw;
    case 'keyword':
      return node.name;
    case 'compare': {
      const l = printExpr(node.left);
      const r = printExpr(node.right);
      return l === null || r === null ? null : `${l} ${node.op} ${r}`;
    }
    case 'call': {
      const parts: string[] = [];
      for (const a of node.args) {
        const p = printExpr(a);
        if (p === null) return null;
        parts.push(p);
      }
      // "Replace(x, , "p", , "", , )": an empty slot prints as nothing between its commas.
      return `${node.name}(${parts.join(', ')})`;
    }
  }
}
