import { describe, expect, it } from 'vitest';
import { GROUP_CORPUS, USER_CORPUS } from '@/lib/targets/corpus';
import { lint } from '@/lib/lint/lint';
import type { RowResult } from '@/lib/lint/types';

const SANITIZE_GROUP =
  'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.-]", , "", , )';
const GROUP_RULE = /^[A-Za-z0-9._-]{1,128}$/;
const USER_RULE = /^[A-Za-z0-9@._-]{1,64}$/;

const row = (rows: RowResult[], id: string): RowResult => rows.find((r) => r.id === id)!;
const codes = (r: RowResult): string[] => r.violations.map((v) => v.code);

describe('lint: the sanitize recipe for group.displayName', () => {
  const result = lint(SANITIZE_GROUP, 'group.displayName');

  it('evaluates every group record of the corpus', () => {
    expect(result.rows.map((r) => r.id)).toEqual(GROUP_CORPUS.map((r) => r.id));
    expect(result.rows.every((r) => r.source === 'corpus')).toBe(true);
  });

  it('passes exactly the rows whose output matches the CloudSSO group pattern', () => {
    for (const r of result.rows) {
      const out = r.output;
      const matches = typeof out === 'string' && GROUP_RULE.test(out);
      expect(r.pass, `${r.id} → ${JSON.stringify(out)}`).toBe(matches);
    }
  });

  it('never fails on characters: only where the result is empty, missing or over 128', () => {
    const failing = result.rows.filter((r) => !r.pass);
    expect(failing.length).toBeGreaterThan(0);
    for (const r of failing) {
      expect(r.error, r.id).toBeUndefined();
      for (const c of codes(r).filter((c) => c !== 'target.collision')) {
        expect(['target.empty', 'target.null', 'target.too-long'], `${r.id}: ${c}`).toContain(c);
      }
      const out = r.output;
      expect(
        out === null || out === '' || (typeof out === 'string' && out.length > 128),
        r.id,
      ).toBe(true);
    }
    expect(row(result.rows, 'g-chinese')).toMatchObject({ output: '', pass: false });
    expect(codes(row(result.rows, 'g-chinese'))).toEqual(['target.empty']);
    expect(row(result.rows, 'g-129').output).toHaveLength(129);
    expect(codes(row(result.rows, 'g-129'))).toEqual(['target.too-long']);
    expect(row(result.rows, 'g-no-display').pass).toBe(false);
  });

  it('keeps names the recipe can fix', () => {
    expect(row(result.rows, 'g-plain')).toMatchObject({ output: 'Engineering', pass: true });
    expect(row(result.rows, 'g-128')).toMatchObject({ pass: true });
    expect(row(result.rows, 'g-140-spaces').pass).toBe(true);
  });

  it('is "unsafe", and the explanation and the diagnostics name the inputs that break it', () => {
    expect(result.verdict).toBe('unsafe');
    const failing = result.rows.filter((r) => !r.pass);
    expect(result.explanation).toContain(`${failing.length} of ${result.rows.length}`);
    expect(result.explanation).toContain('displayName="财务部" → "" (empty)');
    const empty = result.diagnostics.filter((d) => d.code === 'target.empty');
    expect(empty.some((d) => d.message.includes('displayName="财务部"'))).toBe(true);
    expect(empty.every((d) => d.severity === 'error')).toBe(true);
    expect(result.counterexample).toMatchObject({ attrs: { objectId: expect.any(String) } });
    expect(failing.map((r) => r.id)).toContain(result.counterexample!.rowId);
  });

  it('warns when two groups become the same name', () => {
    const a = row(result.rows, 'g-ampersand');
    const b = row(result.rows, 'g-slash');
    expect(a.output).toBe(b.output);
    expect(codes(a)).toContain('target.collision');
    const d = result.diagnostics.find(
      (x) => x.code === 'target.collision' && x.message.includes('Sales & Marketing'),
    );
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('Sales/Marketing');
  });
});

describe('lint: userPrincipalName as user.userName', () => {
  const result = lint('[userPrincipalName]', 'user.userName');

  it('fails the #EXT# guest, the apostrophe and the 65-character UPN, naming each', () => {
    expect(result.verdict).toBe('unsafe');
    expect(codes(row(result.rows, 'u-guest'))).toEqual(['target.charset']);
    expect(codes(row(result.rows, 'u-apostrophe'))).toEqual(['target.charset']);
    expect(codes(row(result.rows, 'u-upn-65'))).toEqual(['target.too-long']);
    expect(row(result.rows, 'u-upn-64').pass).toBe(true);
    const guest = result.diagnostics.find((d) => d.message.includes('#EXT#@fabrikam'));
    expect(guest?.message).toContain('"#" (U+0023)');
  });

  it('agrees with the spec regex on every row', () => {
    for (const r of result.rows) {
      expect(r.pass, r.id).toBe(typeof r.output === 'string' && USER_RULE.test(r.output));
    }
  });

  it('summarizes only the attributes the expression reads', () => {
    expect(Object.keys(row(result.rows, 'u-plain').inputs)).toEqual(['userPrincipalName']);
  });
});

describe('lint: other outcomes', () => {
  it('says "unknown" (not safe) when every row passes, and explains that it is not a proof', () => {
    // The corpus alone; the proof engine's upgrade is tested in test/unit/proof.
    const r = lint('[displayName]', 'user.displayName', { prove: false });
    expect(r.rows).toHaveLength(USER_CORPUS.length);
    expect(r.verdict).toBe('unknown');
    expect(r.explanation).toMatch(/not proof/);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(false);
    expect(r.counterexample).toBeUndefined();
    // Hidden characters still deserve a warning where CloudSSO documents no character rule.
    expect(codes(row(r.rows, 'u-zero-width'))).toContain('target.invisible-chars');
  });

  it('does not evaluate an expression with errors', () => {
    const r = lint('Replace([displayName], , ', 'group.displayName');
    expect(r.verdict).toBe('unknown');
    expect(r.rows).toEqual([]);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(r.explanation).toMatch(/error/);
  });

  it("evaluates the admin's samples after the corpus, or alone", () => {
    const samples = [{ label: 'our CEO', attrs: { displayName: 'Zoë Ångström' } }];
    const r = lint('[displayName]', 'group.displayName', { samples });
    const last = r.rows[r.rows.length - 1]!;
    expect(last).toMatchObject({ source: 'sample', label: 'our CEO', pass: false });
    expect(
      r.diagnostics.some((d) => d.message.includes('displayName="Zoë Ångström" (our CEO)')),
    ).toBe(true);
    const alone = lint(SANITIZE_GROUP, 'group.displayName', {
      samples,
      corpus: false,
      prove: false,
    });
    expect(alone.rows).toHaveLength(1);
    expect(alone.rows[0]).toMatchObject({ output: 'ZoeAngstrom', pass: true });
    expect(alone.verdict).toBe('unknown');
    expect(
      lint('[displayName]', 'group.displayName', { corpus: false, prove: false }).explanation,
    ).toMatch(/Nothing was evaluated/);
  });

  it('reports each row before evaluating it, so a supervisor can name a row that hangs', () => {
    const seen: string[] = [];
    lint('[displayName]', 'group.displayName', { onRowStart: (_i, r) => seen.push(r.id) });
    expect(seen).toEqual(GROUP_CORPUS.map((r) => r.id));
  });

  it('fails a required target whose expression yields null', () => {
    const r = lint('[mailNickname]', 'group.displayName');
    const missing = row(r.rows, 'g-slash');
    expect(missing.output).toBeNull();
    expect(codes(missing)).toEqual(['target.null']);
  });

  it('never calls an expression unsafe because of its own limits: a refused regex is "unknown"', () => {
    // The evaluator refuses this backtracking-prone pattern on a long run of "a" (eval.regex-risky);
    // Entra would simply run it, so that row is no evidence either way.
    const risky = 'Replace([displayName], , "a*a*a*a*a*a*a*a*b", , "x", , )';
    const samples = [{ label: 'long run', attrs: { displayName: 'a'.repeat(200) } }];
    const r = lint(risky, 'user.displayName', { samples, corpus: false, prove: false });
    expect(r.rows[0]!.error?.code).toBe('eval.regex-risky');
    expect(r.verdict).toBe('unknown');
    expect(r.counterexample).toBeUndefined();
    expect(r.explanation).toMatch(/could not be evaluated by this tool/);
    const d = r.diagnostics.find((x) => x.code === 'eval.regex-risky');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toMatch(/not a failure Entra would report/);
  });

  it('does not count time-budget failures against the expression, but still counts real ones', () => {
    // A zero budget stops every row before it starts: a limit of this machine, not of Entra.
    const limited = lint('[displayName]', 'group.displayName', { budgetMs: 0, prove: false });
    expect(limited.rows.every((x) => x.error?.code === 'eval.budget-exceeded')).toBe(true);
    expect(limited.verdict).toBe('unknown');
    expect(limited.explanation).toMatch(/^0 of \d+ test objects pass/);
    // An IIF over a missing attribute fails in Entra too: still unsafe.
    const iif = lint('IIF(IsPresent([givenName]), [givenName], "x")', 'user.name.givenName', {
      prove: false,
    });
    expect(iif.verdict).toBe('unsafe');
  });
});
