/**
 * Table tests of the analysis, one or more rows per function: what the analysis says about the
 * characters, the length range, null, empty and failure of an expression's value.
 */

import { describe, expect, it } from 'vitest';
import { analyzeExpression } from '../../../lib/expr';
import { getTarget } from '../../../lib/targets/targets';
import { engineDeps } from '../../../lib/proof';
import { CharSet } from '../../../lib/proof/charset';
import { anyString } from '../../../lib/proof/domain';
import { analyzeFor } from '../../../lib/proof/engine';
import { isEntraFailure } from '../../../lib/proof/engine-deps';
import type { Attributes } from '../../../lib/expr';
import { escapes } from './containment';

interface Facts {
  chars: CharSet;
  min: number;
  max: number;
  mayBeNull: boolean;
  mayFail: boolean;
  multi: boolean;
  exact?: readonly string[];
}

const NOW = new Date('2026-01-01T00:00:00Z');

function facts(text: string, object: 'user' | 'group' = 'user'): Facts {
  const { ast } = analyzeExpression(text);
  const target = getTarget(object === 'user' ? 'user.userName' : 'group.displayName');
  const { value } = analyzeFor(ast!, target, engineDeps(), NOW);
  const s = anyString(value);
  return {
    chars: s?.chars ?? CharSet.EMPTY,
    min: s?.min ?? 0,
    max: s?.max ?? 0,
    mayBeNull: value.mayBeNull || value.mayFlow === true,
    mayFail: value.mayFail,
    multi: value.many !== null,
    ...(value.one?.exact ? { exact: value.one.exact } : {}),
  };
}

const units = (text: string): CharSet => CharSet.ofUnits(text);
const has = (f: Facts, text: string): boolean =>
  [...text].every((c) => f.chars.has(c.charCodeAt(0)));
const hasNone = (f: Facts, text: string): boolean =>
  [...text].every((c) => !f.chars.has(c.charCodeAt(0)));
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('attributes and constants', () => {
  it('bounds a known attribute by Entra’s limits and lets an optional one be missing', () => {
    expect(facts('[displayName]')).toMatchObject({
      min: 0,
      max: 256,
      mayBeNull: true,
      multi: false,
    });
    expect(facts('[userPrincipalName]')).toMatchObject({ min: 1, max: 113, mayBeNull: false });
    const id = facts('[objectId]');
    expect(id).toMatchObject({ min: 36, max: 36, mayBeNull: false });
    expect(id.chars.equals(units('0123456789abcdef-'))).toBe(true);
  });

  it('treats an unknown attribute as any string, possibly several values', () => {
    expect(facts('[extensionAttribute7]')).toMatchObject({
      max: Infinity,
      mayBeNull: true,
      multi: true,
    });
    expect(facts('[extensionAttribute7]').chars.equals(CharSet.ALL_UNITS)).toBe(true);
  });

  it('knows constants exactly, folding input-independent calls through the evaluator', () => {
    expect(facts('"Sales"').exact).toEqual(['Sales']);
    expect(facts('StripSpaces("a b c")').exact).toEqual(['abc']);
    expect(facts('ToUpper("straße")').exact).toEqual(['STRAßE']);
    expect(facts('NormalizeDiacritics("Søren")').exact).toEqual(['Soeren']);
  });

  it('fails an unknown function or a wrong argument count, whatever the input', () => {
    expect(facts('Foo([displayName])').mayFail).toBe(true);
    expect(facts('Left([displayName])').mayFail).toBe(true);
  });
});

describe('per-string functions', () => {
  it('StripSpaces removes U+0020 only', () => {
    const f = facts('StripSpaces([displayName])');
    expect(hasNone(f, ' ')).toBe(true);
    expect(has(f, '\u00a0\u3000\t')).toBe(true);
    expect(f).toMatchObject({ min: 0, max: 256, mayBeNull: true });
  });

  it('Trim keeps the characters and may empty the value', () => {
    expect(facts('Trim([userPrincipalName])')).toMatchObject({ min: 1, max: 113 });
    expect(facts('Trim([displayName])')).toMatchObject({ min: 0, max: 256 });
  });

  it('ToLower/ToUpper keep the length and map the characters, Turkish i included', () => {
    const lower = facts('ToLower([userPrincipalName])');
    expect(hasNone(lower, 'ABCXYZ')).toBe(true);
    expect(has(lower, 'abc@.')).toBe(true);
    expect(lower).toMatchObject({ min: 1, max: 113 });
    const turkish = facts('ToLower([userPrincipalName], "tr-TR")');
    expect(has(turkish, '\u0131')).toBe(true); // I → ı
    expect(hasNone(turkish, 'I')).toBe(true);
    expect(hasNone(facts('ToUpper([userPrincipalName])'), 'abc')).toBe(true);
  });

  it('PCase keeps the length', () => {
    expect(facts('PCase([userPrincipalName])')).toMatchObject({ min: 1, max: 113 });
  });

  it('NormalizeDiacritics follows the table: listed letters go, others stay, ß doubles the length', () => {
    const f = facts('NormalizeDiacritics([displayName])');
    expect(hasNone(f, 'éüßÆøÅ')).toBe(true);
    expect(has(f, 'đồþœ王😀')).toBe(true);
    expect(f.max).toBe(512);
    expect(facts('NormalizeDiacritics([userPrincipalName])')).toMatchObject({ min: 1, max: 113 });
  });

  it('Left caps the length in UTF-16 units; null gives ""; a bad count fails', () => {
    expect(facts('Left([displayName], 64)')).toMatchObject({ min: 0, max: 64, mayBeNull: false });
    expect(facts('Left([userPrincipalName], 8)')).toMatchObject({ min: 1, max: 8 });
    expect(facts('Left([displayName], 0)')).toMatchObject({ min: 0, max: 0 });
    expect(facts('Left([displayName], -1)')).toMatchObject({ max: 256 });
    expect(facts('Left([displayName], [givenName])').mayFail).toBe(true);
  });

  it('Mid takes a window; an invalid start fails', () => {
    const f = facts('Mid([objectId], 1, 8)');
    expect(f).toMatchObject({ min: 8, max: 8, mayFail: false });
    expect(facts('Mid([displayName], 0, 5)').mayFail).toBe(true);
    expect(facts('Mid([displayName], 3, 5)')).toMatchObject({ min: 0, max: 5 });
  });

  it('Append adds lengths and never yields null', () => {
    expect(facts('Append([givenName], ".x")')).toMatchObject({ min: 2, max: 66, mayBeNull: false });
  });

  it('Join skips empty parts: separators only between parts, "" when none', () => {
    const f = facts('Join(".", [givenName], [surname])');
    expect(f).toMatchObject({ min: 0, max: 129, mayBeNull: false });
    expect(facts('Join("-", Mid([objectId], 1, 8), [displayName])')).toMatchObject({
      min: 8,
      max: 8 + 1 + 256,
    });
  });

  it('Word drops its delimiters; Split gives several values', () => {
    expect(hasNone(facts('Word([displayName], 1, " ")'), ' ')).toBe(true);
    expect(facts('Split([displayName], " ")').multi).toBe(true);
  });

  it('encodings have their own alphabets', () => {
    const hex = facts('ConvertToUTF8Hex([givenName])');
    expect(hex.chars.isSubsetOf(units('0123456789ABCDEF'))).toBe(true);
    expect(hex.max).toBe(6 * 64);
    expect(facts('Guid()')).toMatchObject({ min: 36, max: 36 });
  });
});

describe('Replace', () => {
  it('a removed class leaves only the other characters (regex mode)', () => {
    const f = facts('Replace([displayName], , "[^A-Za-z0-9]", , "", , )');
    expect(f.chars.isSubsetOf(units(ALNUM))).toBe(true);
    expect(f).toMatchObject({ min: 0, max: 256 });
  });

  it('reads .NET classes as the evaluator does: \\s includes NBSP and U+3000', () => {
    const f = facts('Replace([displayName], , "\\\\s+", , " ", , )');
    expect(hasNone(f, '\u00a0\u3000\t\n')).toBe(true);
    expect(has(f, ' ')).toBe(true);
  });

  it('literal mode replaces every occurrence and bounds the growth', () => {
    const f = facts('Replace([userPrincipalName], "@", , , "_at_", , )');
    expect(hasNone(f, '@')).toBe(true);
    expect(f.max).toBe(113 * 4);
  });

  it('an invalid pattern fails; substitutions make the length unbounded', () => {
    expect(facts('Replace([displayName], , "(", , "", , )').mayFail).toBe(true);
    expect(facts('Replace([displayName], , "[a-z]+", , "$0$0", , )').max).toBe(Infinity);
  });

  it('any other pattern keeps the input characters plus the replacement', () => {
    const f = facts('Replace([userPrincipalName], , "^ +| +$", , "~", , )');
    expect(f.chars.isSubsetOf(facts('[userPrincipalName]').chars.union(units('~')))).toBe(true);
  });
});

describe('conditionals', () => {
  it('Switch(x, x, "", fallback) knows the default branch is never empty', () => {
    const f = facts('Switch([displayName], [displayName], "", "x")');
    expect(f).toMatchObject({ min: 1, mayBeNull: false });
  });

  it('Switch joins the reachable values; an empty default is null', () => {
    expect(facts('Switch([givenName], "d", "a", "b")').exact).toEqual(['b', 'd']);
    expect(facts('Switch([givenName], , "a", "b")').mayBeNull).toBe(true);
  });

  it('IIF fails when its condition reads an attribute that may be empty', () => {
    expect(facts('IIF(IsPresent([givenName]), [givenName], "x")').mayFail).toBe(true);
    // objectId is always set: the condition is always True, so only the first branch counts.
    const id = facts('IIF(IsPresent([objectId]), [objectId], "NONE!")');
    expect(id.mayFail).toBe(false);
    expect(hasNone(id, 'NOE!')).toBe(true);
    expect(id).toMatchObject({ min: 36, max: 36 });
  });

  it('Coalesce is null only when every source may be null', () => {
    expect(facts('Coalesce([givenName], [surname], "x")').mayBeNull).toBe(false);
    expect(facts('Coalesce([givenName], [surname])').mayBeNull).toBe(true);
  });

  it('IgnoreFlowIfNullOrEmpty: a blank value is not sent, anything sent is non-empty', () => {
    expect(facts('IgnoreFlowIfNullOrEmpty([givenName])')).toMatchObject({
      min: 1,
      mayBeNull: true,
    });
  });

  it('booleans are "True"/"False", exact where the argument settles them', () => {
    expect(facts('IsPresent([objectId])').exact).toEqual(['True']);
    expect(facts('IsNull([givenName])').exact).toEqual(['False', 'True']);
  });
});

/** User objects with hard values: accents, CJK and an emoji, "", missing, at Entra's maxima. */
const USERS: readonly Attributes[] = [
  { displayName: 'Zoë Ångström', givenName: 'Zoë', surname: 'Ångström' },
  { displayName: '', givenName: '', surname: '' },
  {},
  { displayName: '王小明😀', givenName: 'a'.repeat(64), surname: "O'Brien" },
  { displayName: 'x'.repeat(256), givenName: 'True', surname: '0' },
  { givenName: 'false', proxyAddresses: ['smtp:a@x', 'smtp:b@x', 'smtp:a@x'] },
  { extensionAttribute1: '2024-05-06T07:08:09Z', extensionAttribute2: '45000' },
  { extensionAttribute1: '20240506070809.0Z', extensionAttribute2: '-3' },
  { extensionAttribute1: 'not a date', extensionAttribute2: 'x' },
].map((attrs) => ({
  // Every Entra user has these two (lib/proof/inputs.ts).
  objectId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  userPrincipalName: 'zoe@contoso.com',
  ...attrs,
}));

/**
 * Evaluates `text` on every user above and asserts the analysis covers each result (an Entra
 * failure must be a predicted failure); returns the facts for the row's own checks.
 */
function covers(text: string): Facts {
  const { ast } = analyzeExpression(text);
  const deps = engineDeps();
  const { value } = analyzeFor(ast!, getTarget('user.userName'), deps, NOW);
  for (const attrs of USERS) {
    const r = deps.evaluate(ast!, attrs, { now: NOW });
    const where = `${text} with ${JSON.stringify(attrs)}`;
    if (!r.ok) {
      if (isEntraFailure(r.error.code))
        expect(value.mayFail, `${where}: ${r.error.code}`).toBe(true);
      continue;
    }
    expect(escapes(value, r.value), `${where} gave ${JSON.stringify(r.value)}`).toBeNull();
  }
  return facts(text);
}

const DIGITS = '0123456789';

describe('more functions: the analysis covers what the evaluator produces', () => {
  it('Len counts units: digits only, at most as many digits as the bound has', () => {
    const f = covers('Len([displayName])');
    expect(f.chars.isSubsetOf(units(DIGITS))).toBe(true);
    expect(f.max).toBe(3);
    expect(covers('Len([givenName])').max).toBe(2);
  });

  it('Prepend puts the prefix first and adds the lengths', () => {
    const f = covers('Prepend("x-", [givenName])');
    expect(f).toMatchObject({ min: 2, max: 66, mayBeNull: false });
    expect(has(f, 'x-')).toBe(true);
  });

  it('InStr gives a number and may fail', () => {
    const f = covers('InStr([displayName], " ")');
    expect(hasNone(f, 'bcXYZ ')).toBe(true);
    expect(f.mayFail).toBe(true);
    covers('InStr([displayName], "ö", 2, vbTextCompare)');
  });

  it('ConvertToBase64 uses the Base64 alphabet and grows by 4/3 of two bytes a unit', () => {
    const f = covers('ConvertToBase64([givenName])');
    expect(f.chars.isSubsetOf(units(`${ALNUM}+/=`))).toBe(true);
    expect(f.max).toBe(4 * Math.ceil((2 * 64) / 3));
  });

  it('CStr turns a missing value into ""', () => {
    expect(covers('CStr([givenName])')).toMatchObject({ min: 0, max: 64, mayBeNull: false });
    expect(covers('CStr([proxyAddresses])').multi).toBe(true);
  });

  it('Not, IsNullOrEmpty, IsString and IsNothing are "True"/"False"', () => {
    for (const text of [
      'Not(IsPresent([givenName]))',
      'IsNullOrEmpty([givenName])',
      'IsString([givenName])',
      'IsNothing([givenName])',
    ]) {
      const f = covers(text);
      expect(
        f.exact?.every((v) => v === 'True' || v === 'False'),
        text,
      ).toBe(true);
    }
    // Not reads any text but "True" (any case) as false: Not("Zoë") is "True", no failure.
    expect(covers('Not([givenName])')).toMatchObject({ exact: ['False', 'True'], mayFail: false });
  });

  it('CBool reads "True"/"False" in any case; anything else fails', () => {
    expect(covers('CBool("tRuE")').exact).toEqual(['True']);
    const f = covers('CBool([givenName])');
    expect(f.mayFail).toBe(true);
    expect(f.exact).toEqual(['False', 'True']);
  });

  it('SelectUniqueValue offline is the first rule with a value', () => {
    const f = covers('SelectUniqueValue([givenName], [surname], Join("", "u-", [objectId]))');
    expect(f.max).toBe(64);
    expect(f.mayBeNull).toBe(false);
  });

  it('Redact and RemoveDuplicates hand the value on', () => {
    expect(covers('Redact([givenName])')).toMatchObject({ min: 0, max: 64, mayBeNull: true });
    const dedup = covers('RemoveDuplicates([proxyAddresses])');
    expect(dedup.multi).toBe(true);
  });

  it('the date functions give date or number text, and may fail', () => {
    for (const text of [
      'CDate([extensionAttribute1])',
      'DateAdd("d", 1, CDate([extensionAttribute1]))',
      'DateFromNum([extensionAttribute2])',
      'Now()',
    ]) {
      const f = covers(text);
      expect(hasNone(f, 'bcdefgz王'), text).toBe(true);
    }
    for (const text of [
      'DateDiff("d", CDate([extensionAttribute1]), Now())',
      'NumFromDate([extensionAttribute1])',
    ]) {
      const f = covers(text);
      expect(hasNone(f, 'bcXYZ/: '), text).toBe(true);
      // A missing date gives null, not a failure.
      expect(f.mayBeNull, text).toBe(true);
    }
    // FormatDateTime has no precise rule: anything, so never proven safe.
    const fmt = covers(
      'FormatDateTime([extensionAttribute1], , "yyyyMMddHHmmss.fZ", "yyyy-MM-dd")',
    );
    expect(fmt).toMatchObject({ max: Infinity, mayFail: true });
  });

  it('Error always fails and produces no value', () => {
    const f = covers('Error("no such user")');
    expect(f).toMatchObject({ mayFail: true, mayBeNull: false, max: 0 });
  });
});
