/**
 * Structural equality of two sub-expressions (spans ignored). Entra has no variables, so a
 * sanitizing expression is written twice (Switch(x, x, "", fallback)); the analysis may use what
 * the first copy's test says about the second only when both always evaluate to the same value.
 */

import type { ArgNode } from '../expr';

/** Functions whose two calls can differ: never "the same" value. */
const NON_DETERMINISTIC = new Set(['guid', 'now', 'randomstring']);

export function sameExpr(a: ArgNode, b: ArgNode): boolean {
  switch (a.kind) {
    case 'empty':
      return b.kind === 'empty';
    case 'error':
      return false;
    case 'attr':
      return b.kind === 'attr' && a.name === b.name;
    case 'string':
      return b.kind === 'string' && a.value === b.value;
    case 'number':
      return b.kind === 'number' && a.value === b.value && a.raw === b.raw;
    case 'keyword':
      return b.kind === 'keyword' && a.name === b.name;
    case 'compare':
      return (
        b.kind === 'compare' &&
        a.op === b.op &&
        sameExpr(a.left, b.left) &&
        sameExpr(a.right, b.right)
      );
    case 'call':
      return (
        b.kind === 'call' &&
        a.name.toLowerCase() === b.name.toLowerCase() &&
        !NON_DETERMINISTIC.has(a.name.toLowerCase()) &&
        a.args.length === b.args.length &&
        a.args.every((x, i) => sameExpr(x, b.args[i]!))
      );
  }
}
