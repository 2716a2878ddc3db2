import { describe, expect, it } from 'vitest';
import { errorCode, run, value } from '../eval/run';

describe('Replace: the five modes, chosen by the filled slots (docs/research/entra-expressions.md#replace-modes)', () => {
  it('A (2 + 5): literal, case-sensitive, every occurrence', () => {
    expect(value('Replace([mail], "@contoso.com", , , "", , )', { mail: 'ann@contoso.com' })).toBe(
      'ann',
    );
    expect(value('Replace([x], "a", , , "b", , )', { x: 'aAaa' })).toBe('bAbb');
    expect(
      value('Replace([preferredLanguage], "-", , , "_", , )', { preferredLanguage: 'en-US' }),
    ).toBe('en_US');
  });

  it('A: "." and "$" are literal text, not regex or substitutions', () => {
    expect(value('Replace([x], ".", , , "$1", , )', { x: 'a.b.c' })).toBe('a$1b$1c');
  });

  it('B (2 + 7): the template with each placeholder replaced by the source', () => {
    expect(
      value('Replace([userName], "<username>", , , , , "<username>@contoso.com")', {
        userName: 'ann',
      }),
    ).toBe('ann@contoso.com');
    expect(value('Replace([x], "#", , , , , "#-#")', { x: 'q' })).toBe('q-q');
  });

  it('C (3 + 5): .NET Regex.Replace with $1, ${name}, $$ and $& substitutions', () => {
    expect(value('Replace([x], , "(\\\\w+) (\\\\w+)", , "$2, $1", , )', { x: 'John Doe' })).toBe(
      'Doe, John',
    );
    expect(
      value('Replace([x], , "(?<first>\\\\w+) (?<last>\\\\w+)", , "${last}.${first}", , )', {
        x: 'John Doe',
      }),
    ).toBe('Doe.John');
    expect(value('Replace([x], , "o", , "$$", , )', { x: 'foo' })).toBe('f$$');
    expect(value('Replace([x], , "o+", , "[$&]", , )', { x: 'foo' })).toBe('f[oo]');
    // "${nope}" names no group: it stays literal, as in .NET.
    expect(value('Replace([x], , "o", , "${nope}", , )', { x: 'fo' })).toBe('f${nope}');
  });

  it('C: .NET numbers unnamed groups before named ones', () => {
    // .NET: (y) is group 1, (?<a>x) is group 2. JavaScript would number them the other way round.
    expect(value('Replace([x], , "(?<a>x)(y)", , "$1-$2", , )', { x: 'xy' })).toBe('y-x');
  });

  it('C: the documented phone-number example', () => {
    expect(
      value(
        'Replace([telephoneNumber], , "\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})", , "${phoneNumber}", , )',
        {
          telephoneNumber: '+1 4251234567',
        },
      ),
    ).toBe('4251234567');
  });

  it('D (3 + 4 + 5): only the named group inside each match is replaced', () => {
    expect(
      value('Replace([street], , "(?<streetNumber>^\\\\d*)", "streetNumber", "888", , )', {
        street: '545 Tremont Street',
      }),
    ).toBe('888 Tremont Street');
    expect(
      value('Replace([userPrincipalName], , "(?<Suffix>@(.)*)", "Suffix", "", , )', {
        userPrincipalName: 'john.doe@contoso.com',
      }),
    ).toBe('john.doe');
  });

  it('D: a group name the pattern lacks is an error', () => {
    expect(errorCode('Replace([x], , "(?<a>b)", "c", "", , )', { x: 'b' })).toBe('eval.argument');
  });

  it('E (3 + 4 + 6): the source when it has a value, else the group from the fallback attribute', () => {
    const expr =
      'Replace([telephoneNumber], , "\\\\+(?<isd>\\\\d+) (?<number>\\\\d+)", "number", , [mobile], )';
    expect(value(expr, { telephoneNumber: '555 0100', mobile: '+1 4255550101' })).toBe('555 0100');
    expect(value(expr, { mobile: '+1 4255550101' })).toBe('4255550101');
    expect(value(expr, { telephoneNumber: '', mobile: '+1 4255550101' })).toBe('4255550101');
    expect(value(expr, { mobile: 'none' })).toBeNull();
  });

  it('precedence when several modes fit: B before A before the regex modes', () => {
    expect(value('Replace([x], "a", "b", , "c", , "[a]")', { x: 'z' })).toBe('[z]');
    expect(value('Replace([x], "a", "b", , "c", , )', { x: 'ab' })).toBe('cb');
  });

  it('a slot combination that is no mode is an evaluation error', () => {
    expect(errorCode('Replace([x], , , , "c", , )', { x: 'a' })).toBe('eval.replace-mode');
    expect(errorCode('Replace([x], , "a", , , , )', { x: 'a' })).toBe('eval.replace-mode');
  });

  it('an empty oldValue is an error (.NET String.Replace throws)', () => {
    expect(errorCode('Replace([x], "", , , "c", , )', { x: 'a' })).toBe('eval.argument');
  });

  it('a null source gives null (the attribute is not sent)', () => {
    expect(run('Replace([x], "a", , , "b", , )', {})).toEqual({ ok: true, value: null });
    expect(run('Replace([x], , "a", , "b", , )', {})).toEqual({ ok: true, value: null });
  });

  it('a multi-valued source is replaced value by value', () => {
    expect(
      value('Replace([proxyAddresses], , "^smtp:", , "", , )', {
        proxyAddresses: ['smtp:a@x', 'SMTP:b@x'],
      }),
    ).toEqual(['a@x', 'SMTP:b@x']);
  });

  it('an invalid .NET pattern is an error, not a JavaScript exception', () => {
    expect(errorCode('Replace([x], , "(a", , "", , )', { x: 'a' })).toBe('eval.regex-invalid');
    expect(errorCode('Replace([x], , "a**", , "", , )', { x: 'a' })).toBe('eval.regex-invalid');
  });

  it('a .NET-only construct is refused, not mistranslated', () => {
    expect(
      errorCode('Replace([x], , "(?<o>\\\\()?[^()]*(?<-o>\\\\))?", , "", , )', { x: '(a)' }),
    ).toBe('eval.regex-unsupported');
    expect(errorCode('Replace([x], , "\\\\Ga", , "", , )', { x: 'aa' })).toBe(
      'eval.regex-unsupported',
    );
  });
});
