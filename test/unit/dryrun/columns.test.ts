import { describe, expect, it } from 'vitest';
import { guessAttribute, guessMapping } from '@/lib/dryrun';

describe('guessAttribute', () => {
  it.each([
    ['userPrincipalName', 'userPrincipalName'],
    ['User principal name', 'userPrincipalName'],
    ['USER_PRINCIPAL_NAME', 'userPrincipalName'],
    ['objectId', 'objectId'],
    ['Object Id', 'objectId'],
    ['Object ID', 'objectId'],
    ['id', 'objectId'],
    ['Display name', 'displayName'],
    ['displayName', 'displayName'],
    ['First name', 'givenName'],
    ['Last name', 'surname'],
    ['Email', 'mail'],
    ['mailNickname', 'mailNickname'],
    ['\uFEFFuserPrincipalName', 'userPrincipalName'],
    ['Name [displayName] Required', 'displayName'],
    ['User name [userPrincipalName] Required', 'userPrincipalName'],
    ['department', 'department'],
    ['extension_abc123_costCenter', 'extension_abc123_costCenter'],
  ])('maps the header %j to %s', (header, attribute) => {
    expect(guessAttribute(header)).toBe(attribute);
  });

  it.each(['Created date time (UTC)', '', '职位'])(
    'leaves %j unmapped: it cannot name an attribute',
    (header) => {
      expect(guessAttribute(header)).toBeNull();
    },
  );
});

describe('guessMapping', () => {
  it('maps each attribute from one column only, the first', () => {
    expect(guessMapping(['id', 'Display name', 'Object Id', 'displayName', 'mail'])).toEqual([
      'objectId',
      'displayName',
      null,
      null,
      'mail',
    ]);
  });
});
