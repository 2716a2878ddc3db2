import { describe, expect, it } from 'vitest';
import { applyFix, checkSource, findings } from './helpers';

describe('function names', () => {
  it.each([
    ['Concat([a], [b])', ['call.unknown-function@Concat']],
    ['Substring([a], 1, 2)', ['call.unknown-function@Substring']],
    ['Apend([a], "x")', ['call.unknown-function@Apend']],
    ['Frobnicate([a])', ['call.unknown-function@Frobnicate']],
    ['join(".", [a])', ['call.function-case@join']],
    ['Trim([a])', ['context.cloud-sync-only@Trim']],
    ['Prepend("x", [a])', ['context.graph-sample-only@Prepend']],
    ['Split([a], ",")', ['call.unconfirmed@Split']],
  ])('%s', (source, expected) => {
    expect(findings(source)).toEqual(expected);
  });

  it('suggests the closest function, ignoring case, and names from other languages', () => {
    expect(applyFix('Apend([a], "x")', 'call.unknown-function')).toBe('Append([a], "x")');
    expect(applyFix('NORMALISEDIACRITICS([a])', 'call.unknown-function')).toBe(
      'NormalizeDiacritics([a])',
    );
    expect(applyFix('Concat("", [a], [b])', 'call.unknown-function')).toBe('Join("", [a], [b])');
    expect(applyFix('Lower([a])', 'call.unknown-function')).toBe('ToLower([a])');
    expect(checkSource('Frobnicate([a])')[0]?.suggestion).toBeUndefined();
  });

  it('fixes the case of a function name', () => {
    expect(applyFix('iif([a] = "x", "1", "2")', 'call.function-case')).toBe(
      'IIF([a] = "x", "1", "2")',
    );
  });

  it('accepts Cloud-Sync-only functions in a Cloud Sync context', () => {
    expect(findings('Trim([a])', 'cloud-sync')).toEqual([]);
  });

  it('quotes the unconfirmed behaviour from the table', () => {
    expect(checkSource('Split([a], ",")')[0]?.message).toContain('whether values are trimmed');
  });
});

describe('arity', () => {
  it.each([
    ['Mid([a], 1)', ['call.too-few-args@Mid([a], 1)']],
    ['Append([a], "x", "y")', ['call.too-many-args@, "y"']],
    ['Now(1)', ['call.too-many-args@1']],
    ['Guid()', []],
    ['Join(".", [a], [b], [c], [d])', []],
    ['Join(".")', ['call.too-few-args@Join(".")']],
    ['Switch([x], "d", "k1")', ['call.switch-pairs@"k1"']],
    ['Switch([x], "d", "k1", "v1")', ['trap.switch-null-bug@Switch([x], "d", "k1", "v1")']],
    ['Mid([a], , 2)', ['call.missing-argument@ ']],
    ['Replace([a], "x", , , "y", , , )', ['call.too-many-args@, ']],
    ['Replace([a], "x", , , "y")', ['call.too-few-args@']],
    [
      'SelectUniqueValue([a])',
      ['context.select-unique-value@SelectUniqueValue', 'call.too-few-args@SelectUniqueValue([a])'],
    ],
  ])('%s', (source, expected) => {
    expect(findings(source, source.startsWith('Switch') ? 'scim-app' : undefined)).toEqual(
      expected,
    );
  });

  it('names the parameters in the message', () => {
    expect(checkSource('Mid([a], 1)')[0]?.message).toBe(
      'Mid(source, start, length) takes 3 arguments, but this call has 2.',
    );
  });

  it('completes Replace with the empty slots Entra expects', () => {
    expect(applyFix('Replace([a], "x", , , "y")', 'call.too-few-args')).toBe(
      'Replace([a], "x", , , "y", ,)',
    );
  });

  it('removes surplus empty slots with their commas', () => {
    expect(applyFix('Replace([a], "x", , , "y", , , , )', 'call.too-many-args')).toBe(
      'Replace([a], "x", , , "y", , )',
    );
  });

  it('rewrites the disputed 3-argument FormatDateTime into the documented 4-slot form', () => {
    const source = 'FormatDateTime([StatusHireDate], "yyyy-MM-ddzzz", "yyyyMMddHHmmss.fZ")';
    expect(findings(source)).toEqual([`trap.format-datetime-arity@${source}`]);
    expect(applyFix(source, 'trap.format-datetime-arity')).toBe(
      'FormatDateTime([StatusHireDate], , "yyyy-MM-ddzzz", "yyyyMMddHHmmss.fZ")',
    );
    expect(findings('FormatDateTime([d], , "yyyy", "yy")')).toEqual([]);
  });
});

describe('argument kinds', () => {
  it.each([
    ['Mid([a], "x", 2)', ['arg.not-a-number@"x"']],
    ['Mid([a], "1", "2")', []],
    ['DateAdd("day", 1, Now())', ['arg.bad-interval@"day"']],
    ['DateAdd("M", 1, Now())', ['arg.bad-interval@"M"']],
    ['DateAdd("q", 1, Now())', ['arg.bad-interval@"q"']],
    ['DateAdd("ww", -1, Now())', []],
    ['FormatDateTime([d], , 20200101, "yyyy")', ['arg.wrong-kind@20200101']],
    ['Replace([a], , 5, , "", , )', ['arg.wrong-kind@5']],
    ['Not("yes")', ['arg.not-a-boolean@"yes"']],
    ['InStr([a], "x", 1, "vbTextCompare")', ['arg.quoted-keyword@"vbTextCompare"']],
    ['BitAnd(&HF, &HF7)', []],
    ['Mid([a], &H1, 2)', ['unconfirmed.hex@&H1']],
    ['Item([proxyAddresses], 0)', ['arg.item-index-zero@0']],
    ['Item([proxyAddresses], 1)', []],
  ])('%s', (source, expected) => {
    expect(findings(source).filter((f) => !f.startsWith('unconfirmed.negative'))).toEqual(expected);
  });

  it('suggests the lower-case interval when only the case is wrong', () => {
    expect(applyFix('DateAdd("D", 1, Now())', 'arg.bad-interval')).toBe('DateAdd("d", 1, Now())');
  });
});

describe('bare words', () => {
  it.each([
    ['InStr([a], "x", 1, vbTextCompare)', []],
    ['InStr([a], "x", 1, vbtextcompare)', ['keyword.case@vbtextcompare']],
    ['InStr([a], "x", 1, Binary)', ['keyword.unknown@Binary']],
    ['ConvertFromBase64([a], UTF8)', ['context.cloud-sync-only@ConvertFromBase64']],
    ['Join(".", vbTextCompare)', ['keyword.misplaced@vbTextCompare']],
    ['IIF([objectId] = "x", IgnoreAttributeFlow, "y")', []],
    ['IIF(IgnoreObjectFlow, "x", "y")', ['trap.flow-as-condition@IgnoreObjectFlow']],
    ['Join(".", givenName, [surname])', ['arg.bare-word@givenName']],
    ['Join(".", Contoso, [surname])', ['arg.bare-word@Contoso']],
    ['Coalesce([a], Null)', ['trap.connect-sync-constant@Null']],
    ['IIF([objectId] = "x", True, "y")', ['trap.connect-sync-constant@True']],
  ])('%s', (source, expected) => {
    expect(findings(source)).toEqual(expected);
  });

  it('turns a bare attribute name into an attribute reference with the right case', () => {
    expect(applyFix('Join(".", givenname, [surname])', 'arg.bare-word')).toBe(
      'Join(".", [givenName], [surname])',
    );
    expect(applyFix('Join(".", Contoso, [surname])', 'arg.bare-word')).toBe(
      'Join(".", "Contoso", [surname])',
    );
  });
});

describe('comparisons', () => {
  it.each([
    ['IIF([objectId] = "x", "a", "b")', []],
    ['CBool([objectId] = [mailNickname])', []],
    [
      'Switch([objectId] = "x", "d", "True", "y")',
      [
        'trap.switch-null-bug@Switch([objectId] = "x", "d", "True", "y")',
        'call.misplaced-comparison@[objectId] = "x"',
      ],
    ],
    ['Join(".", [objectId] = "x")', ['call.misplaced-comparison@[objectId] = "x"']],
    ['[objectId] = "x"', ['call.misplaced-comparison@[objectId] = "x"']],
    [
      'IIF("a", [objectId] = "x", "b")',
      ['arg.not-a-boolean@"a"', 'call.misplaced-comparison@[objectId] = "x"'],
    ],
  ])('%s', (source, expected) => {
    expect(findings(source)).toEqual(expected);
  });
});

describe('placement and context', () => {
  it.each([
    [
      'Join(", ", SelectUniqueValue([a], [b]))',
      'hr-inbound',
      ['placement.top-level-only@SelectUniqueValue'],
    ],
    ['SelectUniqueValue([a], [b])', 'hr-inbound', []],
    ['SelectUniqueValue([a], [b])', 'scim-app', ['context.select-unique-value@SelectUniqueValue']],
    [
      'SelectUniqueValue([a], [b])',
      'cloud-sync',
      ['context.select-unique-value@SelectUniqueValue'],
    ],
    ['IgnoreFlowIfNullOrEmpty([objectId])', 'scim-app', []],
    [
      'ToLower(IgnoreFlowIfNullOrEmpty([objectId]))',
      'scim-app',
      ['placement.top-level-only@IgnoreFlowIfNullOrEmpty'],
    ],
    [
      'IIF(IgnoreFlowIfNullOrEmpty([country]), [country], "Other")',
      'scim-app',
      ['trap.flow-as-condition@IgnoreFlowIfNullOrEmpty', 'trap.iif-null-attribute@[country]'],
    ],
  ] as const)('%s in %s', (source, context, expected) => {
    expect(findings(source, context)).toEqual(expected);
  });

  it('makes SelectUniqueValue an error in a SCIM app and nested SelectUniqueValue an error anywhere', () => {
    const [scim] = checkSource('SelectUniqueValue([a], [b])', 'scim-app');
    expect(scim?.severity).toBe('error');
    const [nested] = checkSource('Join(", ", SelectUniqueValue([a], [b]))', 'hr-inbound');
    expect(nested?.severity).toBe('error');
    const [flow] = checkSource('ToLower(IgnoreFlowIfNullOrEmpty([objectId]))');
    expect(flow?.severity).toBe('warning');
  });
});

describe('Switch to null', () => {
  it.each([
    ['Switch([country], , "US", "United States")', ['trap.switch-null@ ']],
    ['Switch([IsSoftDeleted], , "False", "True", "True", "False")', []],
    [
      'Switch([country], "Other", "US", )',
      ['trap.switch-null-bug@Switch([country], "Other", "US", )', 'trap.switch-null@ '],
    ],
    ['IgnoreFlowIfNullOrEmpty(Switch([country], "Other", "US", "United States"))', []],
    [
      'Switch(IsPresent([jobTitle]), , "True", [jobTitle], "False", "none")',
      ['trap.switch-presence-source@IsPresent([jobTitle])'],
    ],
  ])('%s', (source, expected) => {
    expect(findings(source)).toEqual(expected);
  });

  it('reports the default-value bug once and wraps the whole expression as Microsoft advises', () => {
    const source = 'Join(" ", Switch([a], "x", "1", "2"), Switch([b], "y", "1", "2"))';
    expect(findings(source).filter((f) => f.startsWith('trap.switch-null-bug'))).toHaveLength(1);
    expect(applyFix(source, 'trap.switch-null-bug')).toBe(`IgnoreFlowIfNullOrEmpty(${source})`);
  });

  it('does not report the Entra-source bug for HR-inbound mappings', () => {
    expect(findings('Switch([a], "x", "1", "2")', 'hr-inbound')).toEqual([]);
  });
});

describe('IIF over an attribute that may be empty', () => {
  it.each([
    ['IIF([country] = "US", "a", "b")', ['trap.iif-null-attribute@[country]']],
    ['IIF([userPrincipalName] = "x", "a", "b")', []],
    ['IIF(Coalesce([country], "") = "US", "a", "b")', []],
    ['IIF(IsPresent([country]), [country], "b")', ['trap.iif-null-attribute@[country]']],
    ['IIF("a" = "a", [country], "b")', []],
  ])('%s', (source, expected) => {
    expect(findings(source)).toEqual(expected);
  });

  it('offers Coalesce for a plain read and explains the presence-test contradiction', () => {
    expect(applyFix('IIF([country] = "US", "a", "b")', 'trap.iif-null-attribute')).toBe(
      'IIF(Coalesce([country], "") = "US", "a", "b")',
    );
    const [d] = checkSource('IIF(IsPresent([country]), [country], "b")');
    expect(d?.message).toContain('entra-docs#120');
    expect(d?.suggestion).toBeUndefined();
  });
});

describe('attributes', () => {
  it.each([
    ['Append([Description], "x")', ['attr.case@[Description]']],
    ['Append([UserPrincipalName], "x")', ['attr.case@[UserPrincipalName]']],
    ['Append([userPrincipalName], "x")', []],
    ['Append([PreferredFirstName], "x")', []],
    ['Append([extension_53c9_acmeCostCenter], "x")', []],
    ['Append([given Name], "x")', ['attr.unusual-name@[given Name]']],
    [
      'Append([ mail], "x")',
      ['attr.case@[ mail]'].slice(0, 0).concat(['attr.unusual-name@[ mail]']),
    ],
    ['Append([appRoleAssignments], "x")', ['attr.app-role-assignments@[appRoleAssignments]']],
    ['SingleAppRoleAssignment([appRoleAssignments])', []],
    ['SingleAppRoleAssignment([roles])', ['arg.role-source@[roles]']],
  ])('%s', (source, expected) => {
    expect(findings(source)).toEqual(expected);
  });

  it('suggests the canonical case', () => {
    expect(applyFix('Append([Description], "x")', 'attr.case')).toBe('Append([description], "x")');
    expect(applyFix('Append([ mail], "x")', 'attr.unusual-name')).toBe('Append([mail], "x")');
  });

  it('leaves attribute case alone for HR sources, whose schema differs', () => {
    expect(findings('Append([Description], "x")', 'hr-inbound')).toEqual([]);
  });
});

/** Regex findings have their own tests; these tables are about the literal's escapes. */
const withoutRegex = (list: string[]): string[] => list.filter((f) => !f.startsWith('regex.'));

describe('single backslash', () => {
  it.each([
    ['Replace([a], , "\\d+", , "", , )', ['trap.single-backslash@\\d']],
    ['Replace([a], , "\\\\d+", , "", , )', []],
    ['Append([a], "C:\\Users")', ['trap.single-backslash@\\U']],
    ['Append([a], "say \\"hi\\"")', []],
    [
      'Replace([a], , "\\s\\+", , "", , )',
      ['trap.single-backslash@\\s', 'trap.single-backslash@\\+'],
    ],
  ])('%s', (source, expected) => {
    expect(withoutRegex(findings(source))).toEqual(expected);
  });

  it('doubles the backslash and explains the regex consequence', () => {
    const source = 'Replace([x], , "\\d+", , "", , )';
    expect(applyFix(source, 'trap.single-backslash')).toBe('Replace([x], , "\\\\d+", , "", , )');
    expect(checkSource(source)[0]?.message).toContain('so the regular expression receives \\d');
  });
});

describe('Replace modes', () => {
  it.each([
    ['Replace([a], "x", , , "y", , )', []],
    ['Replace([a], "<u>", , , , , "<u>@x.com")', []],
    ['Replace([a], , "\\\\d", , "", , )', []],
    ['Replace([a], , "(?<n>\\\\d)", "n", "1", , )', []],
    ['Replace([a], , "(?<n>\\\\d)", "n", , [mobile], )', []],
    ['Replace([a], "x", , , , , )', ['call.replace-mode@Replace']],
    ['Replace([a], "x", "y", , "z", , )', ['call.replace-mode@Replace']],
    ['Replace([a], "", , , "y", , )', ['call.replace-empty-old-value@""']],
  ])('%s', (source, expected) => {
    expect(withoutRegex(findings(source))).toEqual(expected);
  });

  it('is an error when no mode fits and a warning when several could', () => {
    expect(checkSource('Replace([a], "x", , , , , )')[0]?.severity).toBe('error');
    expect(checkSource('Replace([a], "x", "y", , "z", , )')[0]?.severity).toBe('warning');
  });
});

describe('whole-expression shape', () => {
  it.each([
    ['[displayName]', ['mapping.bare-operand@[displayName]']],
    ['"Contoso"', ['mapping.bare-operand@"Contoso"']],
    ['Append([displayName], "x")', []],
  ])('%s', (source, expected) => {
    expect(findings(source)).toEqual(expected);
  });

  it('marks a bare operand as information, not a problem', () => {
    expect(checkSource('[displayName]')[0]?.severity).toBe('info');
  });
});

describe('regex literals', () => {
  it('points the analyser findings at the pattern characters in the expression', () => {
    const source = 'Replace([a], , "x(?<n>\\\\d)(", , "", , )';
    const syntax = checkSource(source).filter((d) => d.code === 'regex.syntax');
    expect(syntax.length).toBeGreaterThan(0);
    for (const d of syntax) {
      expect(d.severity).toBe('error');
      expect(d.start).toBeGreaterThanOrEqual(source.indexOf('"x'));
      expect(d.end).toBeLessThanOrEqual(source.indexOf('", ,'));
    }
  });

  it('maps a range over an escaped backslash to the whole escape', () => {
    const source = 'Replace([a], , "[^\\\\w]", , "", , )';
    const note = checkSource(source).find((d) => d.code === 'regex.unicode-shorthand');
    expect(note && source.slice(note.start, note.end)).toBe('\\\\w');
  });

  it('flags a pattern prone to catastrophic backtracking', () => {
    const codes = checkSource('Replace([a], , "(a+)+$", , "", , )').map((d) => d.code);
    expect(codes).toContain('regex.catastrophic-backtracking');
  });

  it('analyses only regex slots', () => {
    expect(findings('Replace([a], "(a+)+$", , , "", , )')).toEqual([]);
  });
});
