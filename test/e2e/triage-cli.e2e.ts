/**
 * `node dist/scim-expr.js triage --logs FILE` through a real child process, on the
 * provisioning-log fixtures (test/fixtures/logs). Runs after `npm run build`.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve(process.env.SCIM_EXPR_CLI ?? 'dist/scim-expr.js');
const LOGS = resolve('test/fixtures/logs');

function triage(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'triage', ...args], {
    encoding: 'utf8',
    timeout: 25_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Out {
  format: string;
  entries: number;
  failures: number;
  groups: { cause: string; count: number; objects: Record<string, unknown>[] }[];
}

describe('scim-expr triage', () => {
  it('groups the JSON download by cause, exit 1 because there are failures', () => {
    const r = triage('--logs', join(LOGS, 'download.json'));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Out;
    expect(out).toMatchObject({ format: 'json', entries: 10, failures: 8 });
    const rejected = out.groups.find((g) => g.cause === 'rejected-name')!;
    expect(rejected.objects).toContainEqual(
      expect.objectContaining({
        displayName: '王小明',
        objectId: '0a1b2c3d-0002-4000-8000-000000000002',
        attribute: 'userName',
        offending: ['王', '小', '明'],
      }),
    );
  });

  it('reads the three CSV files as one download, and Graph JSON', () => {
    const csv = triage(
      '--logs',
      join(LOGS, 'ProvisioningLogs.csv'),
      '--logs',
      join(LOGS, 'ProvisioningLogs_ModifiedProperties.csv'),
      '--logs',
      join(LOGS, 'ProvisioningLogs_ProvisioningSteps.csv'),
    );
    const graph = triage(`--logs=${join(LOGS, 'graph.json')}`);
    const causes = (s: string) => (JSON.parse(s) as Out).groups.map((g) => `${g.cause}:${g.count}`);
    expect(causes(csv.stdout)).toEqual(causes(graph.stdout));
    expect((JSON.parse(graph.stdout) as Out).format).toBe('graph');
  });

  it('exits 0 on logs without failures, 2 on bad usage or an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-'));
    const clean = join(dir, 'clean.json');
    writeFileSync(
      clean,
      JSON.stringify([{ id: 'a', provisioningStatusInfo: { status: 'success' } }]),
    );
    const ok = triage('--logs', clean);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as Out).failures).toBe(0);

    const users = join(dir, 'users.csv');
    writeFileSync(users, 'objectId,displayName\n1,a\n');
    for (const [args, message] of [
      [[], /triage needs --logs FILE/],
      [['--logs'], /--logs needs a file/],
      [['--frob'], /unknown option --frob/],
      [['--logs', join(dir, 'missing.json')], /no such file/],
      [['--logs', users], /does not look like a provisioning-log download/],
    ] as const) {
      const r = triage(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });
});
