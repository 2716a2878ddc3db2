import { describe, expect, it } from 'vitest';
import { analyzeRegex } from '@/lib/expr';

const codes = (pattern: string): string[] => analyzeRegex(pattern).map((i) => i.code);

describe('analyzeRegex', () => {
  it('is silent on ordinary sanitising patterns', () => {
    for (const pattern of [
      '[^a-zA-Z0-9_.-]',
      '[^A-Za-z0-9@_.-]',
      '(\\.)*$',
      '(?<Suffix>@(.)*)',
      '(\\d+\\.)+',
      '^-+|-+$',
      '-{2,}',
      '["\',]+',
      '([\\/\\\\\\[\\]\\:\\;\\|\\=\\,\\+\\*\\?\\<\\>])',
    ]) {
      const findings = analyzeRegex(pattern).filter((i) => i.severity !== 'info');
      expect(findings, pattern).toEqual([]);
    }
  });

  it.each([
    ['(a', 'regex.syntax'],
    ['a)', 'regex.syntax'],
    ['[a', 'regex.syntax'],
    ['a**', 'regex.syntax'],
    ['a++', 'regex.syntax'],
    ['*a', 'regex.syntax'],
    ['x{3,1}', 'regex.syntax'],
    ['\\', 'regex.syntax'],
    ['\\q', 'regex.syntax'],
    ['\\p{Foo}', 'regex.syntax'],
    ['[z-a]', 'regex.syntax'],
    ['(?r:a)', 'regex.syntax'],
    ['(?P<n>a)', 'regex.syntax'],
    ['\\2(a)', 'regex.syntax'],
    ['\\x4', 'regex.syntax'],
  ])('reports %s as .NET syntax error (%s)', (pattern, code) => {
    const issues = analyzeRegex(pattern);
    expect(issues.map((i) => i.code)).toContain(code);
    expect(issues.find((i) => i.code === code)?.severity).toBe('error');
  });

  it.each([
    ['(?<open>\\()?[^()]*(?<close-open>\\))?', 'balancing group'],
    ["(?'a-b'x)", 'balancing group, quote syntax'],
    ['(?(\\d)\\d{3}|x)', 'conditional'],
    ['\\Gab', '\\G'],
    ['\\p{IsOldItalic}', 'unknown block'],
    ['(?<n>a)|(?<n>b)', 'duplicate group name'],
  ])('reports %s as unsupported (%s), as a warning', (pattern) => {
    const issues = analyzeRegex(pattern).filter((i) => i.code === 'regex.unsupported');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
  });

  it('translates, instead of reporting, constructs with an exact equivalent', () => {
    for (const pattern of [
      '\\Aab\\z',
      'ab\\Z',
      '(?>a+)b',
      '(?i)ab',
      '(?i:a)b',
      '(?x) a b',
      '(?s).',
      '(?m)^a$',
    ]) {
      expect(
        codes(pattern).filter((c) => c !== 'regex.unicode-shorthand'),
        pattern,
      ).toEqual([]);
    }
  });

  it.each([
    '(a+)+$',
    '(a*)*b',
    '(\\w+\\s?)+$',
    '(a|ab)+c',
    '(a|a)*',
    '(.*a){20}',
    '([a-z]+ ?)+@',
    '(x+x+)+y',
  ])('flags %s as prone to catastrophic backtracking', (pattern) => {
    const issue = analyzeRegex(pattern).find((i) => i.code === 'regex.catastrophic-backtracking');
    expect(issue?.severity).toBe('warning');
    expect(issue!.start).toBeGreaterThanOrEqual(0);
    expect(issue!.end).toBeLessThanOrEqual(pattern.length);
  });

  it('does not flag nested repetition that cannot overlap', () => {
    for (const pattern of ['(ab+)+', '(\\w+@)+', '(?>a+)+b', '(a{2})+', '(a+b)*']) {
      expect(codes(pattern), pattern).not.toContain('regex.catastrophic-backtracking');
    }
  });

  it('notes Unicode-aware shorthands as info', () => {
    const issue = analyzeRegex('[^\\w.]').find((i) => i.code === 'regex.unicode-shorthand');
    expect(issue).toMatchObject({ severity: 'info', start: 2, end: 4 });
  });

  it('points at the construct inside the pattern', () => {
    const issue = analyzeRegex('ab\\Gc')[0]!;
    expect([issue.start, issue.end]).toEqual([2, 4]);
    const nested = analyzeRegex('x(a+)+$').find(
      (i) => i.code === 'regex.catastrophic-backtracking',
    )!;
    expect(nested.start).toBeGreaterThanOrEqual(1);
  });

  it('warns when a back-reference may refer to a group that has not matched', () => {
    expect(codes('\\1(a)')).toContain('regex.unset-backreference');
  });
});
