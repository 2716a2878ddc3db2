import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The manifest's strings in public/_locales: every locale defines every message, and each fits
 * the stores' limits. The built manifest's use of them is checked on the zips
 * (test/e2e/store-package.e2e.ts).
 */

type Messages = Record<string, { message: string; description?: string }>;
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;

describe('public/_locales', () => {
  const locales = readdirSync('public/_locales').sort();
  const en = read('en');

  it('has English (the default) and Simplified Chinese', () => {
    expect(locales).toEqual(['en', 'zh_CN']);
  });

  it.each(locales)('%s defines exactly the English messages, none empty', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), key).not.toBe('');
    }
  });

  it.each(locales)('%s is translated and fits the stores (name 75, description 132)', (locale) => {
    const m = read(locale);
    expect(m.extName!.message.length).toBeLessThanOrEqual(75);
    expect(m.extDescription!.message.length).toBeLessThanOrEqual(132);
    if (locale !== 'en') expect(m.extDescription!.message).not.toBe(en.extDescription!.message);
  });

  it('every __MSG_name__ in wxt.config.ts has a message', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toContain('extName');
    expect(used).toContain('extDescription');
    for (const key of used) expect(en[key], key).toBeDefined();
  });
});
