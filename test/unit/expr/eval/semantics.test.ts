import { describe, expect, it } from 'vitest';
import { evaluate, parse, type ExprNode } from '@/lib/expr';
import { NOW, errorCode, run, value } from './run';

describe('strings as .NET sees them', () => {
  it('StripSpaces removes only U+0020: tab, NBSP, ideographic and zero-width spaces stay', () => {
    expect(value('StripSpaces([x])', { x: 'a b\tc\u00a0d\u3000e\u200bf\u2009g' })).toBe(
      'ab\tc\u00a0d\u3000e\u200bf\u2009g',
    );
  });

  it('ToUpper/ToLower map one character to one: ß, ŉ, ǰ keep their length', () => {
    expect(value('ToUpper("straße")')).toBe('STRAßE');
    expect(value('ToUpper("ŉǰﬁ")')).toBe('ŉǰﬁ');
    expect(value('ToUpper("éø")')).toBe('ÉØ');
    expect(value('ToLower("ẞ")')).toBe('ß');
  });

  it('invariant culture keeps the dotless ı and the dotted İ in the opposite direction', () => {
    expect(value('ToUpper("ı")')).toBe('ı');
    expect(value('ToLower("İ")')).toBe('İ');
    expect(value('ToLower("ΣΑΣ")')).toBe('σασ');
  });

  it('Left, Mid and Len count UTF-16 units and can split a surrogate pair, as Entra does', () => {
    expect(value('Len("a😀")')).toBe('3');
    expect(value('Left("a😀b", 2)')).toBe('a\ud83d');
    expect(value('Mid("😀😀", 2, 2)')).toBe('\ude00\ud83d');
  });

  it('Join skips null and empty sources and joins multi-valued ones element by element', () => {
    expect(value('Join(".", [a], [b], "", [c])', { a: 'x', c: 'z' })).toBe('x.z');
    expect(value('Join(",", [proxyAddresses], "end")', { proxyAddresses: ['p', '', 'q'] })).toBe(
      'p,q,end',
    );
    expect(value('Join(",", [a], [b])', {})).toBe('');
  });
});

describe('values and comparisons', () => {
  it('booleans print as True/False', () => {
    expect(value('IsPresent([x])', { x: 'v' })).toBe('True');
    expect(value('IsNullOrEmpty([x])', { x: 'v' })).toBe('False');
    expect(value('Join(" ", IsNull([x]), Not(IsNull([x])))', {})).toBe('True False');
  });

  it('a missing attribute is null, which means "not sent"', () => {
    expect(run('[displayName]', {})).toEqual({ ok: true, value: null });
    expect(run('[displayName]', { displayName: null })).toEqual({ ok: true, value: null });
    // Attribute names are looked up literally, never through the prototype.
    expect(run('[constructor]', {})).toEqual({ ok: true, value: null });
  });

  it('attribute names are case-sensitive', () => {
    expect(run('[Description]', { description: 'x' })).toEqual({ ok: true, value: null });
  });

  it('multi-valued attributes come out as arrays; an empty one is null', () => {
    expect(value('[proxyAddresses]', { proxyAddresses: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(run('[proxyAddresses]', { proxyAddresses: [] })).toEqual({ ok: true, value: null });
    expect(value('ToLower([proxyAddresses])', { proxyAddresses: ['A', 'B'] })).toEqual(['a', 'b']);
    expect(
      errorCode('Left([proxyAddresses], Len([proxyAddresses]))', { proxyAddresses: ['a', 'b'] }),
    ).toBe('eval.multi-value');
  });

  it('string equality is ordinal and case-sensitive; numbers equal their string form', () => {
    expect(value('CBool("abc" = "ABC")')).toBe('False');
    expect(value('CBool(BitAnd(6, 2) = "2")')).toBe('True');
    expect(value('CBool(InStr("abc", "c") = 3)')).toBe('True');
    expect(value('CBool("b" > "a")')).toBe('True');
  });

  it('<, > compare numerically when both sides are numeric', () => {
    expect(value('CBool(Len("abcdefghij") > 9)')).toBe('True');
    expect(value('CBool("10" > "9")')).toBe('True');
    expect(value('CBool("10" > "9x")')).toBe('False');
  });

  it('numbers print with invariant digits', () => {
    expect(value('CStr(42568.75)')).toBe('42568.75');
    expect(value('CStr(-10)')).toBe('-10');
  });
});

describe('Switch and IIF', () => {
  it('IIF evaluates only the chosen branch', () => {
    expect(value('IIF("True", "yes", Error("never"))')).toBe('yes');
    expect(value('IIF(Len("ab") = 3, Error("never"), "no")')).toBe('no');
  });

  it('IIF fails when an attribute in its condition is null or empty (documented limitation)', () => {
    expect(errorCode('IIF([country]="", "none", [country])', {})).toBe('eval.iif-null-attribute');
    expect(errorCode('IIF(IsNullOrEmpty([country]), "none", [country])', { country: '' })).toBe(
      'eval.iif-null-attribute',
    );
    expect(errorCode('IIF(IsPresent([country]), [country], "none")', {})).toBe(
      'eval.iif-null-attribute',
    );
    // A null attribute in a branch is fine.
    expect(run('IIF("True", [country], "x")', {})).toEqual({ ok: true, value: null });
  });

  it('IIF nests for AND and OR', () => {
    const and = 'IIF([country]="US", IIF([state]="CA", "west", "us"), "other")';
    expect(value(and, { country: 'US', state: 'CA' })).toBe('west');
    expect(value(and, { country: 'US', state: 'NY' })).toBe('us');
    expect(value(and, { country: 'DE', state: 'BY' })).toBe('other');
  });

  it('Switch evaluates only the matching value and falls back to the default', () => {
    expect(value('Switch([x], "d", "a", "A", "b", Error("never"))', { x: 'a' })).toBe('A');
    expect(value('Switch([x], "d", "a", "A")', { x: 'z' })).toBe('d');
    expect(run('Switch([x], , "a", "A")', { x: 'z' })).toEqual({ ok: true, value: null });
  });

  it('Switch with an empty key catches missing and empty sources', () => {
    const expr = 'Switch([displayName], [displayName], "", Join(" ", [givenName], [surname]))';
    expect(value(expr, { givenName: 'Ann', surname: 'Lee' })).toBe('Ann Lee');
    expect(value(expr, { displayName: '', givenName: 'Ann', surname: 'Lee' })).toBe('Ann Lee');
    expect(value(expr, { displayName: 'Dr. Lee' })).toBe('Dr. Lee');
  });

  it('Coalesce evaluates only up to the first value', () => {
    expect(value('Coalesce([a], "x", Error("never"))', {})).toBe('x');
  });
});

describe('flow signals', () => {
  it('IgnoreAttributeFlow and IgnoreObjectFlow as IIF branches', () => {
    expect(
      run('IIF([type]="Contractor", IgnoreObjectFlow, [mail])', { type: 'Contractor' }),
    ).toEqual({
      ok: true,
      value: null,
      flow: 'ignore-object',
    });
    expect(
      run('IIF([type]="Contractor", IgnoreAttributeFlow, [mail])', { type: 'Staff', mail: 'm' }),
    ).toEqual({
      ok: true,
      value: 'm',
    });
  });

  it('a flow signal used as a value inside another function is an error', () => {
    expect(errorCode('Join(",", IgnoreFlowIfNullOrEmpty([x]), "a")', {})).toBe('eval.flow-signal');
  });
});

describe('dates', () => {
  it('print as M/d/yyyy h:mm:ss tt in UTC', () => {
    expect(value('CDate("2021-07-02T00:05:09Z")')).toBe('7/2/2021 12:05:09 AM');
    expect(value('CDate("2021-07-02T12:00:00")')).toBe('7/2/2021 12:00:00 PM');
    expect(value('CDate("12/31/2021 11:59:59 PM")')).toBe('12/31/2021 11:59:59 PM');
    expect(value('CDate("2021-07-02T10:00:00-05:00")')).toBe('7/2/2021 3:00:00 PM');
  });

  it('Now() is fixed by the options, so results are reproducible', () => {
    expect(value('Now()')).toBe('7/2/2021 3:33:38 PM');
    expect(value('DateAdd("h", 1, Now())')).toBe('7/2/2021 4:33:38 PM');
  });

  it('DateDiff follows VB: calendar months, truncated days, Sunday week boundaries', () => {
    // Saturday 2021-07-03 to Sunday 2021-07-04: one week boundary, zero whole weeks.
    expect(value('DateDiff("ww", CDate("2021-07-03"), CDate("2021-07-04"))')).toBe('1');
    expect(value('DateDiff("w", CDate("2021-07-03"), CDate("2021-07-04"))')).toBe('0');
    expect(value('DateDiff("m", CDate("2021-01-31"), CDate("2021-02-01"))')).toBe('1');
    expect(value('DateDiff("d", CDate("2021-01-31"), CDate("2021-02-01T23:59:59Z"))')).toBe('1');
    expect(
      value('DateDiff("n", CDate("2021-01-01T00:00:00Z"), CDate("2021-01-01T01:30:59Z"))'),
    ).toBe('90');
    expect(errorCode('DateDiff("fortnight", Now(), Now())')).toBe('eval.argument');
  });

  it('FormatDateTime writes .NET custom formats', () => {
    const fmt = (out: string): unknown =>
      value(`FormatDateTime([d], , "yyyy-MM-ddTHH:mm:ss.fffffffK", "${out}")`, {
        d: '2021-07-02T15:04:05.1234567Z',
      });
    expect(fmt('yyyy MM dd HH mm ss fff zzz tt')).toBe('2021 07 02 15 04 05 123 +00:00 PM');
    expect(fmt('d/M/yy h:m:s t')).toBe('2/7/21 3:4:5 P');
    expect(fmt('dddd, MMMM d, yyyy')).toBe('Friday, July 2, 2021');
    expect(fmt('ddd MMM')).toBe('Fri Jul');
    expect(fmt('fffffff FFFFFFF K')).toBe('1234567 1234567 Z');
    expect(fmt("'literal' \\y yyyy")).toBe('literal y 2021');
    expect(fmt('o')).toBe('2021-07-02T15:04:05.1234567Z');
    expect(fmt('s')).toBe('2021-07-02T15:04:05');
  });

  it('FormatDateTime: an all-zero F fraction drops its dot', () => {
    expect(
      value('FormatDateTime([d], , "yyyyMMddHHmmss", "HH:mm:ss.FFF")', { d: '20210702150405' }),
    ).toBe('15:04:05');
  });

  it('FormatDateTime reads offsets and converts them to UTC (Entra servers run in UTC)', () => {
    expect(
      value('FormatDateTime([d], , "yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mm K")', {
        d: '2021-07-02 01:30 +02:00',
      }),
    ).toBe('2021-07-01 23:30 +00:00');
  });

  it('the 3-argument form is evaluated too', () => {
    expect(value('FormatDateTime([d], "yyyyMMdd", "yyyy-MM-dd")', { d: '20210702' })).toBe(
      '2021-07-02',
    );
  });

  it('unused NOW is stable', () => {
    expect(NOW.toISOString()).toBe('2021-07-02T15:33:38.000Z');
  });
});

describe('never throws', () => {
  it('reports an unknown function and a wrong arity as evaluation errors', () => {
    expect(errorCode('Frobnicate([x])', { x: 'a' })).toBe('eval.unknown-function');
    expect(errorCode('Left("abc")')).toBe('eval.arity');
  });

  it('accepts function names in any case', () => {
    expect(value('toupper("a")')).toBe('A');
  });

  it('a syntax error stops evaluateExpression with code "syntax"', () => {
    expect(errorCode('Append([a], "x"))')).toBe('syntax');
  });

  it('survives a hand-built tree deeper than the stack', () => {
    let node: ExprNode = { kind: 'string', value: 'x', raw: '"x"', span: { start: 0, end: 3 } };
    for (let i = 0; i < 100_000; i++) {
      node = {
        kind: 'call',
        name: 'Trim',
        nameSpan: { start: 0, end: 4 },
        args: [node],
        span: { start: 0, end: 3 },
      };
    }
    const result = evaluate(node, {});
    expect(result.ok).toBe(false);
  });
});

describe('time budget', () => {
  it('refuses a catastrophic-backtracking pattern on a long input, quickly', () => {
    const input = `${'a'.repeat(5000)}b`;
    const result = run('Replace([x], , "(a+)+$", , "", , )', { x: input });
    expect(result.ok ? 'ok' : result.error.code).toBe('eval.regex-risky');
  });

  it('still runs such a pattern on short inputs', () => {
    expect(value('Replace([x], , "(a+)+$", , "", , )', { x: 'caaab' })).toBe('caaab');
    expect(value('Replace([x], , "(a+)+$", , "", , )', { x: 'baaa' })).toBe('b');
  });

  it('stops with eval.budget-exceeded once the budget is spent', () => {
    const result = run('Join(",", [a], [b])', { a: 'x' }, { budgetMs: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'eval.budget-exceeded' } });
  });

  it('checks the budget between regex matches of a long replacement', () => {
    const expr = parse('Replace([x], , "a", , "$0$0", , )').ast;
    const result = evaluate(expr, { x: 'a'.repeat(2_000_000) }, { budgetMs: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'eval.budget-exceeded' } });
  });
});
