import { describe, expect, it } from 'vitest';
import { findDateTimes } from '@/lib/portals/cloudsso/dates';
import { detectPage, siteOf } from '@/lib/portals/cloudsso/detect';
import { canonicalLabel, labelSet } from '@/lib/portals/cloudsso/text';

describe('label matching', () => {
  it('ignores case, surrounding space, a required marker and a trailing colon', () => {
    const set = labelSet(['SCIM Endpoint']);
    for (const seen of [
      'SCIM Endpoint',
      '  scim endpoint ',
      'SCIM Endpoint *',
      '*SCIM Endpoint:',
      'SCIM  Endpoint：',
    ])
      expect(set.has(seen), seen).toBe(true);
    expect(set.has('SCIM Endpoints')).toBe(false);
    expect(set.has('SCIM Endpoint (Accelerated)')).toBe(false);
  });

  it('treats full-width brackets and CJK spacing as the same label', () => {
    expect(canonicalLabel('SCIM 密钥生成成功')).toBe(canonicalLabel('SCIM密钥生成成功'));
    expect(canonicalLabel('SCIM服务端地址（加速）')).toBe(canonicalLabel('SCIM服务端地址(加速)'));
    expect(canonicalLabel('SCIM キーが生成されました')).toBe(
      canonicalLabel('SCIMキーが生成されました'),
    );
  });
});

describe('page detection', () => {
  it('knows the routes, with or without a region prefix or trailing slash', () => {
    expect(detectPage('/setting', [])).toBe('settings');
    expect(detectPage('/cn-shanghai/users/', [])).toBe('users');
    expect(detectPage('/groups', [])).toBe('groups');
    expect(detectPage('/overview', [])).toBe('other');
  });

  it('falls back to the page heading in each language', () => {
    expect(detectPage('/x', ['设置'])).toBe('settings');
    expect(detectPage('/x', ['ユーザー'])).toBe('users');
    expect(detectPage('/x', ['使用者群組'])).toBe('groups');
    expect(detectPage('/x', ['Overview'])).toBe('other');
  });

  it('names the two sites and nothing else', () => {
    expect(siteOf('cloudsso.console.aliyun.com')).toBe('cn');
    expect(siteOf('cloudsso.console.alibabacloud.com')).toBe('intl');
    expect(siteOf('cloudsso.console.aliyun.com.example.net')).toBeNull();
  });
});

describe('console dates', () => {
  it('reads local times and zoned ISO times in order', () => {
    expect(findDateTimes('Created 2024-05-01 10:20:30, expires 2025/5/1 10:20')).toEqual([
      new Date(2024, 4, 1, 10, 20, 30).getTime(),
      new Date(2025, 4, 1, 10, 20, 0).getTime(),
    ]);
    expect(findDateTimes('2021-11-09T08:12:52Z')).toEqual([Date.UTC(2021, 10, 9, 8, 12, 52)]);
    expect(findDateTimes('2021-11-09T16:12:52+08:00')).toEqual([Date.UTC(2021, 10, 9, 8, 12, 52)]);
    expect(findDateTimes('2024-13-40 and scimcred-abc')).toEqual([]);
  });
});
