/**
 * "Did you mean" for function and attribute names: case-insensitive edit distance, plus the
 * names admins bring from Excel, SQL, VB or JavaScript for functions Entra calls differently.
 */

/** Other languages' function names → the Entra function that does the job. */
const FOREIGN_NAMES = new Map<string, string>(
  Object.entries({
    concat: 'Join',
    concatenate: 'Join',
    substring: 'Mid',
    substr: 'Mid',
    lower: 'ToLower',
    lcase: 'ToLower',
    tolowercase: 'ToLower',
    upper: 'ToUpper',
    ucase: 'ToUpper',
    touppercase: 'ToUpper',
    if: 'IIF',
    iff: 'IIF',
    isempty: 'IsNullOrEmpty',
    isblank: 'IsNullOrEmpty',
    isnotnull: 'IsPresent',
    nz: 'Coalesce',
    ifnull: 'Coalesce',
    length: 'Len',
    contains: 'InStr',
    indexof: 'InStr',
    regexreplace: 'Replace',
    substitute: 'Replace',
    propercase: 'PCase',
    titlecase: 'PCase',
    proper: 'PCase',
    tostring: 'CStr',
    select: 'Switch',
    case: 'Switch',
    choose: 'Switch',
    removediacritics: 'NormalizeDiacritics',
    unaccent: 'NormalizeDiacritics',
    formatdate: 'FormatDateTime',
    format: 'FormatDateTime',
    newguid: 'Guid',
    uuid: 'Guid',
  }),
);

/** Levenshtein distance, bounded: returns `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest candidate to `name` (case-insensitive), or undefined when none is close. */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const foreign = FOREIGN_NAMES.get(lower);
  if (foreign !== undefined && candidates.includes(foreign)) return foreign;
  // Roughly one typo per four characters, at least one, at most three.
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase(), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
