import { describe, expect, it } from 'vitest';
import { analyzeExpression, evaluate, parse } from '@/lib/expr';
import { prove } from '@/lib/proof';
import { sexpr } from './sexpr';

/**
 * What the parser could still read around a mistake is checked too: one pass tells the admin
 * about the misspelt function next to the "&" as well as about the "&".
 */

/** `code@covered text` for each warning and error (info notes left out). */
function findings(source: string): string[] {
  return analyzeExpression(source)
    .diagnostics.filter((d) => d.severity !== 'info')
    .map((d) => `${d.code}@${source.slice(d.start, d.end)}`);
}

describe('values around operators Entra lacks are still checked', () => {
  it('reports unknown functions and wrong argument counts on both sides of "&"', () => {
    const source = 'Lefft([a], 2, 3) & Mid([b])';
    expect(findings(source)).toEqual([
      'call.unknown-function@Lefft',
      `trap.ampersand@${source}`,
      'call.too-few-args@Mid([b])',
    ]);
    expect(sexpr(parse(source).ast)).toBe('!<(Lefft [a] #2 #3) (Mid [b])>');
  });

  it('checks the operand of NOT and the values of a chained comparison', () => {
    expect(findings('IIF(NOT IsNul([a]), "y", "z")')).toEqual([
      'trap.not-operator@NOT IsNul([a])',
      'call.unknown-function@IsNul',
    ]);
    expect(findings('IIF(1 < Lenn([x]) < 5, "a", "b")')).toEqual([
      'call.unknown-function@Lenn',
      'syntax.chained-comparison@< 5',
    ]);
  });

  it('keeps the values where the ErrorNode stands: an AND inside IIF is still its condition', () => {
    // Were the comparisons checked as if at the top, each would be a misplaced comparison.
    expect(findings('IIF([a]="1" AND [b]="2", "x", "y")')).toEqual(['trap.and-or@AND']);
  });
});

describe('every distinct operator trap is reported at its own place', () => {
  it('reports "&" and AND together', () => {
    const source = '[a] & [b] AND [c]';
    const { diagnostics } = analyzeExpression(source);
    expect(findings(source)).toEqual(['trap.ampersand@[a] & [b]', 'trap.and-or@AND']);
    expect(diagnostics.find((d) => d.code === 'trap.ampersand')?.suggestion?.text).toBe(
      'Join("", [a], [b])',
    );
  });

  it('gives each run of concatenations between logical operators its own rewrite', () => {
    const source = '[a] && [b] & [c] OR [d] + [e]';
    expect(findings(source)).toEqual([
      'trap.and-or@&&',
      'trap.ampersand@[b] & [c]',
      'trap.and-or@OR',
      'trap.plus@[d] + [e]',
    ]);
    const rewrites = analyzeExpression(source).diagnostics.map((d) => d.suggestion?.text);
    expect(rewrites).toContain('Join("", [b], [c])');
    expect(rewrites).toContain('Join("", [d], [e])');
  });

  it('names "+" as well when it is mixed with "&"', () => {
    const source = '"a" + [b] & [c]';
    expect(findings(source)).toEqual([`trap.ampersand@${source}`, 'trap.plus@+']);
    const [join] = analyzeExpression(source).diagnostics;
    expect(join?.suggestion?.text).toBe('Join("", "a", [b], [c])');
  });
});

describe('text after an early ")" is still read', () => {
  it('keeps the friendly ")" diagnostic and checks what follows', () => {
    const source = 'Join(",", [a]) ) Foo(';
    const { diagnostics } = analyzeExpression(source);
    expect(findings(source)).toEqual([
      'syntax.extra-paren@)',
      'call.unknown-function@Foo',
      'syntax.missing-paren@',
    ]);
    const paren = diagnostics.find((d) => d.code === 'syntax.extra-paren');
    expect(paren).toMatchObject({ start: 15, end: 16, suggestion: { text: '' } });
    expect(paren?.message).toContain('closes Join( too early');
    expect(sexpr(parse(source).ast)).toBe('!<(Join "," [a]) (Foo)>');
  });

  it('checks values after trailing text, and says nothing more about its "," and ")"', () => {
    expect(findings('Join("", [a]) Mid([b])')).toEqual([
      'syntax.trailing-text@Mid([b])',
      'call.too-few-args@Mid([b])',
    ]);
    expect(findings('Mid([a], 1, 2)) , Lenn([b]))')).toEqual([
      'syntax.extra-paren@)',
      'call.unknown-function@Lenn',
    ]);
  });

  it('leaves an expression with only extra ")" at the end as it was', () => {
    expect(sexpr(parse('Append([a], "b")))').ast)).toBe('(Append [a] "b")');
  });
});

describe('a kept tree is still not a value', () => {
  // Each child alone would evaluate, and prove safe; the ErrorNode holding them must not.
  const broken = ['[displayName] & [displayName]', '[displayName]) [displayName]'];

  it.each(broken)('%s does not evaluate', (source) => {
    const result = evaluate(parse(source).ast, { displayName: 'Ada' });
    expect(result).toMatchObject({ ok: false, error: { code: 'eval.syntax' } });
  });

  it.each(broken)('%s is never proven', (source) => {
    expect(prove('[displayName]', 'user.displayName').verdict).toBe('proven-safe');
    expect(prove(parse(source).ast, 'user.displayName').verdict).not.toBe('proven-safe');
  });
});
