import { describe, expect, it } from 'vitest';
import { lint } from '@/lib/lint';
import { lossesOf } from '@/lib/ui/linter/losses';
import type { RowResult } from '@/lib/lint';

const row = (label: string, displayName: string, output: string | null): RowResult => ({
  id: label,
  source: 'sample',
  label,
  inputs: { displayName },
  output,
  pass: true,
  violations: [],
});

describe('what an expression loses on the test names', () => {
  it('counts dropped letters, but not accents or case', () => {
    const losses = lossesOf(
      [
        row('a', 'Sales & Marketing', 'alesarketing'),
        row('b', 'Zoë Ångström', 'zoe-angstrom'),
        row('c', 'R&D', 'RD'),
      ],
      'displayName',
    );
    expect(losses.dropped).toEqual([
      { label: 'a', input: 'Sales & Marketing', output: 'alesarketing', letters: 2 },
    ]);
    expect(losses.fallbacks).toEqual([]);
  });

  it('finds different names that give the same result, ignoring case', () => {
    const losses = lossesOf(
      [
        row('a', 'Sales & Marketing', 'SalesMarketing'),
        row('b', 'Sales/Marketing', 'salesmarketing'),
        row('c', 'Finance', 'Finance'),
      ],
      'displayName',
    );
    expect(losses.merged.map((g) => g.map((l) => l.label))).toEqual([['a', 'b']]);
  });

  it('calls a result that keeps no letter of the name a fallback', () => {
    const losses = lossesOf([row('cjk', '财务部', 'group-1a2b3c4d')], 'displayName');
    expect(losses.fallbacks.map((l) => l.label)).toEqual(['cjk']);
    expect(losses.dropped).toEqual([]);
  });

  it('on the corpus, [^a-z] drops capitals that CloudSSO would have accepted', () => {
    const result = lint('Replace([displayName], , "[^a-z]", , "", , )', 'group.displayName', {
      prove: false,
    });
    const losses = lossesOf(result.rows, 'displayName');
    expect(losses.dropped.length).toBeGreaterThan(0);
    expect(losses.dropped.every((l) => l.letters > 0)).toBe(true);
    // Two different names that both lose their capitals can meet.
    expect(losses.dropped.some((l) => /[A-Z]/.test(l.input))).toBe(true);
  });
});
