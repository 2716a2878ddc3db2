import { describe, expect, it } from 'vitest';
import { PROBLEM, runDryRun, type EvaluateRow, type RowOutcome } from '@/lib/dryrun';

/**
 * Test stand-in for the engine: keeps ASCII letters and digits of displayName, fails a value
 * longer than 8 characters, throws an evaluation error for the name "boom". The real engine is
 * exercised by the worker tests; here only the dry-run's bookkeeping is under test.
 */
const sanitize: EvaluateRow = (attrs): RowOutcome => {
  const name = attrs.displayName;
  if (name === 'boom')
    return { output: null, error: { code: 'eval.test', message: 'boom' }, violations: [] };
  if (typeof name !== 'string')
    return {
      output: null,
      violations: [{ code: 'target.null', severity: 'error', message: 'null' }],
    };
  const output = name.replace(/[^A-Za-z0-9]/g, '');
  const violations: RowOutcome['violations'] = [];
  if (output === '') violations.push({ code: 'target.empty', severity: 'error', message: 'empty' });
  if (output.length > 8)
    violations.push({ code: 'target.too-long', severity: 'error', message: 'long' });
  return { output, violations };
};

const MAPPING = ['objectId', 'displayName'];

function run(rows: string[][], uniqueTarget = true) {
  return runDryRun({
    rows,
    mapping: MAPPING,
    evaluateRow: sanitize,
    uniqueTarget,
    referenced: ['displayName'],
  });
}

describe('runDryRun', () => {
  it('counts passes, failures by reason, empties and evaluation errors', () => {
    const report = run([
      ['a', 'Ada'],
      ['b', 'Bartholomew'],
      ['c', '王小明'],
      ['d', ''],
      ['e', 'boom'],
      ['f', 'Eve'],
    ]);
    expect(report).toMatchObject({
      total: 6,
      passed: 2,
      failed: 4,
      empty: 2,
      errors: 1,
      collisionRows: 0,
    });
    const counts = Object.fromEntries(report.reasons.map((r) => [r.code, r.count]));
    expect(counts).toEqual({
      'target.too-long': 1,
      'target.empty': 1,
      'target.null': 1,
      [PROBLEM.empty]: 2,
      'eval.test': 1,
    });
    expect(report.problemRows.map((r) => r.index)).toEqual([1, 2, 3, 4]);
    expect(report.problemRows[1]).toEqual({
      index: 2,
      id: 'c',
      inputs: { displayName: '王小明' },
      output: '',
      problems: [PROBLEM.empty, 'target.empty'],
      details: [expect.any(String), 'empty'],
    });
    // An empty cell reads as "no value": the attribute is null, not "".
    expect(report.problemRows[2]!.problems).toContain('target.null');
  });

  it('finds names two different objects share, exactly and ignoring case', () => {
    const report = run([
      ['1', 'Zo-Ang'],
      ['2', 'Zo Ang'],
      ['3', 'zoang'],
      ['4', 'Bob'],
      ['5', 'B.o.b'],
      ['6', 'Carl'],
    ]);
    expect(report.collisionRows).toBe(5);
    expect(report.collisions).toEqual([
      {
        key: 'zoang',
        exact: true,
        members: [
          { index: 0, id: '1', name: 'ZoAng' },
          { index: 1, id: '2', name: 'ZoAng' },
          { index: 2, id: '3', name: 'zoang' },
        ],
      },
      {
        key: 'bob',
        exact: true,
        members: [
          { index: 3, id: '4', name: 'Bob' },
          { index: 4, id: '5', name: 'Bob' },
        ],
      },
    ]);
    const byIndex = new Map(report.problemRows.map((r) => [r.index, r.problems]));
    expect(byIndex.get(0)).toEqual([PROBLEM.collision]);
    expect(byIndex.get(2)).toEqual([PROBLEM.collisionCase]);
    expect(byIndex.has(5)).toBe(false);
    expect(report.passed).toBe(1);
  });

  it('does not call the same object listed twice a collision, nor look when names need not be unique', () => {
    expect(
      run([
        ['1', 'Ada'],
        ['1', 'Ada'],
      ]).collisions,
    ).toEqual([]);
    const notUnique = run(
      [
        ['1', 'Ada'],
        ['2', 'Ada'],
      ],
      false,
    );
    expect(notUnique.collisions).toEqual([]);
    expect(notUnique.passed).toBe(2);
  });

  it('leaves rejected names out of collisions: they never reach CloudSSO', () => {
    expect(
      run([
        ['1', 'Bartholomew'],
        ['2', 'Bartholomew'],
      ]).collisions,
    ).toEqual([]);
  });

  it('uses the row number as identity when no objectId column is mapped', () => {
    const report = runDryRun({
      rows: [
        ['x', 'Ada'],
        ['x', 'Ada'],
      ],
      mapping: [null, 'displayName'],
      evaluateRow: sanitize,
      uniqueTarget: true,
      referenced: ['displayName'],
    });
    expect(report.collisions[0]!.members.map((m) => m.id)).toEqual([null, null]);
    expect(report.collisionRows).toBe(2);
  });

  it('reports progress as it goes and ends at the total', () => {
    const rows = Array.from({ length: 25 }, (_, i) => [String(i), `N${i}`]);
    const seen: number[] = [];
    runDryRun({
      rows,
      mapping: MAPPING,
      evaluateRow: sanitize,
      uniqueTarget: true,
      referenced: [],
      progressEvery: 10,
      onProgress: (done, total) => {
        expect(total).toBe(25);
        seen.push(done);
      },
    });
    expect(seen).toEqual([0, 10, 20, 25]);
  });

  it('reports progress by time too, so a slow but moving run is never silent for long', () => {
    // A fake clock: each row takes 90 ms, far fewer rows than `progressEvery` in any second.
    let now = 0;
    const slow: EvaluateRow = (attrs) => {
      now += 90;
      return sanitize(attrs);
    };
    const rows = Array.from({ length: 40 }, (_, i) => [String(i), `N${i}`]);
    const seen: { done: number; at: number }[] = [];
    runDryRun({
      rows,
      mapping: MAPPING,
      evaluateRow: slow,
      uniqueTarget: true,
      referenced: [],
      progressEvery: 1000,
      progressIntervalMs: 250,
      clock: () => now,
      onProgress: (done) => seen.push({ done, at: now }),
    });
    expect(seen.at(-1)).toEqual({ done: 40, at: 40 * 90 });
    // Never more than the interval plus one row between two reports.
    const gaps = seen.slice(1).map((s, i) => s.at - seen[i]!.at);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(250 + 90);
    // Each report counts the rows finished: the next row is the one being evaluated.
    expect(seen.slice(0, 4).map((s) => s.done)).toEqual([0, 3, 6, 9]);
  });

  it('stays linear when every row gets the same name', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [String(i), 'Same']);
    const report = run(rows);
    expect(report.collisions).toHaveLength(1);
    expect(report.collisionRows).toBe(20_000);
  });
});

describe('columns named like Object’s own members (#11)', () => {
  it('are attributes like any other: never the prototype, never Object’s functions', async () => {
    const { attributesOf } = await import('@/lib/dryrun/run');
    const { guessMapping } = await import('@/lib/dryrun/columns');
    // A header is mapped by its own aliases only ("constructor" is no alias of anything).
    expect(guessMapping(['constructor', 'toString', 'displayName'])).toEqual([
      'constructor',
      'toString',
      'displayName',
    ]);
    // Mapped by hand, even a column named __proto__ is an attribute.
    const attrs = attributesOf(['p', '', 'Sales'], ['__proto__', 'constructor', 'displayName']);
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(Object.entries(attrs)).toEqual([
      ['__proto__', 'p'],
      ['constructor', null],
      ['displayName', 'Sales'],
    ]);
    expect(structuredClone(attrs)).toEqual(attrs);
  });
});
