import { describe, expect, it } from 'vitest';
import { assessEndpoint, scimUrl } from '@/lib/portals/cloudsso/endpoint';

describe('assessEndpoint', () => {
  it.each([
    ['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'cn-shanghai'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2', 'cn-shanghai'],
    ['https://cloudsso-scim-ap-southeast-1.aliyun.com/scim/v2/', 'ap-southeast-1'],
    ['https://cloudsso-scim-eu-central-1.aliyun.com/scim/v2/', 'eu-central-1'],
  ])('accepts the documented form %s', (url, region) => {
    expect(assessEndpoint(url, 'regular')).toEqual({ region, issue: null });
  });

  it.each([
    ['cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'not-url', null],
    ['http://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'not-https', 'cn-shanghai'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com.evil.net/scim/v2/', 'host', 'cn-shanghai'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/', 'path', 'cn-shanghai'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/?x=1', 'extra-parts', 'cn-shanghai'],
    ['https://cloudsso-scim-mars-north-1.aliyun.com/scim/v2/', 'unknown-region', 'mars-north-1'],
  ])('flags %s (%s) and still derives what it can', (url, issue, region) => {
    expect(assessEndpoint(url, 'regular')).toEqual({ region, issue });
  });

  it('recognizes an accelerated variant only where the label says accelerated', () => {
    const accel = 'https://cloudsso-scim-cn-shanghai-accelerate.aliyun.com/scim/v2/';
    expect(assessEndpoint(accel, 'accelerated')).toEqual({ region: 'cn-shanghai', issue: null });
    // Undocumented host form: only a label directly under aliyun.com is recognized.
    expect(assessEndpoint('https://scim-global.aliyuncs.com/scim/v2', 'accelerated').issue).toBe(
      'host',
    );
    expect(
      assessEndpoint('https://myscim.oss-cn-shanghai.aliyuncs.com/scim/v2/', 'accelerated').issue,
    ).toBe('host');
    // Beside the regular label the same host names no known region: flagged, region still read.
    expect(assessEndpoint(accel, 'regular')).toEqual({
      region: 'cn-shanghai',
      issue: 'unknown-region',
    });
    expect(assessEndpoint('https://scim.example.com/scim/v2/', 'accelerated').issue).toBe('host');
  });
});

describe('scimUrl', () => {
  it('joins a resource to the base with or without its trailing slash', () => {
    expect(scimUrl('https://h.aliyun.com/scim/v2/', 'ServiceProviderConfig')).toBe(
      'https://h.aliyun.com/scim/v2/ServiceProviderConfig',
    );
    expect(scimUrl('https://h.aliyun.com/scim/v2', 'Users?count=1')).toBe(
      'https://h.aliyun.com/scim/v2/Users%3Fcount=1',
    );
  });
});
