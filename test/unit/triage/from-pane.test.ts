import { describe, expect, it } from 'vitest';
import { classify, indexNames, isFailure } from '../../../lib/triage/classify';
import { entryFromPane, type PaneEntry } from '../../../lib/triage/from-pane';

const base: PaneEntry = {
  status: 'Failure',
  errorCode: null,
  reason: null,
  recommendedAction: null,
  objectType: 'group',
  displayName: '财务部/北京',
  objectId: '5f1c2d3e-0000-4000-8000-00000000a001',
  modified: [],
};
const explain = (p: PaneEntry) => {
  const e = entryFromPane(p);
  return isFailure(e) ? classify(e, indexNames([e])).detail : null;
};

describe('an entry shown in the details pane, explained as the triage does', () => {
  it('a group name CloudSSO rejects: the attribute, the offending characters, a proven fix', () => {
    const d = explain({
      ...base,
      errorCode: 'SystemForCrossDomainIdentityManagementServiceIncompatible',
      reason: 'HTTP 400 Bad Request',
      modified: [{ name: 'displayName', oldValue: null, newValue: '财务部/北京 ☂' }],
    });
    expect(d?.cause).toBe('rejected-name');
    if (d?.cause !== 'rejected-name') return;
    expect(d.attribute).toBe('displayName');
    expect(d.offending).toContain('/');
    expect(d.offending).toContain('☂');
    expect(d.fix).toMatch(/displayName/);
  });

  it('401 is the key, 404 the Tenant URL; Chinese status words count', () => {
    expect(
      explain({
        ...base,
        status: '失败',
        errorCode: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
        reason: 'HTTP/401 Unauthorized',
      }),
    ).toEqual({ cause: 'credential', status: 401 });
    expect(explain({ ...base, reason: 'The remote server returned 404 Not Found' })?.cause).toBe(
      'endpoint',
    );
  });

  it('a successful entry is not a failure', () => {
    expect(explain({ ...base, status: 'Success' })).toBeNull();
    expect(explain({ ...base, status: '成功', errorCode: 'X' })).toBeNull();
  });
});
