import { toCsv } from './csv';
import { outputText } from './filter';
import type { ProblemRow } from './types';

/**
 * Excel opens a CSV without a byte order mark in the system's ANSI code page, which turns Chinese
 * names into mojibake; Entra's own "Download users" files start with one for the same reason.
 */
const BOM = '\uFEFF';

/**
 * The problem rows as CSV, for a spreadsheet: the file's own columns, then the value CloudSSO
 * would get, the problem codes and what they mean for the row, so the admin can find and fix each
 * object in Entra (or filter by code). It is a report to read, not a file to import back: cells a
 * spreadsheet would run as a formula come out with a leading apostrophe (see `toCsv`).
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
  return BOM + toCsv([...headers, 'CloudSSO value', 'Problem codes', 'Problems'], out);
}
