import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, parse, type ArgNode, type Diagnostic } from '@/lib/expr';
import { scan } from '@/lib/expr/scanner';
import { VALID_EXAMPLES } from './valid-examples';

/**
 * Whatever the admin pastes, the engine answers with data: nothing throws, every diagnostic and
 * every node points inside the text, and each node lies inside its parent.
 */

/** FUZZ_RUNS=100000 npx vitest run <this file> for a longer hunt. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

/** Characters that drive the scanner and parser through their interesting paths. */
const LANGUAGE_CHARS = [
  ...'()[],"\\ =<>&|+-!.;%\'\t\n0123456789HaANDORxyz_:',
  '“',
  '”',
  '’',
  '\u00a0',
  '😀',
  'é',
];

const mutation = fc.record({
  op: fc.constantFrom('delete', 'insert', 'duplicate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  text: fc.oneof(
    fc.constantFrom(...LANGUAGE_CHARS),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
  ),
});

function mutate(
  source: string,
  ops: { op: string; at: number; length: number; text: string }[],
): string {
  let s = source;
  for (const { op, at, length, text } of ops) {
    const i = s.length === 0 ? 0 : at % (s.length + 1);
    if (op === 'delete') s = s.slice(0, i) + s.slice(i + length);
    else if (op === 'insert') s = s.slice(0, i) + text + s.slice(i);
    else s = s.slice(0, i) + s.slice(i, i + length) + s.slice(i);
  }
  return s;
}

/** Random .NET patterns in Replace's regex slot, to exercise the regex analyser's span mapping. */
const REGEX_CHARS = [..."()[]{}?*+\\|^$.-<>'!=:#,aZ09pPdwsbBkAzG", '\\\\', 'é', '😀'];
const regexReplace = fc
  .string({ unit: fc.constantFrom(...REGEX_CHARS), maxLength: 40 })
  .map((pattern) => `Replace([displayName], , "${pattern}", , "$1", , )`);

const inputs = fc.oneof(
  regexReplace,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...LANGUAGE_CHARS), maxLength: 120 }),
  fc
    .tuple(fc.constantFrom(...VALID_EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([source, ops]) => mutate(source, ops)),
);

/** Diagnostics outside the input or without a message (plain loops: some inputs give 40,000). */
function expectSpansInside(diagnostics: Diagnostic[], source: string): void {
  const bad = diagnostics.filter(
    (d) => !(0 <= d.start && d.start <= d.end && d.end <= source.length && d.message.length > 0),
  );
  expect(bad).toEqual([]);
}

/** Nodes whose span leaves the input or their parent's span. */
function expectNodeInside(root: ArgNode, outer: { start: number; end: number }): void {
  const bad: unknown[] = [];
  const visit = (node: ArgNode, parent: { start: number; end: number }): void => {
    const { start, end } = node.span;
    if (!(parent.start <= start && start <= end && end <= parent.end)) bad.push({ node, parent });
    if (node.kind === 'call') {
      visit({ kind: 'empty', span: node.nameSpan }, node.span);
      for (const arg of node.args) visit(arg, node.span);
    } else if (node.kind === 'compare') {
      visit(node.left, node.span);
      visit(node.right, node.span);
    } else if (node.kind === 'error') {
      for (const child of node.children ?? []) visit(child, node.span);
    }
  };
  visit(root, outer);
  expect(bad).toEqual([]);
}

describe('scanner, parser and checker on random and mutated input', () => {
  it('never throw and keep every span inside the input', () => {
    fc.assert(
      fc.property(inputs, (source) => {
        const scanned = scan(source);
        expectSpansInside(scanned.diagnostics, source);
        for (const t of scanned.tokens)
          expectNodeInside({ kind: 'empty', span: t.span }, { start: 0, end: source.length });

        const { ast, diagnostics } = parse(source);
        expectSpansInside(diagnostics, source);
        expectNodeInside(ast, { start: 0, end: source.length });

        for (const context of ['scim-app', 'cloud-sync', 'hr-inbound'] as const) {
          expectSpansInside(check(ast, source, { context }), source);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, 600_000);

  it('report at least one error for input that is not an expression', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...LANGUAGE_CHARS), maxLength: 60 }),
        (source) => {
          const { ast, diagnostics } = parse(source);
          if (ast.kind === 'error')
            expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handle pathological shapes: deep nesting, long runs, huge slot counts', () => {
    const shapes = [
      '('.repeat(20_000),
      ')'.repeat(20_000),
      `${'F('.repeat(3000)}`,
      `F(${','.repeat(20_000)})`,
      `"${'\\'.repeat(20_001)}`,
      `[${'a'.repeat(20_000)}`,
      'IIF('.repeat(500) + '[a]=1 AND '.repeat(500),
      '@#'.repeat(20_000),
      '['.repeat(20_000),
      '« a '.repeat(5000),
      `${'NOT '.repeat(10_000)}[a]`,
      `Join(${'[a] & '.repeat(5000)}[b])`,
      `${'[a] AND '.repeat(5000)}[b]`,
      `[a]${') Foo('.repeat(5000)}`,
      `${'IIF(NOT '.repeat(300)}[a]${') & x'.repeat(300)}`,
    ];
    for (const source of shapes) {
      const { ast, diagnostics } = parse(source);
      expectSpansInside(diagnostics, source);
      expectSpansInside(check(ast, source), source);
    }
  });
});
