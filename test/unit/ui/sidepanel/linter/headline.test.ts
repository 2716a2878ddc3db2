import { describe, expect, it } from 'vitest';
import type { DryRunReport } from '@/lib/dryrun';
import { notAsIntended } from '@/lib/ui/sidepanel/linter/headline';

const report = (rows: string[][]): DryRunReport => ({
  total: 10,
  passed: 10 - rows.length,
  failed: 0,
  empty: 0,
  errors: 0,
  collisionRows: 0,
  uniqueTarget: true,
  reasons: [
    { code: 'target.charset', severity: 'error', message: '', count: 0 },
    { code: 'target.invisible-chars', severity: 'warning', message: '', count: 0 },
    { code: 'dryrun.collision', severity: 'warning', message: '', count: 0 },
    { code: 'dryrun.empty', severity: 'warning', message: '', count: 0 },
  ],
  collisions: [],
  problemRows: rows.map((problems, index) => ({
    index,
    id: null,
    inputs: {},
    output: 'x',
    problems,
    details: problems,
  })),
});

describe('the dry-run headline', () => {
  it('counts every row that will not provision as intended once, collisions included', () => {
    expect(
      notAsIntended(
        report([
          ['target.charset'],
          ['target.charset', 'dryrun.collision'],
          ['dryrun.collision'],
          ['dryrun.empty'],
          ['target.invisible-chars'],
        ]),
      ),
    ).toBe(4);
  });
});
