/**
 * `node dist/scim-expr.js mappings --schema FILE [--fix OUT]` through a real child process:
 * the JSON it prints, the exit codes a pipeline gates on, and the corrected file it writes.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve(process.env.SCIM_EXPR_CLI ?? 'dist/scim-expr.js');
const SCHEMA = resolve('test/fixtures/mappings/graph-schema.json');
const dir = mkdtempSync(join(tmpdir(), 'scim-mappings-'));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CLI's JSON, read by path
type Json = any;

function run(args: string[]): { code: number | null; out: Json; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  let out: unknown = null;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    /* stays null: usage errors print nothing on stdout */
  }
  return { code: r.status, out, stdout: r.stdout, stderr: r.stderr };
}

describe('scim-expr mappings', () => {
  it('checks a schema file: exit 1 with the problems as JSON', () => {
    const t0 = performance.now();
    const r = run(['mappings', '--schema', SCHEMA]);
    console.log(`mappings --schema (13 rows): ${Math.round(performance.now() - t0)} ms`);
    expect(r.code).toBe(1);
    expect(r.out.users.required).toEqual([
      expect.objectContaining({ code: 'externalId.source', source: 'mailNickname' }),
    ]);
    expect(r.out.users.unsupported.map((u: Json) => u.row.target)).toContain('title');
    const userDisplay = r.out.users.verdicts.find((v: Json) => v.row.target === 'displayName');
    // The Join source had no "expression" in the file: rebuilt from name and parameters.
    expect(userDisplay.expression).toBe('Join(" ", [givenName], [surname])');
    expect(r.out.groups.matching).toEqual({
      target: 'displayName',
      expected: 'displayName',
      ok: true,
    });
  });

  it('writes the corrected schema, which then checks clean (exit 0)', () => {
    const out = join(dir, 'fixed.json');
    const r = run(['mappings', '--schema', SCHEMA, '--fix', out]);
    expect(r.code).toBe(1);
    expect(r.out.fix.command).toBe(
      `az rest --method PUT --url https://graph.microsoft.com/v1.0/servicePrincipals/<servicePrincipalId>/synchronization/jobs/<jobId>/schema --body @${out}`,
    );
    expect(r.out.fix.diff).toContain('- [mailNickname]\n+ [objectId]');
    const again = run(['mappings', '--schema', out]);
    expect(again.code).toBe(0);
    expect(again.out.problems).toBe(0);
    // Nothing to fix: the copy is the same bytes.
    const out2 = join(dir, 'fixed-again.json');
    expect(run(['mappings', '--schema', out, '--fix', out2]).code).toBe(0);
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('exits 2 on bad usage and on files that are not such a schema', () => {
    const notSchema = join(dir, 'users.json');
    writeFileSync(notSchema, '{"value":[{"id":"1"}]}');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"synchronizationRules": [');
    for (const args of [
      ['mappings'],
      ['mappings', '--schema', join(dir, 'missing.json')],
      ['mappings', '--schema', notSchema],
      ['mappings', '--schema', broken],
      ['mappings', '--schema', SCHEMA, '--expr', '[x]'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^scim-expr: /);
    }
  });
});
