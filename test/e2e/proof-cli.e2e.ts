/**
 * The proof through the real CLI (docs/automation-contract.md#command-line-node-distscim-exprjs): `lint` prints
 * "proven-safe", a counterexample beyond the corpus, and a fix that itself lints as proven safe.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve(process.env.SCIM_EXPR_CLI ?? 'dist/scim-expr.js');

interface LintLine {
  verdict: string;
  explanation: string;
  span?: { start: number; end: number; text: string };
  counterexample?: {
    label: string;
    attrs: Record<string, unknown>;
    output: unknown;
    violation: { code: string };
  };
  fix?: {
    expression: string;
    title: string;
    uniqueVariant?: string;
    changes?: { input: string; after: unknown }[];
  };
}

function lint(expr: string, target: string): { code: number | null; out: LintLine } {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--expr', expr, '--target', target], {
    encoding: 'utf8',
    timeout: 25_000,
  });
  return { code: r.status, out: JSON.parse(r.stdout) as LintLine };
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error(`No CLI at ${CLI}. Run "npm run build" first (npm test does).`);
});

describe('scim-expr lint with the proof', () => {
  it('offers a fix for the sanitize recipe, and the fix lints as proven-safe with exit 0', () => {
    const recipe =
      'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.-]", , "", , )';
    const first = lint(recipe, 'group.displayName');
    expect(first.code).toBe(1);
    expect(first.out.verdict).toBe('unsafe');
    const fix = first.out.fix!;
    expect(fix.expression).toContain('[objectId]');
    expect(fix.changes?.find((c) => c.input === '财务部')?.after).toMatch(/^group-/);
    const again = lint(fix.expression, 'group.displayName');
    expect(again.out.verdict).toBe('proven-safe');
    expect(again.out.fix).toBeUndefined();
    expect(again.code).toBe(0);
    expect(lint(fix.uniqueVariant!, 'group.displayName').out.verdict).toBe('proven-safe');
  });

  it('prints a counterexample the corpus does not contain', () => {
    const { code, out } = lint(
      'Left(Replace([userPrincipalName], , "[#\']", , "", , ), 64)',
      'user.userName',
    );
    expect(code).toBe(1);
    expect(out.verdict).toBe('unsafe');
    expect(out.counterexample?.violation.code).toBe('target.charset');
    expect(String(out.counterexample?.attrs['userPrincipalName'])).toMatch(/[!^~].*@contoso\.com$/);
  });

  it('says which part of the expression defeated the proof when the verdict is unknown', () => {
    // Never empty ("" becomes "x"), but the pattern "^$" is beyond the analysis.
    const part = 'Replace(Replace([userPrincipalName], , "[^a-z]", , "", , ), , "^$", , "x", , )';
    const expr = `Left(${part}, 64)`;
    const { code, out } = lint(expr, 'user.userName');
    expect(out.verdict).toBe('unknown');
    expect(out.span).toEqual({ start: 5, end: 5 + part.length, text: part });
    expect(out.explanation).toContain(part);
    expect(code).toBe(0);
  });

  it('never proves an expression that may skip the whole object', () => {
    const { out } = lint(
      'Switch([displayName], [givenName], "Contractors", IgnoreObjectFlow)',
      'user.name.givenName',
    );
    expect(out.verdict).toBe('unknown');
    expect(out.explanation).toMatch(/not be provisioned in CloudSSO at all/);
    expect(out.span?.text).toBe('IgnoreObjectFlow');
  });
});
