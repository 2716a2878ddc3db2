import { describe, expect, it } from 'vitest';
import { lineColumn, segments } from '@/lib/ui/linter/positions';

describe('lineColumn', () => {
  it('counts lines from 1 and columns in characters, an emoji being one', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('😀x', 2)).toEqual({ line: 1, column: 2 });
    expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});

describe('segments', () => {
  it('keeps the text whole and marks each piece with the strongest severity over it', () => {
    const parts = segments('Replace(x)', [
      { start: 0, end: 7, severity: 'warning' },
      { start: 4, end: 9, severity: 'error', active: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('Replace(x)');
    expect(parts.map((p) => [p.text, p.severity, p.active])).toEqual([
      ['Repl', 'warning', false],
      ['ace', 'error', true],
      ['(x', 'error', true],
      [')', null, false],
    ]);
  });

  it('shows a zero-width problem as a caret, also at the very end', () => {
    const parts = segments('f(', [{ start: 2, end: 2, severity: 'error' }]);
    expect(parts.map((p) => [p.text, p.caretBefore])).toEqual([
      ['f(', null],
      ['', 'error'],
    ]);
  });

  it('clamps spans of a longer, older text', () => {
    const parts = segments('ab', [{ start: 1, end: 10, severity: 'info' }]);
    expect(parts.map((p) => [p.text, p.severity])).toEqual([
      ['a', null],
      ['b', 'info'],
    ]);
  });
});
