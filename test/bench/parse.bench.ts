import { bench, describe } from 'vitest';
import { analyzeExpression } from '../../lib/expr';

const SHORT =
  'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.-]", , "", , )';

/** A realistic ~1,000-character mapping: Joins of cleaned name parts inside nested Replaces. */
function longExpression(target = 1000): string {
  const part = (attr: string): string =>
    `Replace(NormalizeDiacritics(StripSpaces([${attr}])), , "[^A-Za-z0-9_.-]", , "", , )`;
  let expr = `Join(".", ${part('givenName')}, ${part('surname')})`;
  const wrappers = [
    (e: string): string => `Replace(${e}, , "\\\\.{2,}", , ".", , )`,
    (e: string): string => `Left(ToLower(${e}), 64)`,
    (e: string): string => `Join("", ${e}, Mid([objectId], 1, 8))`,
    (e: string): string => `Replace(${e}, "..", , , ".", , )`,
  ];
  for (let i = 0; expr.length < target; i += 1) expr = wrappers[i % wrappers.length]!(expr);
  return expr;
}

const LONG = longExpression();

// What the popup does on every keystroke: parse and check (no evaluation).
describe(`parse + check (short: ${SHORT.length} chars, long: ${LONG.length} chars)`, () => {
  bench(`short expression (${SHORT.length} chars)`, () => {
    analyzeExpression(SHORT);
  });
  bench(`long expression (${LONG.length} chars)`, () => {
    analyzeExpression(LONG);
  });
});
