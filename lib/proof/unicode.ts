/**
 * Unicode facts the rules need, computed once from the JavaScript engine's own tables (the same
 * tables the evaluator's translated regexes and case mapping use), lazily and cached.
 */

import { CharSet, MAX_UNIT } from './charset';

const propertyCache = new Map<string, CharSet | null>();

/** Runs of consecutive BMP code units (lone surrogates included) that satisfy `test`. */
function scanBmp(test: (unit: string) => boolean): CharSet {
  const ranges: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= MAX_UNIT + 1; c++) {
    const inside = c <= MAX_UNIT && test(String.fromCharCode(c));
    if (inside && start < 0) start = c;
    if (!inside && start >= 0) {
      ranges.push([start, c - 1]);
      start = -1;
    }
  }
  return CharSet.fromRanges(ranges);
}

/**
 * BMP members (as code points, lone surrogates included) of a Unicode property such as `L`,
 * `Nd`, `Cc`; null when JavaScript does not know the name (e.g. .NET block names `IsGreek`).
 */
export function propertyBmp(name: string): CharSet | null {
  if (propertyCache.has(name)) return propertyCache.get(name)!;
  let result: CharSet | null;
  try {
    const re = new RegExp(`^\\p{${name}}$`, 'u');
    result = scanBmp((u) => re.test(u));
  } catch {
    result = null;
  }
  propertyCache.set(name, result);
  return result;
}

/** Image of a unit set under a unit-to-unit map (units not in the map stay themselves). */
export function mapUnits(set: CharSet, map: ReadonlyMap<number, number>): CharSet {
  const from: number[] = [];
  const to: number[] = [];
  for (const [a, b] of map) {
    if (set.has(a)) {
      from.push(a);
      to.push(b);
    }
  }
  return from.length === 0 ? set : set.subtract(CharSet.of(...from)).union(CharSet.of(...to));
}
