// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeExpression, type Diagnostic } from '@/lib/expr';
import { CORPUS_LABELS_ZH } from '@/lib/i18n/corpus';
import { lint } from '@/lib/lint';
import { CORPUS } from '@/lib/targets/corpus';
import { TARGETS } from '@/lib/targets/targets';
import { prove } from '@/lib/proof';
import { chineseText } from '@/lib/ui/linter/diagnostic-text';
import { EXPRESSIONS } from '@/lib/ui/sidepanel/guide/mappings';

/**
 * The Chinese UI is Chinese everywhere: every finding the engine makes on its golden cases, the
 * recommended expressions and a sweep of common recipes over the corpus has a Chinese sentence,
 * rendered from its code and parameters with every placeholder filled, and every test name has
 * a Chinese label.
 */
const GOLDEN = fileURLToPath(new URL('../../fixtures/expr/golden/cases.json', import.meta.url));
const INPUTS: string[] = [
  ...(JSON.parse(readFileSync(GOLDEN, 'utf8')) as { input: string }[]).map((c) => c.input),
  ...EXPRESSIONS.flatMap((x) => [x.expression, x.uniqueVariant ?? '']).filter(Boolean),
  '[displayName]',
  'NormalizeDiacritics([displayName])',
  'Replace([displayName], , "[^a-z]", , "", , )',
  'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.@-]", , "", , )',
  'Left([displayName], 3)',
  'Switch([IsSoftDeleted], , "False", "True", "True", "False")',
  'Join(" ", [givenName], [surname])',
  'ToLower([userPrincipalName])',
  'IIF([a] = "x", IgnoreObjectFlow, [b])',
  'Split([proxyAddresses], ",")',
  'Mid([objectId], 0, 8)',
];

/** The sources of the checker's own table tests: one literal per case, first in its row. */
const RULE_CASES = readFileSync(
  fileURLToPath(new URL('../expr/checker/rules.test.ts', import.meta.url)),
  'utf8',
)
  .split('\n')
  .map((line) => /^\s*\[\s*('(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)\s*,/.exec(line)?.[1])
  .filter((literal): literal is string => literal !== undefined)
  .map((literal) => new Function(`return ${literal}`)() as string);

const placeholder = /\{\w+\}/;

function expectChinese(
  kind: Parameters<typeof chineseText>[0],
  f: Diagnostic | { code: string; message: string; params?: Record<string, string | number> },
): void {
  const text = chineseText(kind, f);
  expect(text, `${kind} ${f.code} ${JSON.stringify(f.params ?? {})}: ${f.message}`).not.toBeNull();
  expect(text!, `${f.code}: ${text}`).not.toMatch(placeholder);
  expect(text!, `${f.code} is not Chinese: ${text}`).toMatch(/[\u4e00-\u9fff]/);
}

describe('the engine’s findings in Chinese', () => {
  it('every diagnostic of the golden cases and recipes, and its fix title', () => {
    let seen = 0;
    for (const input of [...INPUTS, ...RULE_CASES]) {
      for (const d of analyzeExpression(input).diagnostics) {
        expectChinese('diagnostic', d);
        if (d.suggestion) expectChinese('suggestion', d);
        seen += 1;
      }
    }
    expect(RULE_CASES.length).toBeGreaterThan(50);
    expect(seen).toBeGreaterThan(150);
  });

  it('every reason a test name fails or warns, for every target', () => {
    let seen = 0;
    for (const target of TARGETS) {
      for (const input of INPUTS.slice(-12)) {
        const result = lint(input, target.id, { prove: false });
        for (const row of result.rows) {
          if (row.error) expectChinese('eval', row.error);
          for (const v of row.violations) expectChinese('violation', v);
          seen += row.violations.length;
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('the proof’s counterexamples', () => {
    for (const target of TARGETS) {
      const proof = prove('[displayName]', target.id);
      if (proof.counterexample) expectChinese('violation', proof.counterexample.violation);
    }
  });

  it('every test name has a Chinese label', () => {
    expect(CORPUS.filter((r) => !CORPUS_LABELS_ZH[r.id]).map((r) => r.id)).toEqual([]);
  });
});
