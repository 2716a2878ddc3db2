import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/lint';
import {
  groupsCsv,
  LogFormatError,
  triageFiles,
  type AffectedObject,
  type Cause,
  type TriageResult,
} from '../../../lib/triage';
import { generateLogJson } from '../../fixtures/logs/generate';

const dir = resolve(__dirname, '../../fixtures/logs');
const file = (name: string) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') });

function byCause(r: TriageResult): Record<string, AffectedObject[]> {
  return Object.fromEntries(r.groups.map((g) => [g.cause, g.objects]));
}
const names = (objects: AffectedObject[] | undefined) => (objects ?? []).map((o) => o.displayName);

const FORMATS: [string, () => TriageResult][] = [
  ['the JSON download', () => triageFiles([file('download.json')])],
  ['Graph provisioningObjectSummary', () => triageFiles([file('graph.json')])],
  [
    'the CSV download (three files)',
    () =>
      triageFiles([
        file('ProvisioningLogs.csv'),
        file('ProvisioningLogs_ModifiedProperties.csv'),
        file('ProvisioningLogs_ProvisioningSteps.csv'),
      ]),
  ],
];

describe.each(FORMATS)('triage of %s', (_label, run) => {
  const r = run();
  const g = byCause(r);

  it('counts the entries and the failures (success and skipped are not failures)', () => {
    expect(r.entries).toBe(10);
    expect(r.failures).toBe(8);
  });

  it('names the rejected characters of a Chinese user name and of an emoji group name, with a proven fix', () => {
    const rejected = g['rejected-name']!;
    expect(names(rejected).sort()).toEqual(['王小明', '财务部 🚀 Finance'].sort());
    const user = rejected.find((o) => o.displayName === '王小明')!.detail;
    const group = rejected.find((o) => o.displayName === '财务部 🚀 Finance')!.detail;
    if (user.cause !== 'rejected-name' || group.cause !== 'rejected-name') throw new Error('cause');
    expect(user.attribute).toBe('userName');
    expect(user.offending).toEqual(['王', '小', '明']);
    expect(group.attribute).toBe('displayName');
    expect(group.offending).toEqual(expect.arrayContaining(['财', '🚀', ' ']));
    // The fix is the linter's: proven safe for that target.
    expect(lint(user.fix!, 'user.userName').verdict).toBe('proven-safe');
    expect(lint(group.fix!, 'group.displayName').verdict).toBe('proven-safe');
  });

  it('sends a 401 to the rotation, a 404 to the Tenant URL and keeps quarantine apart', () => {
    expect(names(g['credential'])).toEqual(['Ann Lee']);
    expect(g['credential']![0]!.detail).toEqual({ cause: 'credential', status: 401 });
    expect(names(g['endpoint'])).toEqual(['Bob Stone']);
    expect(names(g['quarantine'])).toEqual(['Eve']);
  });

  it('finds the other object of a duplicate name that differs only in case', () => {
    const dup = g['duplicate']![0]!;
    expect(dup.displayName).toBe('Ann Lee (2)');
    if (dup.detail.cause !== 'duplicate') throw new Error('cause');
    expect(dup.detail.others).toEqual([
      { displayName: 'Ann Lee', objectId: '0a1b2c3d-0004-4000-8000-000000000004' },
    ]);
  });

  it('reports a multi-valued email and keeps Entra’s words for the rest', () => {
    expect(g['multi-valued']![0]!.detail).toMatchObject({ count: 2 });
    expect(names(g['multi-valued'])).toEqual(['Carol 😀 Chen']);
    const other = g['other']![0]!;
    expect(other.displayName).toBe('Dave');
    expect(other.detail).toEqual({
      cause: 'other',
      text: 'Timeout: The request to the target timed out.',
    });
  });

  it('lists groups in a fixed order and exports display name and object id, never values', () => {
    const order: Cause[] = r.groups.map((x) => x.cause);
    expect(order).toEqual([
      'credential',
      'endpoint',
      'quarantine',
      'rejected-name',
      'duplicate',
      'multi-valued',
      'other',
    ]);
    const csv = groupsCsv(r.groups);
    expect(csv.startsWith('\uFEFFCause,Display name,Object id,Detail')).toBe(true);
    expect(csv).toContain('王小明');
    expect(csv).toContain('0a1b2c3d-0002-4000-8000-000000000002');
    expect(csv).not.toContain('carol.chen@contoso.com');
  });
});

describe('triage input', () => {
  it('refuses a CSV that is not a provisioning log, naming its columns', () => {
    expect(() => triageFiles([{ name: 'users.csv', text: 'objectId,displayName\n1,a\n' }])).toThrow(
      /users\.csv does not look like a provisioning-log download \(columns: objectId, displayName\)/,
    );
  });

  it('refuses a mix of JSON and CSV, and an empty file', () => {
    expect(() => triageFiles([file('download.json'), file('ProvisioningLogs.csv')])).toThrow(
      LogFormatError,
    );
    expect(() => triageFiles([{ name: 'a.json', text: '[' }])).toThrow(LogFormatError);
  });

  it('reads JSON lines and escapes a display name that would run as a formula', () => {
    const rec = {
      id: 'x',
      provisioningStatusInfo: {
        status: 'failure',
        errorInformation: { errorCode: 'Other', reason: 'no' },
      },
      sourceIdentity: { id: 'id1', displayName: '=HYPERLINK("x")', identityType: 'User' },
    };
    const r = triageFiles([
      { name: 'l.json', text: `${JSON.stringify(rec)}\n${JSON.stringify(rec)}\n` },
    ]);
    expect(r.failures).toBe(2);
    expect(groupsCsv(r.groups)).toContain(`'=HYPERLINK`);
  });

  it('groups a generated file by cause with progress', () => {
    const fractions: number[] = [];
    const r = triageFiles([{ name: 'big.json', text: generateLogJson(8_000) }], {
      onProgress: (f) => fractions.push(f),
    });
    expect(r.entries).toBe(8_000);
    expect(r.failures).toBe(2_000);
    expect(Object.keys(byCause(r)).sort()).toEqual(
      ['credential', 'duplicate', 'multi-valued', 'other', 'rejected-name'].sort(),
    );
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions.at(-1)).toBe(1);
  }, 30_000);
});
