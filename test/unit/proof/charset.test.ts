import { describe, expect, it } from 'vitest';
import { CharSet } from '../../../lib/proof/charset';

const set = (text: string): CharSet => CharSet.ofUnits(text);

describe('CharSet', () => {
  it('merges overlapping and adjacent ranges into one canonical form', () => {
    const s = CharSet.fromRanges([
      [0x61, 0x63],
      [0x64, 0x66],
      [0x30, 0x39],
      [0x35, 0x40],
    ]);
    expect(s.ranges()).toEqual([
      [0x30, 0x40],
      [0x61, 0x66],
    ]);
    expect(s.size).toBe(17 + 6);
  });

  it('answers membership at range edges', () => {
    const s = CharSet.fromRanges([
      [10, 20],
      [30, 40],
    ]);
    expect([9, 10, 20, 21, 29, 30, 40, 41].map((v) => s.has(v))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('unions, intersects, subtracts and complements like sets', () => {
    const a = set('abcdef');
    const b = set('defxyz');
    expect(a.union(b).equals(set('abcdefxyz'))).toBe(true);
    expect(a.intersect(b).equals(set('def'))).toBe(true);
    expect(a.subtract(b).equals(set('abc'))).toBe(true);
    expect(a.complement().has('a'.charCodeAt(0))).toBe(false);
    expect(a.complement().has(0xffff)).toBe(true);
    expect(a.complement().complement().equals(a)).toBe(true);
    expect(set('ab').isSubsetOf(a)).toBe(true);
    expect(set('az').isSubsetOf(a)).toBe(false);
  });

  it('keeps a lone surrogate as a member of its own, and maps astral code points to surrogates', () => {
    const emoji = set('😀');
    expect(emoji.ranges()).toEqual([
      [0xd83d, 0xd83d],
      [0xde00, 0xde00],
    ]);
    const astral = CharSet.fromRanges([[0x1f600, 0x1f600]]).toUnits();
    expect(astral.equals(CharSet.SURROGATES)).toBe(true);
  });

  it('samples the first unit of every range first, for counterexample probes', () => {
    expect(set('a😀z').sample(3)).toEqual([0x61, 0x7a, 0xd83d]);
  });

  it('describes sets readably', () => {
    expect(CharSet.ALL_UNITS.describe()).toBe('any character');
    expect(CharSet.EMPTY.describe()).toBe('no characters');
    expect(set('abc.').describe()).toBe('. a-c');
  });
});
