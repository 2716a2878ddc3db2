/**
 * The fix generator always offers an expression, and every fix is itself proven safe and passes
 * the corpus: for the usual mappings of every target and for a few hundred generated expressions.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeExpression, evaluate } from '../../../lib/expr';
import { checkOutput } from '../../../lib/targets/check-output';
import { corpusFor } from '../../../lib/targets/corpus';
import { getTarget, TARGET_IDS, type TargetId } from '../../../lib/targets/targets';
import { prove } from '../../../lib/proof';
import { attributeBound } from '../../../lib/proof/inputs';
import { printExpr } from '../../../lib/proof/print';
import { exprArb, recordArb } from './generators';

const USUAL = [
  '[displayName]',
  '[userPrincipalName]',
  '[mailNickname]',
  '[mail]',
  '[givenName]',
  'Join(".", [givenName], [surname])',
  'Join(" ", [givenName], [surname])',
  'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.@-]", , "", , )',
  'Replace(NormalizeDiacritics([displayName]), , "[^A-Za-z0-9 .\'_-]", , "", , )',
  'Replace([userPrincipalName], , "(?<Suffix>@(.)*)", "Suffix", "", , )',
  'ToLower([userPrincipalName])',
  'Mid([displayName], 1, 15)',
  'IIF(IsPresent([givenName]), [givenName], [displayName])',
  'Coalesce([displayName], [mailNickname])',
];

/** The fix is proven, accepted by the checker and passes every corpus record. */
function expectGoodFix(expression: string, targetId: TargetId): void {
  const target = getTarget(targetId);
  const proof = prove(expression, targetId, { noFix: true });
  expect(proof.verdict, `${expression} for ${targetId}: ${proof.reason}`).toBe('proven-safe');
  const { ast, diagnostics } = analyzeExpression(expression);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  for (const record of corpusFor(target.object)) {
    const r = evaluate(ast, record.attrs);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(checkOutput(target, r.value).filter((v) => v.severity === 'error')).toEqual([]);
  }
}

describe('fixes for the usual mappings', () => {
  for (const targetId of TARGET_IDS) {
    for (const text of USUAL) {
      it(`${targetId} ← ${text}`, () => {
        const r = prove(text, targetId);
        if (r.verdict === 'proven-safe') {
          expect(r.fix).toBeUndefined();
          return;
        }
        expect(r.fix, r.reason).toBeDefined();
        expectGoodFix(r.fix!.expression, targetId);
        if (r.fix!.uniqueVariant) expectGoodFix(r.fix!.uniqueVariant, targetId);
        // The fix keeps the original's intent: it still reads the original's attributes
        // (those the object has; a user attribute on a group cannot be kept).
        const object = getTarget(targetId).object;
        for (const ref of text.match(/\[[A-Za-z]+\]/g) ?? []) {
          const known = attributeBound(object, ref.slice(1, -1)).known;
          if (
            known &&
            r.verdict === 'unsafe' &&
            !r.counterexample?.violation.code.startsWith('eval.')
          ) {
            expect(r.fix!.expression).toContain(ref);
          }
        }
      });
    }
  }

  it('shows what changes for the corpus names', () => {
    const r = prove('[displayName]', 'group.displayName');
    const changes = r.fix!.changes;
    const chinese = changes.find((c) => c.recordId === 'g-chinese')!;
    expect(chinese).toMatchObject({ input: '财务部', before: '财务部' });
    expect(chinese.after).toMatch(/^group-[0-9a-f-]{36}$/);
    expect(changes.find((c) => c.recordId === 'g-accents')?.after).toBe('EquipeIle-de-France');
    expect(changes.find((c) => c.recordId === 'g-plain')).toBeUndefined();
    expect(changes.find((c) => c.recordId === 'g-no-display')).toMatchObject({ before: null });
  });

  it('offers a unique variant that appends 8 hex digits of objectId', () => {
    const r = prove('[displayName]', 'group.displayName');
    expect(r.fix!.uniqueVariant).toMatch(/Mid\(\[objectId\], 1, 8\)/);
    const { ast } = analyzeExpression(r.fix!.uniqueVariant!);
    const g = corpusFor('group').find((c) => c.id === 'g-ampersand')!;
    const out = evaluate(ast, g.attrs);
    expect(out.ok && out.value).toBe(
      `SalesMarketing-${(g.attrs['objectId'] as string).slice(0, 8)}`,
    );
  });
});

describe('fixes for generated expressions', () => {
  it('are proven safe and hold on random inputs', () => {
    fc.assert(
      fc.property(exprArb, fc.constantFrom(...TARGET_IDS), (ast, targetId) => {
        const text = printExpr(ast);
        if (text === null) return;
        const r = prove(text, targetId, { noCounterexample: true });
        if (r.verdict === 'proven-safe') return;
        expect(r.fix).toBeDefined();
        const target = getTarget(targetId);
        const fixProof = prove(r.fix!.expression, targetId, {
          noFix: true,
          noCounterexample: true,
        });
        expect(fixProof.verdict).toBe('proven-safe');
        const fixAst = analyzeExpression(r.fix!.expression).ast;
        fc.assert(
          fc.property(
            recordArb((n) => attributeBound(target.object, n)),
            (attrs) => {
              const out = evaluate(fixAst, attrs);
              expect(out.ok).toBe(true);
              if (out.ok) {
                expect(
                  checkOutput(target, out.value).filter((v) => v.severity === 'error'),
                ).toEqual([]);
              }
            },
          ),
          { numRuns: 8, seed: 3 },
        );
      }),
      { numRuns: 250, seed: 5 },
    );
  }, 300_000);
});
