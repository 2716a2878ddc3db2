/**
 * The engine pieces the analysis reads from the evaluator, in one place: NormalizeDiacritics'
 * table (the evaluator's own data, never a copy) and whether a regex pattern can run.
 */

import { DIACRITICS_TABLE } from '../expr';
import type { Rule } from './context';
import { buildRules } from './rules';

/** key → replacement, flattened from the evaluator's output → inputs table. */
export const NORMALIZE_ENTRIES: readonly (readonly [string, string])[] = DIACRITICS_TABLE.flatMap(
  ([output, inputs]) => inputs.map((input) => [input, output] as const),
);

let rules: ReadonlyMap<string, Rule> | null = null;

export function defaultRules(): ReadonlyMap<string, Rule> {
  rules ??= buildRules({ normalizeTable: NORMALIZE_ENTRIES });
  return rules;
}
