import { describe, expect, it } from 'vitest';
import { stallText } from '@/lib/ui/sidepanel/linter/trouble';

describe('what the side panel says when the dry-run goes silent', () => {
  it('counts reading in percent of the file, not in rows', () => {
    expect(stallText({ phase: 'parse', done: 45_000, total: 90_000, regex: true }, 8000)).toBe(
      'Reading the file stopped: nothing happened for 8 s after 50% of it was parsed.',
    );
    expect(stallText({ phase: 'read', done: 1, total: 4, regex: false }, 8000)).toMatch(
      /^Reading the file stopped: nothing happened for 8 s after 25% of it was read\./,
    );
  });

  it('names the spreadsheet row a run hung on, and blames a regular expression only if one ran', () => {
    // Index 5,432 is spreadsheet row 5,434: the header is row 1.
    const found = { phase: 'run' as const, done: 5000, total: 9000, row: 5432 };
    expect(stallText({ ...found, regex: true }, 8000)).toBe(
      'The dry-run stopped: row 5,434 of the file took longer than 8 s. A regular expression in a Replace probably backtracks catastrophically on this value (nested quantifiers such as (a+)+); simplify the pattern.',
    );
    expect(stallText({ ...found, regex: false }, 8000)).toBe(
      'The dry-run stopped: row 5,434 of the file took longer than 8 s.',
    );
    expect(stallText({ phase: 'run', done: 5000, total: 9000, regex: false }, 8000)).toBe(
      'The dry-run stopped: nothing happened for 8 s, at row 5,002 of the file or a little after it.',
    );
  });
});
