/**
 * The command-line linter through a real child process, exactly as the automation contract
 * (docs/automation-contract.md#command-line-node-distscim-exprjs) describes it: `node dist/scim-expr.js ...`. Runs after `npm run build`.
 */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve(process.env.SCIM_EXPR_CLI ?? 'dist/scim-expr.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: unknown[];
}

function run(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    // A safety net only: a frozen CLI fails the test instead of hanging the suite.
    timeout: 25_000,
  });
  const lines = r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l): unknown => {
      try {
        return JSON.parse(l);
      } catch {
        return l;
      }
    });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

const SANITIZE =
  'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.-]", , "", , )';
/**
 * Eight repetitions of "ab" in a row: polynomial backtracking (n^8) on "abab…" with no "c". The
 * evaluator refuses nested repetition like (a+)+ and runs of repetitions sharing one character
 * like a*a*a*b on long inputs by itself; repetitions that only share a two-character string are
 * beyond its analysis, so only the CLI's worker timeout can stop this one.
 */
const PATHOLOGICAL = `Replace([displayName], , "${'(?:ab)*'.repeat(8)}c", , "x", , )`;
const HANGING_NAME = 'ab'.repeat(100);

interface Diag {
  code: string;
  severity: string;
  message: string;
  start: number;
  end: number;
}
interface LintLine {
  diagnostics: Diag[];
  verdict: string;
  explanation: string;
}

function expectUsageError(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^scim-expr: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error(`No CLI at ${CLI}. Run "npm run build" first (npm test does).`);
});

describe('scim-expr eval', () => {
  it('prints {"ok":true,"value":...} for the sanitize recipe and exits 0', () => {
    const r = run(['eval', '--expr', SANITIZE, '--attrs', '{"displayName":"Zoë Ångström"}']);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([{ ok: true, value: 'ZoeAngstrom' }]);
    expect(r.stderr).toBe('');
  });

  it('prints null when the result is not sent, and arrays for several values', () => {
    expect(run(['eval', '--expr', '[mail]']).lines).toEqual([{ ok: true, value: null }]);
    const multi = run(['eval', '--expr', 'Split([proxy], ",")', '--attrs', '{"proxy":"a,b"}']);
    expect(multi.lines).toEqual([{ ok: true, value: ['a', 'b'] }]);
  });

  it('says when a flow signal, not a missing value, made the result null', () => {
    expect(run(['eval', '--expr', 'IgnoreFlowIfNullOrEmpty([mail])']).lines).toEqual([
      { ok: true, value: null, flow: 'ignore-attribute' },
    ]);
    const skip = run([
      'eval',
      '--expr',
      'IIF(IsPresent([mail]), IgnoreObjectFlow, [mail])',
      '--attrs',
      '{"mail":"a@example.com"}',
    ]);
    expect(skip.lines).toEqual([{ ok: true, value: null, flow: 'ignore-object' }]);
  });

  it('reports a broken expression as {"ok":false,"error":{code,message}} and exits 1', () => {
    const r = run(['eval', '--expr', 'Left([displayName], ']);
    expect(r.code).toBe(1);
    const [line] = r.lines as { ok: boolean; error: Record<string, unknown> }[];
    expect(line!.ok).toBe(false);
    expect(Object.keys(line!.error).sort()).toEqual(['code', 'message']);
    expect(line!.error.code).toMatch(/^syntax/);
  });

  it('reads the expression from stdin with --expr -', () => {
    const r = run(
      ['eval', '--expr', '-', '--attrs', '{"displayName":"Jürgen Groß"}'],
      `${SANITIZE}\n`,
    );
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([{ ok: true, value: 'JurgenGross' }]);
  });

  it('stops a catastrophically backtracking regex and says so, instead of freezing', () => {
    const r = run([
      'eval',
      '--expr',
      PATHOLOGICAL,
      '--attrs',
      JSON.stringify({ displayName: HANGING_NAME }),
      '--timeout',
      '500',
    ]);
    expect(r.code).toBe(1);
    const [line] = r.lines as { ok: boolean; error: { code: string; message: string } }[];
    expect(line).toEqual({
      ok: false,
      error: { code: 'eval.timeout', message: expect.stringMatching(/500 ms.*regular expression/) },
    });
  });

  it('refuses overlapping repetitions in a row on a long input (the evaluator guard)', () => {
    const r = run([
      'eval',
      '--expr',
      'Replace([displayName], , "a*a*a*a*a*a*a*a*b", , "x", , )',
      '--attrs',
      JSON.stringify({ displayName: 'a'.repeat(200) }),
    ]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatchObject({
      ok: false,
      error: { code: 'eval.regex-risky', message: expect.stringMatching(/backtracking/) },
    });
  });

  it('refuses a nested quantifier on a long input with a clear error (the evaluator guard)', () => {
    const attrs = JSON.stringify({ displayName: `${'a'.repeat(40)}!` });
    const r = run([
      'eval',
      '--expr',
      'Replace([displayName], , "^(a+)+$", , "x", , )',
      '--attrs',
      attrs,
    ]);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/backtracking/) },
    });
  });
});

describe('scim-expr eval --batch', () => {
  it('answers each JSON line in order, an error object for a bad line, and keeps going', () => {
    const input = [
      JSON.stringify({ expr: SANITIZE, attrs: { displayName: 'José Müller' } }),
      'this is not json',
      JSON.stringify({ expr: '[givenName]', attrs: { givenName: 'Zoë' } }),
      JSON.stringify({ attrs: {} }),
      JSON.stringify({ expr: 'StripSpaces([displayName])', attrs: { displayName: 'A B C' } }),
      '',
    ].join('\n');
    const r = run(['eval', '--batch'], input);
    expect(r.lines).toHaveLength(5);
    expect(r.lines[0]).toEqual({ ok: true, value: 'JoseMuller' });
    expect(r.lines[1]).toMatchObject({ ok: false, error: { code: 'input.invalid-json' } });
    expect(r.lines[2]).toEqual({ ok: true, value: 'Zoë' });
    expect(r.lines[3]).toMatchObject({ ok: false, error: { code: 'input.missing-expr' } });
    expect(r.lines[4]).toEqual({ ok: true, value: 'ABC' });
    // Malformed lines are bad usage; each is named on stderr.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2: /);
    expect(r.stderr).toMatch(/line 4: /);
  });

  it('exits 0 when every line evaluates and 1 when one evaluation fails', () => {
    const ok = [
      JSON.stringify({ expr: '[a]', attrs: { a: 'x' } }),
      JSON.stringify({ expr: 'Join("-", [a], [b])', attrs: { a: 'x', b: 'y' } }),
    ].join('\n');
    const good = run(['eval', '--batch'], ok);
    expect(good.code).toBe(0);
    expect(good.lines).toEqual([
      { ok: true, value: 'x' },
      { ok: true, value: 'x-y' },
    ]);
    const bad = run(['eval', '--batch'], `${ok}\n${JSON.stringify({ expr: 'Left([a], ' })}\n`);
    expect(bad.code).toBe(1);
    expect(bad.lines).toHaveLength(3);
    expect(bad.lines[2]).toMatchObject({ ok: false });
  });

  it('restarts the worker after a runaway line, so the next line is still answered', () => {
    const input = [
      JSON.stringify({ expr: PATHOLOGICAL, attrs: { displayName: HANGING_NAME } }),
      JSON.stringify({ expr: SANITIZE, attrs: { displayName: 'Søren Ærø' } }),
    ].join('\n');
    const r = run(['eval', '--batch', '--timeout', '500'], input);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toMatchObject({ ok: false });
    expect(r.lines[1]).toEqual({ ok: true, value: 'SoerenAEroe' });
    expect(r.code).toBe(1);
  });
});

describe('scim-expr lint', () => {
  it('finds the corpus names the sanitize recipe empties for group.displayName: unsafe, exit 1', () => {
    const r = run(['lint', '--expr', SANITIZE, '--target', 'group.displayName']);
    expect(r.code).toBe(1);
    const [out] = r.lines as LintLine[];
    expect(out!.verdict).toBe('unsafe');
    for (const d of out!.diagnostics) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['code', 'severity', 'message', 'start', 'end']),
      );
    }
    const empty = out!.diagnostics.filter((d) => d.code === 'target.empty');
    expect(empty.map((d) => d.message).join('\n')).toContain('财务部');
    expect(out!.explanation).toMatch(/break/);
  });

  it('passes the identity mapping for user.displayName with warnings only: proven safe (Entra caps displayName at 256), exit 0', () => {
    const r = run(['lint', '--expr', '[displayName]', '--target', 'user.displayName']);
    const [out] = r.lines as LintLine[];
    expect(out!.verdict).toBe('proven-safe');
    expect(out!.diagnostics.some((d) => d.severity === 'error')).toBe(false);
    expect(out!.diagnostics.some((d) => d.code === 'target.invisible-chars')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('reports syntax errors with spans and exits 1', () => {
    const expr = 'Replace([displayName], , "[^a-z]", , "", , ';
    const r = run(['lint', '--expr', expr, '--target', 'user.userName']);
    expect(r.code).toBe(1);
    const [out] = r.lines as LintLine[];
    const syntax = out!.diagnostics.filter((d) => d.code.startsWith('syntax'));
    expect(syntax.length).toBeGreaterThan(0);
    for (const d of syntax) {
      expect(d.start).toBeGreaterThanOrEqual(0);
      expect(d.end).toBeLessThanOrEqual(expr.length);
    }
  });

  it("flags the UPN as userName: the guest's #EXT# and the 65-character UPN, naming the input", () => {
    const r = run(['lint', '--expr', '[userPrincipalName]', '--target', 'user.userName']);
    expect(r.code).toBe(1);
    const [out] = r.lines as LintLine[];
    const messages = out!.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('alice_contoso.com#EXT#@fabrikam.onmicrosoft.com');
    expect(out!.diagnostics.some((d) => d.code === 'target.too-long')).toBe(true);
  });

  it("lints the admin's samples and reads the expression from stdin", () => {
    const samples = JSON.stringify([{ label: 'our CFO', attrs: { displayName: 'Zoë (CFO)' } }]);
    const r = run(
      ['lint', '--expr', '-', '--target', 'group.displayName', '--samples', samples, '--rows'],
      '[displayName]\n',
    );
    const [out] = r.lines as (LintLine & { rows: { label: string; pass: boolean }[] })[];
    expect(out!.rows.find((row) => row.label === 'our CFO')).toMatchObject({ pass: false });
    expect(out!.diagnostics.some((d) => d.message.includes('Zoë (CFO)'))).toBe(true);
    expect(r.code).toBe(1);
  });

  it('stops a hanging evaluation during lint and names the object that hung: unknown (a limit of this tool, not an Entra failure), exit 0', () => {
    const samples = JSON.stringify([
      { label: 'long run of a', attrs: { displayName: HANGING_NAME } },
    ]);
    const r = run([
      'lint',
      '--expr',
      PATHOLOGICAL,
      '--target',
      'user.displayName',
      '--samples',
      samples,
      '--timeout',
      '500',
    ]);
    const [out] = r.lines as LintLine[];
    expect(out!.verdict).toBe('unknown');
    const timeout = out!.diagnostics.find((d) => d.code === 'eval.timeout');
    expect(timeout?.severity).toBe('warning');
    expect(timeout?.message).toContain('long run of a');
    expect(out!.explanation).toContain('500 ms');
    expect(out!.explanation).toMatch(/not a failure Entra would report/);
    // Nothing else is wrong with the expression, so nothing counts as an error.
    expect(out!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('answers lint --batch line by line, with --target as the default target', () => {
    const input = [
      JSON.stringify({ expr: '[displayName]', target: 'user.displayName' }),
      JSON.stringify({ expr: '[displayName]' }),
      JSON.stringify({ expr: '[displayName]', target: 'user.nope' }),
    ].join('\n');
    const r = run(['lint', '--batch', '--target', 'group.displayName'], input);
    expect(r.lines).toHaveLength(3);
    expect(r.lines[0]).toMatchObject({ verdict: 'proven-safe' });
    expect(r.lines[1]).toMatchObject({ verdict: 'unsafe' });
    expect(r.lines[2]).toMatchObject({ error: { code: 'input.unknown-target' } });
    expect(r.code).toBe(2);
  });
});

describe('bad usage: exit 2, one clear line on stderr, never a stack trace', () => {
  it.each([
    [['frobnicate'], /unknown command/],
    [[], /missing command/],
    [['eval', '--expr', '[a]', '--colour'], /unknown option --colour/],
    [['lint', '--expr', '[a]', '--target', 'user.nickname'], /unknown target "user\.nickname"/],
    [['lint', '--expr', '[a]'], /needs --target/],
    [['eval', '--attrs', '{}'], /needs --expr/],
    [['eval', '--expr', '[a]', '--attrs', '{not json'], /--attrs is not valid JSON/],
    [['eval', '--expr', '[a]', '--attrs', '["a"]'], /--attrs must be a JSON object/],
    [['eval', '--expr', '   '], /empty/],
  ])('%j', (args, message) => {
    expectUsageError(run(args), message);
  });

  it('refuses binary junk on stdin', () => {
    const junk = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0xff, 0xfe, 0x00, 0x0a]);
    expectUsageError(run(['eval', '--expr', '-'], junk), /not UTF-8 text|control characters/);
    const batch = run(['lint', '--batch', '--target', 'user.userName'], junk);
    expect(batch.code).toBe(2);
    expect(batch.lines).toEqual([{ error: expect.objectContaining({ code: 'input.binary' }) }]);
    expect(batch.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses empty input', () => {
    expectUsageError(run(['eval', '--expr', '-'], ''), /empty/);
    expectUsageError(
      run(['lint', '--batch', '--target', 'user.userName'], '\n\n'),
      /no input lines/,
    );
  });

  it('prints help on --help and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage:/);
    for (const id of ['user.userName', 'group.displayName', 'user.emails'])
      expect(r.stdout).toContain(id);
  });
});

describe('attributes are the object’s own properties only (#11)', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    '[%s] of {} is a missing attribute, in eval, batch and lint --rows',
    (name) => {
      expect(run(['eval', '--expr', `[${name}]`, '--attrs', '{}']).lines).toEqual([
        { ok: true, value: null },
      ]);
      expect(
        run(['eval', '--batch'], `${JSON.stringify({ expr: `[${name}]`, attrs: {} })}\n`).lines,
      ).toEqual([{ ok: true, value: null }]);
      const lint = run(['lint', '--target', 'group.displayName', '--expr', `[${name}]`, '--rows']);
      expect(lint.code).toBe(1); // a missing name breaks the rule: a finding, not a crash
      const result = lint.lines[0] as {
        rows?: { inputs: Record<string, unknown> }[];
        error?: unknown;
      };
      expect(result.error).toBeUndefined();
      expect(result.rows?.every((r) => r.inputs[name] === null)).toBe(true);
    },
  );

  it('reads {"__proto__":"x"} as the attribute __proto__', () => {
    expect(run(['eval', '--expr', '[__proto__]', '--attrs', '{"__proto__":"x"}']).lines).toEqual([
      { ok: true, value: 'x' },
    ]);
    const lint = run([
      'lint',
      '--target',
      'group.displayName',
      '--expr',
      '[__proto__]',
      '--rows',
      '--samples',
      '[{"label":"mine","attrs":{"__proto__":"ab"}}]',
    ]);
    const rows = (lint.lines[0] as { rows: { label?: string; output: unknown }[] }).rows;
    expect(rows.find((r) => r.label === 'mine')?.output).toBe('ab');
  });
});
