/**
 * Case mapping of character sets through the evaluator's own .NET emulation
 * (lib/expr/eval/casing.ts): each BMP unit is mapped once, lazily, by the very function the
 * evaluator runs, so the image of a set is exact. The mapping is 1:1 per character; an astral
 * letter maps to another astral letter, so any surrogate may appear where one was.
 */

import { toLowerDotNet, toUpperDotNet } from '../expr';
import { CharSet, MAX_UNIT } from './charset';
import { mapUnits } from './unicode';

export type CaseCulture = 'invariant' | 'turkic' | 'any';

const tables = new Map<string, Map<number, number>>();
/** Units whose mapping is not one unit (none today): their image is taken as "anything". */
const irregular = new Set<number>();

function table(direction: 'lower' | 'upper', culture: 'invariant' | 'turkic'): Map<number, number> {
  const key = `${direction}:${culture}`;
  let t = tables.get(key);
  if (t) return t;
  t = new Map();
  const fn = direction === 'lower' ? toLowerDotNet : toUpperDotNet;
  const name = culture === 'turkic' ? 'tr-TR' : undefined;
  for (let c = 0; c <= MAX_UNIT; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const mapped = fn(ch, name);
    if (mapped !== ch) {
      // The evaluator keeps lengths; should that ever change, stay sound rather than exact.
      if (mapped.length !== 1) irregular.add(c);
      else t.set(c, mapped.charCodeAt(0));
    }
  }
  tables.set(key, t);
  return t;
}

/** The units `chars` can become under ToLower/ToUpper with the given culture. */
export function caseImage(
  chars: CharSet,
  direction: 'lower' | 'upper',
  culture: CaseCulture,
): CharSet {
  let out =
    culture === 'any'
      ? mapUnits(chars, table(direction, 'invariant')).union(
          mapUnits(chars, table(direction, 'turkic')),
        )
      : mapUnits(chars, table(direction, culture));
  if (chars.intersects(CharSet.SURROGATES)) out = out.union(CharSet.SURROGATES);
  for (const c of irregular) if (chars.has(c)) return CharSet.ALL_UNITS;
  return out;
}
