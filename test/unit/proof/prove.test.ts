/**
 * The verdicts of `prove`: proofs for the recipes, counterexamples the evaluator confirms (and
 * that Entra could hold), an honest "unknown" that names the part it could not handle.
 */

import { describe, expect, it } from 'vitest';
import { analyzeExpression, evaluate } from '../../../lib/expr';
import { checkOutput } from '../../../lib/targets/check-output';
import { lint } from '../../../lib/lint/lint';
import { getTarget, type TargetId } from '../../../lib/targets/targets';
import { prove } from '../../../lib/proof';
import { attributeBound } from '../../../lib/proof/inputs';
import type { ProofResult } from '../../../lib/proof/types';

const UPN_SAFE =
  'Left(Replace(NormalizeDiacritics([userPrincipalName]), , "[^A-Za-z0-9@._-]", , "", , ), 64)';
const withFallback = (e: string, fb = 'Join("", "user-", [objectId])'): string =>
  `IgnoreFlowIfNullOrEmpty(Switch(${e}, ${e}, "", ${fb}))`;

/** The counterexample breaks the rule when evaluated again, and Entra could hold its input. */
function expectConfirmed(text: string, targetId: TargetId, r: ProofResult): void {
  expect(r.verdict).toBe('unsafe');
  const c = r.counterexample!;
  const target = getTarget(targetId);
  for (const [name, value] of Object.entries(c.attrs)) {
    const b = attributeBound(target.object, name);
    expect(typeof value === 'string' && value.length <= b.max).toBe(true);
    for (const ch of value as string) expect(b.chars.has(ch.charCodeAt(0))).toBe(true);
  }
  for (const name of ['objectId', 'userPrincipalName']) {
    if (text.includes(`[${name}]`) && target.object === 'user') expect(c.attrs[name]).toBeDefined();
  }
  const again = evaluate(analyzeExpression(text).ast, c.attrs);
  if (again.ok) {
    expect(again.value).toEqual(c.output);
    expect(checkOutput(target, again.value).map((v) => v.code)).toContain(c.violation.code);
  } else {
    expect(again.error.code).toBe(c.violation.code);
  }
}

describe('proven-safe', () => {
  it('proves the userName recipe with its objectId fallback', () => {
    const r = prove(withFallback(UPN_SAFE), 'user.userName');
    expect(r.verdict).toBe('proven-safe');
    expect(r.facts).toMatchObject({
      minLength: 1,
      maxLength: 64,
      mayBeNull: false,
      mayFail: false,
    });
    expect(r.fix).toBeUndefined();
  });

  it('proves the group recipe (no @ in group names)', () => {
    const san =
      'Left(Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^A-Za-z0-9._-]", , "", , ), 128)';
    expect(
      prove(withFallback(san, 'Join("", "group-", [objectId])'), 'group.displayName').verdict,
    ).toBe('proven-safe');
  });

  it('proves free-text targets from Entra’s own bounds', () => {
    expect(prove('[displayName]', 'user.displayName').verdict).toBe('proven-safe');
    expect(prove('Left([givenName], 64)', 'user.name.givenName').verdict).toBe('proven-safe');
    expect(prove('Left(Join(" ", [givenName], [surname]), 256)', 'user.displayName').verdict).toBe(
      'proven-safe',
    );
  });

  it('is not fooled by a fallback that breaks the rule itself', () => {
    const san = UPN_SAFE.replace('userPrincipalName', 'displayName');
    const r = prove(withFallback(san, '"no such user"'), 'user.userName');
    expect(r.verdict).toBe('unsafe');
    expect(r.counterexample!.output).toBe('no such user');
  });
});

describe('unsafe, with a confirmed counterexample', () => {
  const cases: [string, TargetId, string][] = [
    // The spec's composite recipe without a fallback, on a name of CJK characters: "".
    [
      'Left(ToLower(Replace(NormalizeDiacritics([mailNickname]), , "[^A-Za-z0-9@_.-]", , "", , )), 64)',
      'user.userName',
      'target.empty',
    ],
    // R1 on a missing displayName: null.
    [
      'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.@-]", , "", , )',
      'user.userName',
      'target.null',
    ],
    ['[userPrincipalName]', 'user.userName', 'target.charset'],
    ['Join(" ", [givenName], [surname])', 'user.name.givenName', 'target.too-long'],
    [
      'IIF(IsPresent([givenName]), [givenName], "x")',
      'user.name.givenName',
      'eval.iif-null-attribute',
    ],
    ['Left(NormalizeDiacritics([displayName]), 130)', 'group.displayName', 'target.empty'],
    // Never empty, never too long; but a space or an accent stays.
    [
      'Switch([displayName], Left([displayName], 128), "", "x")',
      'group.displayName',
      'target.charset',
    ],
  ];
  for (const [text, targetId, code] of cases) {
    it(`${text} → ${code}`, () => {
      const r = prove(text, targetId);
      expectConfirmed(text, targetId, r);
      expect(r.counterexample!.violation.code).toBe(code);
    });
  }

  it('finds what the corpus misses, and keeps counterexamples short', () => {
    // Removes the UPN characters the corpus has (# and '), not those it lacks (! ^ ~).
    const text = 'Left(Replace([userPrincipalName], , "[#\']", , "", , ), 64)';
    const l = lint(text, 'user.userName');
    expect(l.rows.every((row) => row.pass)).toBe(true);
    expect(l.verdict).toBe('unsafe');
    expect(l.counterexample?.rowId).toBe('proof');
    expect(l.counterexample?.violation?.code).toBe('target.charset');
    // A real UPN: local part, @, domain.
    expect(l.counterexample?.attrs['userPrincipalName']).toMatch(/^[^@]+@contoso\.com$/);
    const long = prove('[mail]', 'user.emails');
    expectConfirmed('[mail]', 'user.emails', long);
    expect((long.counterexample!.attrs['mail'] as string).length).toBe(129);
  });
});

describe('unknown', () => {
  it('does not invent impossible objects: a UPN always keeps its domain', () => {
    // Only a UPN without "@domain" could become empty here, and Entra has none.
    const text = 'Left(Replace([userPrincipalName], , "[^A-Za-z0-9@._-]", , "", , ), 64)';
    const r = prove(text, 'user.userName');
    expect(r.verdict).toBe('unknown');
    expect(r.reason).toMatch(/empty/);
  });

  it('names the sub-expression that defeated the proof', () => {
    // Always non-empty (an empty result becomes "x"), but "^$" is beyond the analysis.
    const text =
      'Left(Replace(Replace([userPrincipalName], , "[^a-z]", , "", , ), , "^$", , "x", , ), 64)';
    const r = prove(text, 'user.userName');
    expect(r.verdict).toBe('unknown');
    expect(text.slice(r.span!.start, r.span!.end)).toBe(
      'Replace(Replace([userPrincipalName], , "[^a-z]", , "", , ), , "^$", , "x", , )',
    );
    expect(r.reason).toMatch(/\^\$/);
    expect(r.reason).toMatch(/empty/);
  });

  it('says so for a function without a precise rule, never proven-safe', () => {
    const r = prove(
      'Left(FormatDateTime([extensionAttribute1], , "yyyyMMdd", "yyyy"), 4)',
      'user.userName',
    );
    expect(r.verdict).not.toBe('proven-safe');
  });

  it('answers an unknown target or a broken expression with "unknown", never a throw', () => {
    expect(prove('[displayName]', 'user.nickName').verdict).toBe('unknown');
    const broken = prove('Replace([displayName], , ', 'user.userName');
    expect(broken.verdict).toBe('unknown');
    // Even then the admin gets a proven expression built from the recommended source.
    expect(prove(broken.fix!.expression, 'user.userName').verdict).toBe('proven-safe');
  });
});

describe('IgnoreObjectFlow: the object is not provisioned at all', () => {
  const skip = 'Switch([displayName], [givenName], "Contractors", IgnoreObjectFlow)';

  it('is never proven safe, even for an optional target, and names the keyword', () => {
    const r = prove(skip, 'user.name.givenName');
    expect(r.verdict).toBe('unknown');
    expect(r.reason).toMatch(/not be provisioned in CloudSSO at all/);
    expect(skip.slice(r.span!.start, r.span!.end)).toBe('IgnoreObjectFlow');
    const alone = prove('IgnoreObjectFlow', 'user.displayName');
    expect(alone.verdict).toBe('unknown');
    expect(alone.reason).not.toMatch(/at most 0 characters/);
  });

  it('is not an unsafe value either: the evaluator’s skip is no counterexample', () => {
    const r = prove('IgnoreObjectFlow', 'user.userName');
    expect(r.verdict).toBe('unknown');
    expect(r.counterexample).toBeUndefined();
    expect(r.reason).toMatch(/IgnoreObjectFlow/);
  });

  it('leaves IgnoreAttributeFlow alone: on an optional target the attribute is just not sent', () => {
    const attr = skip.replace('IgnoreObjectFlow', 'IgnoreAttributeFlow');
    expect(prove(attr, 'user.name.givenName').verdict).toBe('proven-safe');
  });

  it('tells the linter: a skipped test object is a warning, and the verdict stays unknown', () => {
    const r = lint('IgnoreObjectFlow', 'user.userName');
    expect(r.verdict).toBe('unknown');
    expect(r.rows.every((row) => row.pass)).toBe(true);
    expect(r.rows[0]!.violations.map((v) => v.code)).toEqual(['target.object-skipped']);
    expect(r.explanation).toMatch(/not be provisioned/);
  });
});

describe('input bounds the data marks unconfirmed', () => {
  it('are not used: [mailNickname] (64 from memory) is not proven to fit a 64-character first name', () => {
    const r = prove('[mailNickname]', 'user.name.givenName');
    expect(r.verdict).not.toBe('proven-safe');
    expect(r.facts?.maxLength).toBe(Infinity);
    expect(attributeBound('group', 'displayName').max).toBe(Infinity);
    expect(attributeBound('group', 'mailNickname').max).toBe(Infinity);
  });

  it('are used where the source is documented: givenName (Graph, 64) still proves', () => {
    expect(attributeBound('user', 'givenName').max).toBe(64);
    expect(prove('[givenName]', 'user.name.givenName').verdict).toBe('proven-safe');
  });
});
