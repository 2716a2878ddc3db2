import { toCsv } from './csv';
import { outputText } from './filter';
import type { ProblemRow } from './types';

/**
 * The problem rows as CSV: the file's own columns, then the value CloudSSO would get and the
 * problem codes, so the admin can fix the names in Entra and re-import the same file.
 */
export function problemRowsCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  problems: readonly ProblemRow[],
  describe: (code: string) => string,
): string {
  const out = problems.map((p) => [
    ...headers.map((_, c) => rows[p.index]?.[c] ?? ''),
    outputText(p.output),
    p.problems.map(describe).join(' | '),
  ]);
  return toCsv([...headers, 'CloudSSO value', 'Problems'], out);
}
