import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEM } from '@/lib/dryrun';
import { DryRunSession } from '@/lib/workers/dryrun-job';
import { expectedUserNames, USER_NAME_RECIPE } from '../../fixtures/csv/expected';

const users = readFileSync('test/fixtures/csv/entra-users.csv', 'utf8');
const groups = readFileSync('test/fixtures/csv/entra-groups.csv', 'utf8');

describe('a dry-run over an Entra users export, with the real engine', () => {
  it('maps the download’s columns and reports the counts and collisions computed independently', () => {
    const session = new DryRunSession();
    const file = session.load(users);
    expect(file.rowCount).toBe(18);
    expect(file.mapping.slice(0, 6)).toEqual([
      'userPrincipalName',
      'displayName',
      'surname',
      'mail',
      'givenName',
      'objectId',
    ]);
    const outcome = session.run({
      expression: USER_NAME_RECIPE,
      targetId: 'user.userName',
      mapping: file.mapping,
    });
    if (outcome.kind !== 'done') throw new Error(`unexpected ${outcome.kind}`);
    const want = expectedUserNames();
    const report = outcome.report;
    expect({
      total: report.total,
      failed: report.failed,
      empty: report.empty,
      collisionRows: report.collisionRows,
    }).toEqual({
      total: want.total,
      failed: want.failed,
      empty: want.empty,
      collisionRows: want.collisionRows,
    });
    const groupsFound = report.collisions
      .map((g) => g.members.map((m) => m.name).sort())
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(groupsFound).toEqual(want.collisions);
    expect(outcome.unmapped).toEqual([]);
    // The Zoë group has an exact pair and a row that differs only in case.
    const zoe = report.problemRows.filter((r) =>
      r.inputs.displayName?.toLowerCase().startsWith('zo'),
    );
    expect(zoe.map((r) => r.problems)).toEqual([
      [PROBLEM.collision],
      [PROBLEM.collision],
      [PROBLEM.collisionCase],
    ]);
  });

  it('exports the filtered problem rows with the file’s own columns', () => {
    const session = new DryRunSession();
    const file = session.load(users);
    session.run({ expression: USER_NAME_RECIPE, targetId: 'user.userName', mapping: file.mapping });
    const { csv, count } = session.exportCsv({ code: PROBLEM.empty, text: '' });
    expect(count).toBe(expectedUserNames().empty);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFuserPrincipalName,displayName,surname,mail,givenName,objectId,userType,jobTitle,department,accountEnabled,CloudSSO value,Problem codes,Problems',
    );
    expect(lines.slice(1).some((l) => l.startsWith('wang.xiaoming@contoso.com,王小明,'))).toBe(
      true,
    );
  });

  it('says which attributes no column provides, and refuses an expression with errors', () => {
    const session = new DryRunSession();
    const file = session.load(users);
    const noName = file.mapping.map((m) => (m === 'displayName' ? null : m));
    const outcome = session.run({
      expression: USER_NAME_RECIPE,
      targetId: 'user.userName',
      mapping: noName,
    });
    expect(outcome.kind === 'done' && outcome.unmapped).toEqual(['displayName']);
    const invalid = session.run({
      expression: 'Replace([displayName], , “x”, , "", , )',
      targetId: 'user.userName',
      mapping: file.mapping,
    });
    expect(invalid.kind).toBe('invalid');
  });
});

describe('a dry-run over groups exported with human column names', () => {
  it('maps "Object Id" and "Display name" and finds group names that break the rule', () => {
    const session = new DryRunSession();
    const file = session.load(groups);
    expect(file.mapping).toEqual(['objectId', 'displayName', 'mailNickname', null, null, 'Source']);
    const outcome = session.run({
      expression: '[displayName]',
      targetId: 'group.displayName',
      mapping: file.mapping,
    });
    if (outcome.kind !== 'done') throw new Error(`unexpected ${outcome.kind}`);
    // Allowed as-is: Sales-Marketing, Ops.Team, ops.team (these two differ only in case).
    expect(outcome.report.failed).toBe(5);
    expect(outcome.report.collisions).toEqual([
      expect.objectContaining({ key: 'ops.team', exact: false }),
    ]);
  });
});

describe('finding the row a run hangs on', () => {
  it('announces each row of the range before evaluating it, and whether a regular expression runs', () => {
    const session = new DryRunSession();
    const file = session.load(users);
    const request = (expression: string) => ({
      expression,
      targetId: 'user.userName' as const,
      mapping: file.mapping,
    });
    const rows: number[] = [];
    const regex: boolean[] = [];
    session.locate(
      request(USER_NAME_RECIPE),
      3,
      7,
      (i) => rows.push(i),
      (r) => regex.push(r),
    );
    expect(rows).toEqual([3, 4, 5, 6]);
    // The range is cut to the file's rows.
    session.locate(
      request('ToLower([mailNickname])'),
      16,
      99,
      (i) => rows.push(i),
      (r) => regex.push(r),
    );
    expect(rows.slice(4)).toEqual([16, 17]);
    expect(regex).toEqual([true, false]);
    // A run tells the same before its first row.
    session.run(request('Mid([objectId], 1, 8)'), undefined, (r) => regex.push(r));
    expect(regex.at(-1)).toBe(false);
  });
});
