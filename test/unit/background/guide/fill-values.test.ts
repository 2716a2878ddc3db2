import { describe, expect, it } from 'vitest';
import { prepareFillValues } from '@/lib/background/guide/fill-values';

const ENDPOINT_NO_SLASH = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2';

describe('values to fill', () => {
  it('strips a pasted Bearer prefix and surrounding space, keeps the endpoint as shown', () => {
    expect(
      prepareFillValues(
        ' https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/ ',
        'Bearer  abcDEF123 ',
      ),
    ).toEqual({
      ok: true,
      tenantUrl: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
      secretToken: 'abcDEF123',
    });
    expect(prepareFillValues(`${ENDPOINT_NO_SLASH}`, 'bearer k')).toMatchObject({
      secretToken: 'k',
    });
  });

  it('refuses missing or malformed values', () => {
    expect(prepareFillValues(null, 'k')).toEqual({ ok: false, problem: 'no-endpoint' });
    expect(prepareFillValues(ENDPOINT_NO_SLASH, null)).toEqual({
      ok: false,
      problem: 'no-secret',
    });
    expect(prepareFillValues('http://x/scim/v2', 'k')).toEqual({
      ok: false,
      problem: 'endpoint-unverified',
      issue: 'not-https',
    });
    expect(prepareFillValues(ENDPOINT_NO_SLASH, 'Bearer ')).toEqual({
      ok: false,
      problem: 'bad-secret',
    });
    expect(prepareFillValues(ENDPOINT_NO_SLASH, 'two words')).toEqual({
      ok: false,
      problem: 'bad-secret',
    });
  });
});
