import { describe, expect, it } from 'vitest';
import { checkPolicy } from '@/lib/capture/check-policy';

describe('which endpoints the check calls, and which get the key', () => {
  it.each([
    ['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'endpoint'],
    ['https://cloudsso-scim-eu-central-1.aliyun.com/scim/v2', 'endpoint'],
    ['https://cloudsso-scim-cn-shanghai-accelerate.aliyun.com/scim/v2/', 'accelerated'],
  ] as const)('sends the key to the documented form %s (%s)', (url, which) => {
    expect(checkPolicy(url, which)).toEqual({ call: true, sendKey: true });
  });

  it.each([
    // A region where no directory lives, or a wrong path: a 404 to explain, not a key to send.
    ['https://cloudsso-scim-mars-north-1.aliyun.com/scim/v2/', 'endpoint'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/', 'endpoint'],
    // The regular label beside an accelerated-looking host: flagged, so no key.
    ['https://cloudsso-scim-cn-shanghai-accelerate.aliyun.com/scim/v2/', 'endpoint'],
    // Accelerated, but not the strict form (no known region, or a qualifier with digits).
    ['https://cloudsso-scim-global.aliyun.com/scim/v2/', 'accelerated'],
    ['https://cloudsso-scim-cn-shanghai-2.aliyun.com/scim/v2/', 'accelerated'],
  ] as const)('calls %s (%s) without ever sending the key', (url, which) => {
    expect(checkPolicy(url, which)).toEqual({ call: true, sendKey: false });
  });

  it.each([
    // An OSS bucket whose name contains "scim": customers own these names.
    ['https://myscim.oss-cn-shanghai.aliyuncs.com/scim/v2/', 'accelerated'],
    ['https://cloudsso-scim-cn-shanghai.oss-cn-shanghai.aliyuncs.com/scim/v2/', 'accelerated'],
    ['https://scim-global.aliyuncs.com/scim/v2/', 'accelerated'],
    ['https://scim.alibabacloud.com/scim/v2/', 'accelerated'],
    // Deeper names and look-alikes.
    ['https://x.cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'accelerated'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com.evil.net/scim/v2/', 'endpoint'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com.evil.net/scim/v2/', 'accelerated'],
    // Documented host, but not https, or with a port, query or credentials.
    ['http://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'endpoint'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com:8443/scim/v2/', 'endpoint'],
    ['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/?next=x', 'endpoint'],
    ['https://u:p@cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'endpoint'],
    ['not a url', 'endpoint'],
  ] as const)('never calls %s (%s)', (url, which) => {
    expect(checkPolicy(url, which)).toEqual({ call: false, sendKey: false });
  });
});
