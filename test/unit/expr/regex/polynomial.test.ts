import { describe, expect, it } from 'vitest';
import { analyzeExpression, analyzeRegex, translateRegex } from '@/lib/expr';
import { polynomialInputLimit } from '@/lib/expr/eval/regex-limits';
import { run } from '../eval/run';

const CODE = 'regex.polynomial-backtracking';

function degreeOf(pattern: string): number {
  const result = translateRegex(pattern);
  if (!result.ok) throw new Error(`${pattern} did not translate`);
  return result.regex.polynomialDegree;
}

/** The text each polynomial-backtracking warning covers. */
function flagged(pattern: string): string[] {
  return analyzeRegex(pattern)
    .filter((i) => i.code === CODE)
    .map((i) => pattern.slice(i.start, i.end));
}

describe('polynomial backtracking: flagged', () => {
  it.each([
    ['a*a*a*a*a*b', 5, 'a*a*a*a*a*'],
    ['\\w*\\w*\\w*x', 3, '\\w*\\w*\\w*'],
    ['.*.*.*=', 3, '.*.*.*'],
    ['\\s*\\s*\\s*$', 3, '\\s*\\s*\\s*'],
    ['[a-z]+[a-z0-9]+[a-z]+!', 3, '[a-z]+[a-z0-9]+[a-z]+'],
    // The fixed "b" is one of the shared characters, so a run of "a" still makes it fail.
    ['[ab]*[ab]*[ab]*b', 3, '[ab]*[ab]*[ab]*'],
    // Separators the repetitions can also match keep the chain: "-----…" defeats it.
    ['.*-.*-.*x', 3, '.*-.*-.*'],
    ['^(.*) (.*) (.*)$', 3, '(.*) (.*) (.*)'],
    ['a*b?a*c?a*$', 3, 'a*b?a*c?a*'],
    ['a*?a*?a*?b', 3, 'a*?a*?a*?'],
    ['a{0,64}a{0,64}a{0,64}b', 3, 'a{0,64}a{0,64}a{0,64}'],
    ['(a*){3}b', 3, '(a*){3}'],
    ['(?i)A*a*A*b', 3, 'A*a*A*'],
    ['.*\\b.*\\b.*x', 3, '.*\\b.*\\b.*'],
    ['(?=a*a*a*b)', 3, 'a*a*a*'],
    ['\\w*\\w*\\w*\\d+', 3, '\\w*\\w*\\w*'],
  ])('%s: k = %i over %s', (pattern, k, span) => {
    expect(degreeOf(pattern)).toBe(k);
    expect(flagged(pattern)).toEqual([span]);
    const issue = analyzeRegex(pattern).find((i) => i.code === CODE)!;
    expect(issue.severity).toBe('warning');
  });

  it('reports separate chains separately, and a chain once', () => {
    expect(flagged('a*a*a*-b*b*b*$')).toEqual(['a*a*a*', 'b*b*b*']);
    expect(flagged('x*x*x*x*x*x*y')).toEqual(['x*x*x*x*x*x*']);
  });

  it('names the repetitions and says how to rewrite them', () => {
    const [same] = analyzeRegex('a*a*a*a*a*b').filter((i) => i.code === CODE);
    expect(same!.message).toContain('"a*a*a*a*a*"');
    expect(same!.message).toContain('n^5');
    expect(same!.message).toContain('"a*" matches the same text');
    const [plus] = analyzeRegex('a+a*a+b').filter((i) => i.code === CODE);
    expect(plus!.message).toContain('"a{2,}" matches the same text');
    const [mixed] = analyzeRegex('[a-z]+[a-z0-9]+[a-z]+!').filter((i) => i.code === CODE);
    expect(mixed!.message).toMatch(/Merge repetitions that match the same characters/);
  });
});

describe('polynomial backtracking: not flagged', () => {
  it.each([
    // Two in a row are common and cost n^2 at worst: not reported.
    ['a*a*b', 2],
    ['^(.*) (.*)$', 2],
    ['.*@.*\\..*$', 2],
    // Characters that do not overlap.
    ['[a-z]*[0-9]*x', 1],
    ['[a-z]*[0-9]*[A-Z]*!', 1],
    // A separator none of them can match breaks the chain.
    ['\\w*-\\w*-\\w*x', 1],
    ['\\w*\\b\\w*\\b\\w*x', 1],
    ['a*^a*a*b', 2],
    // Nothing after them can fail, so the first attempt always matches.
    ['a*a*a*', 0],
    ['a+a+a+', 0],
    ['(.*)\\s(.*)\\s(.*)', 1],
    ['[ab]*[ab]*[ab]*a?', 0],
    // Bounded repetitions leave few choices.
    ['\\d{1,3}\\d{1,3}\\d{1,3}x', 0],
    ['[a-z]{2}[a-z]{2}[a-z]{2}!', 0],
    // Everyday sanitising patterns.
    ['[^a-zA-Z0-9_.-]', 0],
    ['^\\s+|\\s+$', 1],
    ['\\+(?<isdCode>\\d* )(?<phoneNumber>\\d{10})', 1],
  ])('%s: k = %i', (pattern, k) => {
    expect(degreeOf(pattern)).toBe(k);
    expect(flagged(pattern)).toEqual([]);
  });

  it('leaves nested repetition to the exponential check', () => {
    const codes = analyzeRegex('(a+)+$').map((i) => i.code);
    expect(codes).toContain('regex.catastrophic-backtracking');
    expect(codes).not.toContain(CODE);
  });
});

describe('the checker', () => {
  it('puts the warning on the repetitions inside the string literal', () => {
    const source = 'Replace([displayName], , "a*a*a*a*a*b", , "", , )';
    const d = analyzeExpression(source).diagnostics.find((x) => x.code === CODE);
    expect(d?.severity).toBe('warning');
    expect(source.slice(d!.start, d!.end)).toBe('a*a*a*a*a*');
  });

  it('maps the span through escaped backslashes', () => {
    const source = 'Replace([displayName], , "\\\\w*\\\\w*\\\\w*x", , "", , )';
    const d = analyzeExpression(source).diagnostics.find((x) => x.code === CODE);
    expect(source.slice(d!.start, d!.end)).toBe('\\\\w*\\\\w*\\\\w*');
  });
});

describe('the evaluator', () => {
  const expression = 'Replace([x], , "a*a*a*a*a*b", , "", , )';

  it('refuses a polynomial pattern on a long input instead of running it for minutes', () => {
    const result = run(expression, { x: 'a'.repeat(200) });
    expect(result.ok ? 'ok' : result.error.code).toBe('eval.regex-risky');
    expect(result.ok ? '' : result.error.message).toMatch(/longer than \d+ characters/);
  });

  it('still runs it on short inputs', () => {
    expect(run(expression, { x: 'xaaab-aab' })).toEqual({ ok: true, value: 'x-' });
    const limit = polynomialInputLimit(5, false);
    expect(run(expression, { x: 'a'.repeat(limit) })).toMatchObject({ ok: true });
    expect(run(expression, { x: 'a'.repeat(limit + 1) })).toMatchObject({ ok: false });
  });

  it('allows longer inputs for fewer repetitions, and for patterns anchored at the start', () => {
    const limits = [3, 4, 5, 8].map((k) => polynomialInputLimit(k, false));
    expect(limits).toEqual([...limits].sort((a, b) => b - a));
    expect(new Set(limits).size).toBe(limits.length);
    expect(polynomialInputLimit(3, true)).toBeGreaterThan(polynomialInputLimit(3, false));
    // A three-part split of a name the length of Entra's longest attribute is run.
    const name = `${'x'.repeat(126)} ${'y'.repeat(126)} z`;
    const split = run('Replace([x], , "^(.*) (.*) (.*)$", , "$3", , )', { x: name });
    expect(split).toEqual({ ok: true, value: 'z' });
  });

  it('does not refuse two overlapping repetitions', () => {
    const result = run('Replace([x], , "a*a*b", , "", , )', { x: 'a'.repeat(256) });
    expect(result).toEqual({ ok: true, value: 'a'.repeat(256) });
  });
});
