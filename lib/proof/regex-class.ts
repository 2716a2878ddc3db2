/**
 * Reads the one regex shape whose effect the analysis can state exactly: a single character
 * class, escape or literal, optionally quantified (`[^A-Za-z0-9_.-]`, `\\s+`, `[\\p{Cc}\\p{Cf}]*`).
 * `Replace(x, , P, , R, , )` with such a P replaces EVERY unit of the class, so what survives is
 * known. Anything else (alternation, groups, anchors, lookarounds) returns null and the Replace
 * rule falls back to "units of the input plus those of the replacement".
 *
 * The pattern is read with the evaluator's own .NET parser (lib/expr/regex): its classes are
 * exact sets of UTF-16 code units with .NET's definitions and inline options applied, and the
 * translated regex matches code units (no `u` flag), exactly like .NET. So the set read here is
 * the set the evaluator removes, by construction.
 */

import { translateRegex, parseRegex } from '../expr';
import type { RegexNode } from '../expr';
import { CharSet } from './charset';

export interface SingleAtomPattern {
  /** The code units one repetition matches. */
  units: CharSet;
  /** Quantifier bounds; `{1,1}` when there is none. */
  minRep: number;
  maxRep: number;
  lazy: boolean;
}

function toCharSet(flat: readonly number[]): CharSet {
  const ranges: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) ranges.push([flat[i]!, flat[i + 1]!]);
  return CharSet.fromRanges(ranges);
}

/** Whether the evaluator runs this pattern (no syntax error, nothing it cannot emulate). */
export function canRunPattern(pattern: string): boolean {
  return translateRegex(pattern).ok;
}

/** The pattern as one quantified class, or null when it is anything more complex. */
export function readSingleAtom(pattern: string): SingleAtomPattern | null {
  if (!canRunPattern(pattern)) return null;
  const parsed = parseRegex(pattern);
  if (parsed.alt.length !== 1 || parsed.alt[0]!.length !== 1) return null;
  const node: RegexNode = parsed.alt[0]![0]!;
  if (node.type === 'set') return { units: toCharSet(node.set), minRep: 1, maxRep: 1, lazy: false };
  if (node.type === 'quant' && node.body.type === 'set') {
    return {
      units: toCharSet(node.body.set),
      minRep: node.min,
      maxRep: node.max,
      lazy: node.lazy,
    };
  }
  return null;
}
