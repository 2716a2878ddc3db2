import type { MappingRow } from './types';

/** A string constant as Entra writes it: double quotes, `\` escaping `"` and `\`. */
export function quoteConstant(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The expression a row amounts to: a Direct mapping is `[source]`, a Constant its quoted value,
 * an Expression its own text. The proof then treats every row the same way.
 */
export function rowExpression(row: Pick<MappingRow, 'kind' | 'source'>): string {
  if (row.kind === 'direct') return `[${row.source}]`;
  if (row.kind === 'constant') return quoteConstant(row.source);
  return row.source;
}

/** True when the row sends objectId as it is (Direct, or the expression `[objectId]`). */
export function isFromObjectId(row: Pick<MappingRow, 'kind' | 'source'>): boolean {
  return rowExpression(row).trim() === '[objectId]';
}
