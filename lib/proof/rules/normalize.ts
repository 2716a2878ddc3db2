/**
 * NormalizeDiacritics through the evaluator's own table (entra-expressions.md §6): a left-to-right
 * longest-match replacement of the listed keys; everything else passes through. The rule reads
 * the table, never a copy of it, so the proof and the evaluator cannot drift apart.
 */

import { CharSet } from '../charset';
import type { Rule } from '../context';
import type { StrShape } from '../domain';
import { MAP_TEXT, perStringRule } from './per-string';
import { shape } from './helpers';

interface Entry {
  key: string;
  value: string;
  keyUnits: CharSet;
  valueUnits: CharSet;
}

interface Prepared {
  entries: Entry[];
  /** Single-unit keys that never occur inside a longer key after its first unit: always replaced. */
  alwaysReplaced: CharSet;
  /** Every unit that occurs in some key. */
  keyUnits: CharSet;
}

function prepare(table: Iterable<readonly [string, string]>): Prepared {
  const entries: Entry[] = [];
  for (const [key, value] of table) {
    entries.push({
      key,
      value,
      keyUnits: CharSet.ofUnits(key),
      valueUnits: CharSet.ofUnits(value),
    });
  }
  const inner = new Set<number>();
  for (const e of entries) for (let i = 1; i < e.key.length; i++) inner.add(e.key.charCodeAt(i));
  const singles = entries.filter((e) => e.key.length === 1).map((e) => e.key.charCodeAt(0));
  return {
    entries,
    alwaysReplaced: CharSet.of(...singles.filter((u) => !inner.has(u))),
    keyUnits: entries.reduce((acc, e) => acc.union(e.keyUnits), CharSet.EMPTY),
  };
}

/** The result shape of NormalizeDiacritics over inputs of shape `s`. */
export function normalizeShape(p: Prepared, s: StrShape): StrShape {
  if (!s.chars.intersects(p.keyUnits)) return s;
  let chars = s.chars.subtract(p.alwaysReplaced);
  let minRatio = 1;
  let maxRatio = 1;
  for (const e of p.entries) {
    if (!e.keyUnits.isSubsetOf(s.chars)) continue;
    chars = chars.union(e.valueUnits);
    minRatio = Math.min(minRatio, e.value.length / e.key.length);
    maxRatio = Math.max(maxRatio, e.value.length / e.key.length);
  }
  const min = Math.ceil(s.min * minRatio - 1e-9);
  const max = s.max === Infinity ? Infinity : Math.floor(s.max * maxRatio + 1e-9);
  return shape(chars, min, max);
}

export function normalizeRule(table: Iterable<readonly [string, string]>): Rule {
  let prepared: Prepared | null = null;
  return perStringRule(MAP_TEXT, (s) => {
    prepared ??= prepare(table);
    return normalizeShape(prepared, s);
  });
}
