import { toCsv } from './csv';
import { outputText } from './filter';
import type { ProblemRow } from './types';

/**
 * The problem rows as CSV: the file's own columns, then the value CloudSSO would get, the
 * problem codes and what they mean for the row, so the admin can fix the names in Entra (or
 * filter the spreadsheet by code) and re-import the same file.
 */
export function problemRowsCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  problems: readonly ProblemRow[],
): string {
  const out = problems.map((p) => [
    ...headers.map((_, c) => rows[p.index]?.[c] ?? ''),
    outputText(p.output),
    p.problems.join(' '),
    p.details.join(' | '),
  ]);
  return toCsv([...headers, 'CloudSSO value', 'Problem codes', 'Problems'], out);
}
