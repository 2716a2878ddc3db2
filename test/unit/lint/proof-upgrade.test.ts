import { describe, expect, it } from 'vitest';
import { toLintOutput } from '../../../lib/cli/jobs';
import { lint } from '../../../lib/lint/lint';
import { TARGET_IDS } from '../../../lib/targets/targets';
import { prove, recommendedExpression } from '../../../lib/proof';

describe('the linter with the proof', () => {
  it('upgrades a passing corpus to proven-safe and says why', () => {
    const r = lint('Left(Join(" ", [givenName], [surname]), 64)', 'user.name.givenName');
    expect(r.verdict).toBe('proven-safe');
    expect(r.explanation).toMatch(/every input/);
    expect(r.proof?.verdict).toBe('proven-safe');
    expect(r.fix).toBeUndefined();
  });

  it('keeps a failing corpus row as the counterexample, and adds a proven fix', () => {
    const r = lint('[displayName]', 'group.displayName');
    expect(r.verdict).toBe('unsafe');
    expect(r.counterexample?.rowId).not.toBe('proof');
    expect(r.fix?.title).toBe('Proven-safe replacement');
    expect(prove(r.fix!.expression, 'group.displayName').verdict).toBe('proven-safe');
    expect(r.fix?.changes?.length).toBeGreaterThan(0);
  });

  it('offers a fix even for an expression Entra would reject', () => {
    const r = lint('Replace([displayName], , ', 'user.userName');
    expect(r.verdict).toBe('unknown');
    expect(r.rows).toEqual([]);
    expect(prove(r.fix!.expression, 'user.userName').verdict).toBe('proven-safe');
  });

  it('leaves the corpus verdict alone when asked not to prove', () => {
    const r = lint('Left(Join(" ", [givenName], [surname]), 64)', 'user.name.givenName', {
      prove: false,
    });
    expect(r.verdict).toBe('unknown');
    expect(r.proof).toBeUndefined();
  });

  it('recommends a proven-safe expression for every target', () => {
    for (const id of TARGET_IDS) {
      const text = recommendedExpression(id);
      expect(text, id).toBeDefined();
      expect(prove(text!, id).verdict, `${id}: ${text}`).toBe('proven-safe');
    }
    expect(recommendedExpression('group.displayName')).toContain('[displayName]');
  });

  it('names the part that defeated the proof, in the explanation and the CLI output', () => {
    // Never empty ("" becomes "x"), but the pattern "^$" is beyond the analysis.
    const text =
      'Left(Replace(Replace([userPrincipalName], , "[^a-z]", , "", , ), , "^$", , "x", , ), 64)';
    const part = 'Replace(Replace([userPrincipalName], , "[^a-z]", , "", , ), , "^$", , "x", , )';
    const r = lint(text, 'user.userName');
    expect(r.verdict).toBe('unknown');
    expect(r.explanation).toContain(`(characters 6–${5 + part.length}): ${part}`);
    const out = toLintOutput(r, false, text);
    expect(out.span).toEqual({ start: 5, end: 5 + part.length, text: part });
    expect(text.slice(out.span!.start, out.span!.end)).toBe(out.span!.text);
    // No span where the verdict is not "unknown".
    expect(
      toLintOutput(lint('[displayName]', 'group.displayName'), false, '[displayName]').span,
    ).toBeUndefined();
  });

  it('says how many test objects this tool could not evaluate, beside a proof', () => {
    // A zero budget stops every row (a limit of this machine); the proof does not depend on it.
    const r = lint('[displayName]', 'user.displayName', { budgetMs: 0 });
    expect(r.verdict).toBe('proven-safe');
    expect(r.explanation).not.toMatch(/All \d+ test objects pass/);
    expect(r.explanation).toMatch(
      /0 of \d+ test objects pass as well; this tool could not evaluate/,
    );
  });
});
