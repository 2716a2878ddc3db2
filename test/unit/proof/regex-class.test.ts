/**
 * The Replace rule trusts that a single-class pattern removes exactly its class. These tests run
 * the evaluator on a string holding every BMP code unit and compare what survives with what the
 * analysis predicts, for the class shapes the recipes use.
 */

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../lib/expr';
import { CharSet, MAX_UNIT } from '../../../lib/proof/charset';
import { readSingleAtom } from '../../../lib/proof/regex-class';
import { replace, str } from './ast-builders';

const EVERY_UNIT = Array.from({ length: MAX_UNIT + 1 }, (_, c) => String.fromCharCode(c)).join('');

function survivors(pattern: string): CharSet {
  const r = evaluate(
    replace(str(EVERY_UNIT), undefined, str(pattern), undefined, str('')),
    {},
    {
      budgetMs: 10_000,
    },
  );
  if (!r.ok || typeof r.value !== 'string') throw new Error(`evaluation failed for ${pattern}`);
  return CharSet.ofUnits(r.value);
}

const CLASSES = [
  '[^A-Za-z0-9@._-]',
  '[^a-zA-Z0-9_.-]',
  '\\s+',
  '\\s',
  '[\\p{Cc}\\p{Cf}]',
  '[^\\w]',
  '\\W+',
  '\\d',
  '.',
  '[^\\x00-\\x7F]',
  '[\\t\\r\\n"<>;:%]',
  '[^ -~]+',
  '(?i)[a-z]',
  '[\\uD800-\\uDFFF]',
  '\\p{IsGreek}',
];

describe('single-class patterns', () => {
  for (const pattern of CLASSES) {
    it(`"${pattern}" removes exactly the units the analysis says it does`, () => {
      const atom = readSingleAtom(pattern);
      expect(atom).not.toBeNull();
      expect(atom!.minRep).toBeLessThanOrEqual(1);
      const predicted = atom!.units.complement(MAX_UNIT);
      expect(survivors(pattern).equals(predicted)).toBe(true);
    });
  }

  it('does not read patterns that are more than one class', () => {
    for (const p of ['^ +| +$', '(a)', 'ab', '[a-z]{2,}x', '\\bx', '[']) {
      const atom = readSingleAtom(p);
      expect(atom === null || atom.minRep > 1).toBe(true);
    }
  });

  it('reads quantifiers', () => {
    expect(readSingleAtom('[^a-z]{2,}')).toMatchObject({ minRep: 2, maxRep: Infinity });
    expect(readSingleAtom('x*?')).toMatchObject({ minRep: 0, lazy: true });
  });
});
