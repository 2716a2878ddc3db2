import { describe, expect, it } from 'vitest';
import { explainTestOutcome, quotedStatus, type ExplainInput } from '@/lib/portals/azure/decide';
import { tenantUrlFacts } from '@/lib/portals/azure/tenant-url';

const NOW = Date.UTC(2026, 0, 15);
const base: ExplainInput = {
  ok: false,
  text: 'You appear to have entered invalid credentials. Details: HTTP/401 Unauthorized',
  tenantUrl: tenantUrlFacts('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/'),
  endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
  acceleratedEndpoint: null,
  region: 'cn-shanghai',
  syncEnabled: true,
  credentialExpiresAt: Date.UTC(2026, 6, 1),
  now: NOW,
};
const codes = (input: Partial<ExplainInput>): string[] =>
  explainTestOutcome({ ...base, ...input }).map((c) => c.code);

describe('Test connection failures in CloudSSO terms', () => {
  it('has nothing to explain on success', () => {
    expect(codes({ ok: true })).toEqual([]);
  });

  it('a right URL with 401: the key is disabled or deleted, or expired when it is past expiry', () => {
    expect(codes({})).toEqual(['key-disabled-or-deleted']);
    expect(explainTestOutcome({ ...base, credentialExpiresAt: Date.UTC(2025, 11, 1) })).toEqual([
      { code: 'key-expired', params: { expiredAt: '2025-12-01' } },
    ]);
  });

  it('a wrong path, also when Entra answers 404', () => {
    expect(
      codes({ tenantUrl: tenantUrlFacts('https://cloudsso-scim-cn-shanghai.aliyun.com/scim') }),
    ).toContain('wrong-path');
    expect(
      codes({
        tenantUrl: tenantUrlFacts('https://cloudsso-scim-cn-shanghai.aliyun.com/'),
        text: 'HTTP/404 Not Found',
      })[0],
    ).toBe('wrong-path');
  });

  it('a trailing slash that differs from what CloudSSO shows, or a doubled one', () => {
    expect(
      codes({ tenantUrl: tenantUrlFacts('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2') }),
    ).toContain('trailing-slash');
    expect(
      codes({
        tenantUrl: tenantUrlFacts('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2//'),
      }),
    ).toContain('trailing-slash');
    expect(
      codes({ tenantUrl: tenantUrlFacts('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/') }),
    ).not.toContain('trailing-slash');
  });

  it('a region other than the directory’s', () => {
    expect(
      explainTestOutcome({
        ...base,
        tenantUrl: tenantUrlFacts('https://cloudsso-scim-ap-southeast-1.aliyun.com/scim/v2/'),
      })[0],
    ).toEqual({
      code: 'wrong-region',
      params: { found: 'ap-southeast-1', expected: 'cn-shanghai' },
    });
  });

  it('the sync switch off in CloudSSO', () => {
    expect(codes({ syncEnabled: false })).toContain('sync-off');
  });

  it('a host that is not a CloudSSO SCIM host, and text that is not a URL', () => {
    expect(
      codes({ tenantUrl: tenantUrlFacts('https://cloudsso.console.aliyun.com/setting') }),
    ).toEqual(expect.arrayContaining(['not-cloudsso-host', 'wrong-path']));
    expect(codes({ tenantUrl: tenantUrlFacts('cloudsso-scim') })).toContain('not-a-url');
  });

  it('explains a key pasted into Tenant URL without repeating it', () => {
    const key = 'Zx8aAJCtpbyPJ8saXeYDgyw4Q2';
    const causes = explainTestOutcome({ ...base, tenantUrl: tenantUrlFacts(key) });
    expect(causes[0]).toEqual({ code: 'not-a-url', params: {} });
    expect(JSON.stringify(causes)).not.toContain(key);
  });

  it('reduces the Tenant URL to facts: scheme, host, region and the path’s shape', () => {
    expect(tenantUrlFacts(' https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2// ')).toEqual({
      kind: 'https',
      host: 'cloudsso-scim-cn-shanghai.aliyun.com',
      path: 'scim-v2-slashes',
      region: 'cn-shanghai',
    });
    expect(tenantUrlFacts('http://example.com/scim/v2/x?k=secret')).toEqual({
      kind: 'http',
      host: 'example.com',
      path: 'other',
      region: null,
    });
    expect(tenantUrlFacts('')).toMatchObject({ kind: 'empty' });
    expect(tenantUrlFacts('javascript:alert(1)')).toMatchObject({ kind: 'not-url', host: null });
  });

  it('falls back to unknown rather than inventing a cause', () => {
    expect(
      codes({ text: 'Something went wrong', tenantUrl: tenantUrlFacts(base.endpoint!) }),
    ).toEqual(['unknown']);
  });

  it('reads the status Entra quotes', () => {
    expect(quotedStatus('HTTP/401 Unauthorized')).toBe(401);
    expect(quotedStatus('An HTTP/1.1 404 Not Found response was returned')).toBe(404);
    expect(quotedStatus('no status')).toBeNull();
  });
});
