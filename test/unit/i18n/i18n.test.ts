import { describe, expect, it } from 'vitest';
import { defineMessages, pickLocale } from '@/lib/i18n';

describe('pickLocale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-TW'], 'en'],
    [['en-GB', 'zh-CN'], 'en'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (langs, expected) => {
    expect(pickLocale(langs)).toBe(expected);
  });
});

describe('defineMessages', () => {
  const t = defineMessages({
    kept: { en: 'Key kept for {minutes} minutes', 'zh-CN': '密钥保留 {minutes} 分钟' },
  });
  it('fills placeholders in the chosen language', () => {
    expect(t('kept', { minutes: 30 }, 'en')).toBe('Key kept for 30 minutes');
    expect(t('kept', { minutes: 30 }, 'zh-CN')).toBe('密钥保留 30 分钟');
  });
});
