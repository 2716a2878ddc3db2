/**
 * Comparison semantics (docs/research/entra-expressions.md#comparisons): strings compare ordinally and case-sensitively;
 * a number equals its string form (`BitAnd(...)="0"`); `<`, `>`... are numeric when both sides are
 * numeric, ordinal otherwise. Null compares as "".
 */
import type { CompareOp, Span } from '../ast';
import type { Value } from '../values';
import { numericValue, textOf } from './values';

function text(v: Value, span: Span): string {
  return textOf(v, span) ?? '';
}

/** Equality as Switch and `=` use it. */
export function valuesEqual(a: Value, b: Value, span: Span): boolean {
  if (a.type === 'date' && b.type === 'date') return a.value.getTime() === b.value.getTime();
  if (a.type === 'number' || b.type === 'number') {
    const x = numericValue(a);
    const y = numericValue(b);
    if (x !== undefined && y !== undefined) return x === y;
  }
  return text(a, span) === text(b, span);
}

function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareValues(op: CompareOp, a: Value, b: Value, span: Span): boolean {
  if (op === '=') return valuesEqual(a, b, span);
  if (op === '<>') return !valuesEqual(a, b, span);
  let c: number;
  const x = numericValue(a);
  const y = numericValue(b);
  if (x !== undefined && y !== undefined) c = x < y ? -1 : x > y ? 1 : 0;
  else if (a.type === 'date' && b.type === 'date') c = a.value.getTime() - b.value.getTime();
  else c = ordinal(text(a, span), text(b, span));
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}
