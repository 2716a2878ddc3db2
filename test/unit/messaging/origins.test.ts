import { describe, expect, it } from 'vitest';
import { classifyOrigin, isAzureTopUrl } from '@/lib/origins';

describe('classifyOrigin', () => {
  it.each([
    ['https://cloudsso.console.aliyun.com/setting', { portal: 'cloudsso', reactView: false }],
    ['https://cloudsso.console.alibabacloud.com/', { portal: 'cloudsso', reactView: false }],
    ['https://portal.azure.com/#home', { portal: 'azure', reactView: false }],
    ['https://entra.microsoft.com/#view/x', { portal: 'azure', reactView: false }],
    ['https://sandbox-1.reactblade.portal.azure.net/x', { portal: 'azure', reactView: true }],
    ['https://a.b.reactblade-ms.portal.azure.net/', { portal: 'azure', reactView: true }],
    ['https://x.reactblade-rc.portal.azure.net/', { portal: 'azure', reactView: true }],
  ])('recognizes %s', (url, expected) => {
    expect(classifyOrigin(url)).toEqual(expected);
  });

  it.each([
    'https://cloudsso.console.aliyun.com.example.net/',
    'https://evil-cloudsso.console.aliyun.com/',
    'http://cloudsso.console.aliyun.com/',
    'https://cloudsso.console.aliyun.com:8443/',
    'https://user:pw@portal.azure.com/',
    'https://portal.azure.com.evil.net/',
    'https://reactblade.portal.azure.net/',
    'https://x.reactblade.portal.azure.net.evil.net/',
    'https://xreactblade.portal.azure.net/',
    'chrome-extension://abc/sidepanel.html',
    'not a url',
    undefined,
  ])('refuses %s', (url) => {
    expect(classifyOrigin(url)).toBeNull();
  });
});

describe('isAzureTopUrl', () => {
  it('says yes exactly where classifyOrigin finds the portal’s own documents', () => {
    const urls = [
      'https://portal.azure.com/#home',
      'https://entra.microsoft.com/#view/x',
      'https://portal.azure.com:443/#home',
      'https://portal.azure.com:8443/',
      'http://portal.azure.com/',
      'https://user:pw@portal.azure.com/',
      'https://portal.azure.com.evil.net/',
      'https://PORTAL.azure.com/',
      'https://sandbox-1.reactblade.portal.azure.net/x',
      'https://cloudsso.console.aliyun.com/setting',
      'not a url',
      '',
    ];
    for (const url of urls) {
      const cls = classifyOrigin(url);
      expect(isAzureTopUrl(url), url).toBe(cls?.portal === 'azure' && !cls.reactView);
    }
    expect(urls.filter(isAzureTopUrl)).toEqual([
      'https://portal.azure.com/#home',
      'https://entra.microsoft.com/#view/x',
      'https://portal.azure.com:443/#home',
      'https://PORTAL.azure.com/',
    ]);
  });
});
