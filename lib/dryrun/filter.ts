import type { Output } from '../expr';
import type { ProblemRow } from './types';

/** Which problem rows the admin wants to see or export. */
export interface ProblemFilter {
  /** A problem code, or "all". */
  code: string;
  /** Text searched in the row's id, inputs and output, ignoring case; "" matches every row. */
  text: string;
}

export const ALL_PROBLEMS: ProblemFilter = { code: 'all', text: '' };

export function matchesFilter(row: ProblemRow, filter: ProblemFilter): boolean {
  if (filter.code !== 'all' && !row.problems.includes(filter.code)) return false;
  const needle = filter.text.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [row.id ?? '', ...Object.values(row.inputs), outputText(row.output)];
  return haystack.some((v) => v.toLowerCase().includes(needle));
}

export function filterProblems(rows: readonly ProblemRow[], filter: ProblemFilter): ProblemRow[] {
  return rows.filter((row) => matchesFilter(row, filter));
}

/** How an output reads in a table or a CSV cell: several values joined with "; ". */
export function outputText(output: Output): string {
  if (output === null) return '';
  return Array.isArray(output) ? output.join('; ') : output;
}
