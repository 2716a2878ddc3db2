/**
 * The soundness hunt: a "proven-safe" that the evaluator can refute is a defect. Hundreds of
 * random expressions, each evaluated on random inputs over the full UTF-16 range (astral
 * characters, lone surrogates, combining marks, every kind of space, empty and very long
 * values), must stay inside what the analysis said about them; and no input may make an
 * expression the analysis proved safe for a target break that target's rule.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExprNode } from '../../../lib/expr';
import { checkOutput } from '../../../lib/targets/check-output';
import { TARGETS } from '../../../lib/targets/targets';
import { engineDeps } from '../../../lib/proof';
import { analyzeFor } from '../../../lib/proof/engine';
import { isEntraFailure } from '../../../lib/proof/engine-deps';
import { attributeBound } from '../../../lib/proof/inputs';
import { openObligations } from '../../../lib/proof/obligations';
import { printExpr } from '../../../lib/proof/print';
import { escapes } from './containment';
import { exprArb, recordArb } from './generators';

const NOW = new Date('2026-01-15T12:00:00Z');

const deps = engineDeps();

describe('soundness hunt', () => {
  for (const object of ['user', 'group'] as const) {
    const targets = TARGETS.filter((t) => t.object === object);
    it(`every ${object} output stays inside the analysis, and proven-safe is never refuted`, () => {
      let provenCount = 0;
      fc.assert(
        fc.property(
          exprArb,
          fc.array(
            recordArb((n) => attributeBound(object, n)),
            { minLength: 12, maxLength: 12 },
          ),
          (ast: ExprNode, records) => {
            const { value } = analyzeFor(ast, targets[0]!, deps, NOW);
            const proven = targets.filter((t) => openObligations(value, t.rule).length === 0);
            provenCount += proven.length > 0 ? 1 : 0;
            for (const attrs of records) {
              const r = deps.evaluate(ast, attrs, { now: NOW });
              const where = () => `${printExpr(ast)} with ${JSON.stringify(attrs)}`;
              if (!r.ok) {
                if (isEntraFailure(r.error.code) && !value.mayFail) {
                  throw new Error(`unpredicted failure ${r.error.code}: ${where()}`);
                }
                continue;
              }
              const why = escapes(value, r.value);
              if (why) throw new Error(`${why}: ${where()} gave ${JSON.stringify(r.value)}`);
              for (const t of proven) {
                const bad = checkOutput(t, r.value).filter((x) => x.severity === 'error');
                if (bad.length > 0) {
                  throw new Error(
                    `proven-safe for ${t.id} refuted: ${where()} → ${bad[0]!.message}`,
                  );
                }
              }
            }
          },
        ),
        {
          // PROOF_HUNT_RUNS / PROOF_HUNT_SEED widen the hunt locally; CI runs the fixed seeds.
          numRuns: Number(process.env['PROOF_HUNT_RUNS'] ?? 400),
          seed: Number(process.env['PROOF_HUNT_SEED'] ?? (object === 'user' ? 7 : 11)),
        },
      );
      // The hunt is only meaningful if a fair share of trees was proven safe.
      expect(provenCount).toBeGreaterThan(25);
    }, 300_000);
  }
});
