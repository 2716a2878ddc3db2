import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeRegex, evaluate, FUNCTIONS, parse, translateRegex } from '@/lib/expr';
import { NOW, seededBytes } from './run';

/** FUZZ_RUNS=20000 npx vitest run <this file> for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

const NAMES = FUNCTIONS.map((f) => f.name);
const ATTRS = {
  a: 'Zoë Ångström',
  b: '',
  c: ['x', 'y'],
  d: '2021-07-02',
  e: '😀 王 \u00a0',
  n: 42,
  t: true,
};

const literal = fc.oneof(
  fc.constantFrom('[a]', '[b]', '[c]', '[d]', '[e]', '[n]', '[t]', '[missing]'),
  fc.string({ maxLength: 6 }).map((s) => `"${s.replace(/["\\]/g, '')}"`),
  fc.constantFrom(
    '0',
    '1',
    '3',
    '-1',
    '&HF',
    'vbTextCompare',
    'IgnoreAttributeFlow',
    '"yyyy"',
    '"d"',
  ),
  fc.constantFrom(
    '"[^a-z]"',
    '"(\\\\w+)"',
    '"(?<g>a)"',
    '"(a+)+$"',
    '"\\\\p{L}"',
    '"x{2,}"',
    '"[a"',
  ),
);

const expression: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    tie('call'),
    tie('compare'),
  ),
  call: fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.array(fc.oneof(tie('node'), fc.constant('')), { maxLength: 7 }),
    )
    .map(([name, args]) => `${name}(${args.join(', ')})`),
  compare: fc
    .tuple(tie('node'), fc.constantFrom('=', '<>', '<', '>=' as string), tie('node'))
    .map(([l, op, r]) => `${l} ${op} ${r}`),
})).node as fc.Arbitrary<string>;

describe('the evaluator never throws', () => {
  it('on random well-formed calls of every function', () => {
    fc.assert(
      fc.property(expression, (text) => {
        const { ast } = parse(text);
        const result = evaluate(ast, ATTRS, {
          now: NOW,
          randomBytes: seededBytes(),
          budgetMs: 1000,
        });
        if (!result.ok) {
          expect(result.error.start).toBeGreaterThanOrEqual(0);
          expect(result.error.end).toBeLessThanOrEqual(text.length);
          expect(result.error.start).toBeLessThanOrEqual(result.error.end);
          expect(result.error.code).not.toBe('eval.internal');
        }
      }),
      { numRuns: RUNS },
    );
  });
});

const REGEX_CHARS = [..."()[]{}|*+?.^$\\-,:=!<>'#0123456789abdkpswxzABGPSWZ_ inmx"];

describe('the regex translator never throws', () => {
  it.each(['[(-[', '[a-[', '[a-[b', '[a-[b]'])(
    'keeps every issue of %s inside the pattern (found by this fuzz test)',
    (pattern) => {
      const issues = analyzeRegex(pattern);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.end).toBeLessThanOrEqual(pattern.length);
    },
  );

  it('on random patterns, and every issue lies inside the pattern', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REGEX_CHARS), { maxLength: 24 }), (chars) => {
        const pattern = chars.join('');
        for (const issue of analyzeRegex(pattern)) {
          expect(issue.start).toBeGreaterThanOrEqual(0);
          expect(issue.end).toBeLessThanOrEqual(pattern.length);
          expect(issue.start).toBeLessThanOrEqual(issue.end);
        }
        const result = translateRegex(pattern);
        if (result.ok)
          expect(() => new RegExp(result.regex.source, result.regex.flags)).not.toThrow();
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
