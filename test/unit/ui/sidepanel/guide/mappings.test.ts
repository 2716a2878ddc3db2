import { describe, expect, it } from 'vitest';
import { analyzeExpression, evaluateExpression } from '@/lib/expr';
import { prove, recommendedExpression } from '@/lib/proof';
import { EXPRESSIONS, USER_MAPPINGS } from '@/lib/ui/sidepanel/guide/mappings';

const group = EXPRESSIONS.find((x) => x.targetId === 'group.displayName')!;
const run = (expression: string, displayName: string, objectId: string): unknown => {
  const r = evaluateExpression(expression, { displayName, objectId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const FINANCE = 'f14e805c-b677-44ed-8155-09d36435c880';
const RND = '2d193c5a-d9e5-4c4b-8fb3-b21b2e5b51d2';

describe('the expressions step 5 recommends', () => {
  const all = EXPRESSIONS.flatMap((x) => [
    [x.targetId, x.expression] as const,
    ...(x.uniqueVariant ? [[x.targetId, x.uniqueVariant] as const] : []),
  ]);

  it.each(all)('for %s parse, check and are proven safe: %s', (targetId, expression) => {
    expect(analyzeExpression(expression).diagnostics.filter((d) => d.severity === 'error')).toEqual(
      [],
    );
    expect(prove(expression, targetId).verdict).toBe('proven-safe');
  });

  it('are what the proof engine recommends, where it recommends an expression', () => {
    for (const id of ['group.displayName', 'user.userName'] as const) {
      const advice = EXPRESSIONS.find((x) => x.targetId === id)!;
      const source = id === 'user.userName' ? 'userPrincipalName' : 'displayName';
      expect(advice.expression).toBe(recommendedExpression(id));
      expect(advice.uniqueVariant).toBe(prove(`[${source}]`, id).fix?.uniqueVariant);
    }
  });

  it('gives two Chinese-only group names different CloudSSO names, through the objectId fallback', () => {
    const finance = run(group.expression, '财务部', FINANCE);
    const rnd = run(group.expression, '研发部', RND);
    expect(finance).toBe(`group-${FINANCE}`);
    expect(rnd).toBe(`group-${RND}`);
    expect(finance).not.toBe(rnd);
  });

  it('keeps the allowed characters of a mixed name, and the unique form tells clashing names apart', () => {
    expect(run(group.expression, 'Sales & Marketing', FINANCE)).toBe('SalesMarketing');
    const a = run(group.uniqueVariant!, 'Sales & Marketing', FINANCE);
    const b = run(group.uniqueVariant!, 'Sales/Marketing', RND);
    expect(a).toBe('SalesMarketing-f14e805c');
    expect(b).not.toBe(a);
  });

  it('the usual user mapping of active is a valid expression', () => {
    const active = USER_MAPPINGS.find((m) => m.target === 'active')!;
    expect(
      analyzeExpression(active.source).diagnostics.filter((d) => d.severity === 'error'),
    ).toEqual([]);
  });
});
