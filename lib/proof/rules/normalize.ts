/**
 * NormalizeDiacritics through the evaluator's own table (docs/research/entra-expressions.md#normalizediacritics-table): a left-to-right
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
  /** The key's code units, for a quick "can this key occur" test without allocating. */
  keyUnits: number[];
  valueUnits: number[];
}

interface Prepared {
  entries: Entry[];
  /** Single-unit keys that never occur inside a longer key after its first unit: always replaced. */
  alwaysReplaced: CharSet;
  /** Every unit that occurs in some key. */
  keyUnits: CharSet;
}

const unitsOf = (text: string): number[] => Array.from(text, (_, i) => text.charCodeAt(i));

function prepare(table: Iterable<readonly [string, string]>): Prepared {
  const entries: Entry[] = [];
  for (const [key, value] of table) {
    entries.push({ key, value, keyUnits: unitsOf(key), valueUnits: unitsOf(value) });
  }
  const inner = new Set<number>();
  for (const e of entries) for (let i = 1; i < e.key.length; i++) inner.add(e.key.charCodeAt(i));
  const singles = entries.filter((e) => e.key.length === 1).map((e) => e.key.charCodeAt(0));
  return {
    entries,
    alwaysReplaced: CharSet.of(...singles.filter((u) => !inner.has(u))),
    keyUnits: CharSet.of(...entries.flatMap((e) => e.keyUnits)),
  };
}

/** The result shape of NormalizeDiacritics over inputs of shape `s`. */
export function normalizeShape(p: Prepared, s: StrShape): StrShape {
  if (!s.chars.intersects(p.keyUnits)) return s;
  const added: number[] = [];
  let minRatio = 1;
  let maxRatio = 1;
  for (const e of p.entries) {
    if (!e.keyUnits.every((u) => s.chars.has(u))) continue;
    added.push(...e.valueUnits);
    minRatio = Math.min(minRatio, e.value.length / e.key.length);
    maxRatio = Math.max(maxRatio, e.value.length / e.key.length);
  }
  const chars = s.chars.subtract(p.alwaysReplaced).union(CharSet.of(...added));
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
