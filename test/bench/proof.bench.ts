import { bench, describe } from 'vitest';
import { analyzeExpression } from '../../lib/expr';
import { getTarget } from '../../lib/targets/targets';
import { engineDeps, prove } from '../../lib/proof';
import { analyzeFor } from '../../lib/proof/engine';
import { openObligations } from '../../lib/proof/obligations';

const SHORT =
  'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.-]", , "", , )';

/** A ~1,000-character mapping: cleaned name parts, Joins, case mapping, caps and a fallback. */
function longExpression(target = 1000): string {
  const part = (attr: string): string =>
    `Replace(NormalizeDiacritics(StripSpaces([${attr}])), , "[^A-Za-z0-9_.-]", , "", , )`;
  let expr = `Join(".", ${part('givenName')}, ${part('surname')})`;
  const wrappers = [
    (e: string): string => `Replace(${e}, , "\\\\.{2,}", , ".", , )`,
    (e: string): string => `Left(ToLower(${e}), 64)`,
    (e: string): string => `Join("", ${e}, Mid([objectId], 1, 8))`,
    (e: string): string => `Switch(${e}, ${e}, "", [objectId])`,
  ];
  for (let i = 0; expr.length < target; i += 1) expr = wrappers[i % wrappers.length]!(expr);
  return expr;
}

const LONG = longExpression();
const target = getTarget('user.userName');
const deps = engineDeps();
const shortAst = analyzeExpression(SHORT).ast;
const longAst = analyzeExpression(LONG).ast;
// Warm the lazy tables (case mapping, Unicode properties) so the figures are per keystroke.
analyzeFor(longAst, target, deps);

// What could run on every keystroke: the analysis and the obligations, no evaluation of inputs.
describe(`analysis (short: ${SHORT.length} chars, long: ${LONG.length} chars), target 5 ms`, () => {
  bench(`short expression (${SHORT.length} chars)`, () => {
    openObligations(analyzeFor(shortAst, target, deps).value, target.rule);
  });
  bench(`long expression (${LONG.length} chars)`, () => {
    openObligations(analyzeFor(longAst, target, deps).value, target.rule);
  });
});

// The whole answer, as the linter asks for it: counterexample search and a proven fix.
describe('prove() with counterexample and fix', () => {
  bench('short expression, unsafe (search + fix)', () => {
    prove(SHORT, 'user.userName');
  });
  bench(`long expression (${LONG.length} chars)`, () => {
    prove(LONG, 'user.userName');
  });
});
