import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from './zip-reader';

/**
 * What `npm run zip` uploads to the stores. The script runs for real (both browsers), into a
 * directory of its own so the build the other e2e files load is left alone. Each zip must hold
 * exactly the built extension: a manifest whose name and description come from _locales (both
 * languages defining every message it uses), no source maps, nothing from test/ or the sources.
 */

const OUT = mkdtempSync(join(tmpdir(), 'scim-zip-'));
const BROWSERS = ['chrome', 'edge'] as const;
let zips: Record<(typeof BROWSERS)[number], Map<string, Buffer>>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', 'zip'], {
    env: { ...process.env, WXT_OUT_DIR: OUT },
    maxBuffer: 16 * 1024 * 1024,
  });
  const names = readdirSync(OUT).filter((n) => n.endsWith('.zip'));
  const find = (browser: string): Map<string, Buffer> => {
    const name = names.find((n) => n.endsWith(`-${browser}.zip`));
    if (!name) throw new Error(`npm run zip made no ${browser} zip; it made: ${names.join(', ')}`);
    return readZip(join(OUT, name));
  };
  zips = { chrome: find('chrome'), edge: find('edge') };
}, 240_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe.each(BROWSERS)('npm run zip, %s', (browser) => {
  it('makes one zip per store and nothing else (no sources zip)', () => {
    const zipNames = readdirSync(OUT).filter((n) => n.endsWith('.zip'));
    expect(zipNames.sort()).toEqual(BROWSERS.map((b) => expect.stringMatching(`-${b}\\.zip$`)));
  });

  it('holds exactly the built extension: no source maps, tests, fixtures or sources', () => {
    const entries = [...zips[browser].keys()].sort();
    const built = join(OUT, `${browser}-mv3`);
    expect(entries).toEqual(
      filesUnder(built)
        .map((f) => relative(built, f))
        .sort(),
    );
    expect(entries).toContain('manifest.json');
    const forbidden = entries.filter((e) =>
      /\.map$|(^|\/)(test|tests|fixtures|lib|entrypoints|node_modules|src)\/|\.tsx?$|^\./.test(e),
    );
    expect(forbidden).toEqual([]);
    const mapped = entries.filter(
      (e) =>
        e.endsWith('.js') && zips[browser].get(e)!.toString('utf8').includes('sourceMappingURL'),
    );
    expect(mapped).toEqual([]);
  });

  it('takes the manifest name and description from _locales, defined in English and Chinese', () => {
    const zip = zips[browser];
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    for (const locale of ['en', 'zh_CN']) {
      const file = zip.get(`_locales/${locale}/messages.json`);
      expect(file, `_locales/${locale}/messages.json`).toBeDefined();
      const messages = JSON.parse(file!.toString('utf8')) as Record<string, { message: string }>;
      for (const key of used) expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
    }
  });
});
