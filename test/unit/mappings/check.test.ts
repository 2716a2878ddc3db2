import { describe, expect, it } from 'vitest';
import { checkMappings, verdictFor } from '@/lib/mappings/check';
import { rowExpression } from '@/lib/mappings/expression';
import { classifyTarget } from '@/lib/mappings/targets';
import type { MappingRow } from '@/lib/mappings/types';
import { evaluateExpression } from '@/lib/expr';

const row = (r: Partial<MappingRow> & Pick<MappingRow, 'target' | 'source'>): MappingRow => ({
  object: 'user',
  kind: 'direct',
  matching: null,
  defaultValue: null,
  ...r,
});

const goodUsers: MappingRow[] = [
  row({ source: 'objectId', target: 'externalId' }),
  row({ source: 'userPrincipalName', target: 'userName', matching: 1, kind: 'expression' }),
];

describe('Mapping check', () => {
  it('treats a Direct row as [source] and a constant as its quoted value', () => {
    expect(rowExpression({ kind: 'direct', source: 'mail' })).toBe('[mail]');
    expect(rowExpression({ kind: 'constant', source: 'a "b" \\ c' })).toBe('"a \\"b\\" \\\\ c"');
    const constant = rowExpression({ kind: 'constant', source: 'a "b" \\ c' });
    expect(evaluateExpression(constant, {})).toMatchObject({ ok: true, value: 'a "b" \\ c' });
  });

  it('gives each name row the proof verdict, with a counterexample and a proven fix when unsafe', () => {
    const check = checkMappings({
      objects: ['user'],
      rows: [
        row({ source: 'objectId', target: 'externalId' }),
        row({ source: 'displayName', target: 'userName', matching: 1 }),
      ],
    });
    const v = check.users!.verdicts.find((x) => x.row.target === 'userName')!;
    expect(v.expression).toBe('[displayName]');
    expect(v.verdict).toBe('unsafe');
    expect(v.counterexample).toBeDefined();
    expect(v.fix).toBeDefined();
    expect(verdictFor(v.fix!, 'user.userName').verdict).toBe('proven-safe');
  });

  it('flags externalId from mailNickname and a missing userName', () => {
    const check = checkMappings({
      objects: ['user'],
      rows: [row({ source: 'mailNickname', target: 'externalId', matching: 1 })],
    });
    expect(check.users!.required).toEqual([
      { code: 'externalId.source', index: 0, source: 'mailNickname' },
      { code: 'userName.missing' },
    ]);
    expect(check.users!.matching).toEqual({
      target: 'externalId',
      expected: 'userName',
      ok: false,
    });
  });

  it('asks groups for displayName, members and matching on displayName', () => {
    const check = checkMappings({
      objects: ['group'],
      rows: [row({ object: 'group', source: 'objectId', target: 'externalId', matching: 1 })],
    });
    expect(check.groups!.required.map((r) => r.code)).toEqual([
      'displayName.missing',
      'members.missing',
    ]);
    expect(check.groups!.matching.ok).toBe(false);
    expect(check.users).toBeNull();
  });

  it('lists targets CloudSSO has no field for, multi-valued ones marked, and several e-mails', () => {
    const check = checkMappings({
      objects: ['user'],
      rows: [
        ...goodUsers,
        row({ source: 'jobTitle', target: 'title' }),
        row({ source: 'telephoneNumber', target: 'phoneNumbers[type eq "work"].value' }),
        row({ source: 'mail', target: 'emails[type eq "work"].value' }),
        row({ source: 'otherMails', target: 'emails[type eq "other"].value' }),
      ],
    });
    expect(check.users!.unsupported.map((u) => [u.row.target, u.multiValue])).toEqual([
      ['title', false],
      ['phoneNumbers[type eq "work"].value', true],
    ]);
    expect(check.users!.severalEmails).toBe(true);
  });

  it('is clean on the mappings the guide recommends', () => {
    const check = checkMappings({ objects: ['user'], rows: goodUsers });
    const userName = check.users!.verdicts[0]!;
    // userPrincipalName may hold characters CloudSSO refuses: even the default row is judged.
    expect(['unsafe', 'proven-safe', 'unknown']).toContain(userName.verdict);
    expect(check.users!.required).toEqual([]);
    expect(check.users!.matching.ok).toBe(true);
  });

  it('counts unread rows as problems and never as rows', () => {
    const check = checkMappings({
      objects: ['user'],
      rows: goodUsers,
      unread: [{ object: 'user', row: 3, reason: 'source truncated without a title' }],
    });
    expect(check.users!.unread).toHaveLength(1);
    expect(check.users!.rowCount).toBe(2);
    expect(check.problems).toBeGreaterThanOrEqual(1);
  });

  it('classifies targets case-insensitively, as SCIM names are', () => {
    expect(classifyTarget('user', 'UserName')).toEqual({ kind: 'rule', targetId: 'user.userName' });
    expect(classifyTarget('group', 'displayName')).toEqual({
      kind: 'rule',
      targetId: 'group.displayName',
    });
    expect(
      classifyTarget(
        'user',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department',
      ).kind,
    ).toBe('unsupported');
    expect(classifyTarget('group', 'members')).toEqual({ kind: 'kept' });
  });
});
