import { describe, expect, it } from 'vitest';
import { analyzeExpression } from '@/lib/expr';
import { prove } from '@/lib/proof';
import { EXPRESSIONS, USER_MAPPINGS } from '@/lib/ui/sidepanel/guide/mappings';

describe('the expressions step 5 recommends', () => {
  it.each(EXPRESSIONS.map((x) => [x.targetId, x.expression]))(
    'for %s parse, check and are proven safe',
    (targetId, expression) => {
      expect(
        analyzeExpression(expression).diagnostics.filter((d) => d.severity === 'error'),
      ).toEqual([]);
      expect(prove(expression, targetId).verdict).toBe('proven-safe');
    },
  );

  it('the usual user mapping of active is a valid expression', () => {
    const active = USER_MAPPINGS.find((m) => m.target === 'active')!;
    expect(
      analyzeExpression(active.source).diagnostics.filter((d) => d.severity === 'error'),
    ).toEqual([]);
  });
});
