import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentScriptsOf, measureBuild } from '../../support/bundle-sizes';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A built extension with the given files; the manifest declares `scripts` as content scripts. */
function build(files: Record<string, string>, scripts: string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'bundle-sizes-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ content_scripts: [{ matches: ['https://a.example/*'], js: scripts }] }),
  );
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

describe('the size budget', () => {
  it('budgets the content scripts the manifest declares, and lists every other bundle', () => {
    const ext = build(
      {
        'content-scripts/a.js': 'a'.repeat(900),
        'content-scripts/b.js': 'b'.repeat(100),
        'background.js': 'x'.repeat(5000),
        'assets/theme.css': 'y'.repeat(10),
      },
      ['content-scripts/a.js', 'content-scripts/b.js'],
    );
    const report = measureBuild(ext, 1000);
    expect(report.failure).toBe('');
    expect(report.sizes.map((s) => [s.file, s.budget])).toEqual([
      ['content-scripts/a.js', 1000],
      ['content-scripts/b.js', 1000],
      ['assets/theme.css', null],
      ['background.js', null],
    ]);
    const a = report.sizes[0]!;
    expect(a.bytes).toBe(900);
    // Repeated text compresses: gzip is measured, not copied from the size.
    expect(a.gzip).toBeGreaterThan(0);
    expect(a.gzip).toBeLessThan(100);
    expect(report.table).toContain('content-scripts/a.js');
    expect(report.table).toContain('background.js');
  });

  it('fails naming the script, its size and its budget, when one is over', () => {
    const ext = build({ 'content-scripts/a.js': 'a'.repeat(1001), 'content-scripts/b.js': 'b' }, [
      'content-scripts/a.js',
      '/content-scripts/b.js',
    ]);
    const report = measureBuild(ext, 1000);
    expect(report.over.map((s) => s.file)).toEqual(['content-scripts/a.js']);
    expect(report.failure).toMatch(
      /content-scripts\/a\.js is 1\.00 kB minified .* over its budget of 1\.00 kB by 1 bytes/,
    );
    expect(report.failure).not.toContain('b.js');
    expect(report.table).toMatch(/a\.js .* OVER/);
  });

  it('fails when a declared content script was not built', () => {
    const ext = build({ 'content-scripts/a.js': 'a' }, [
      'content-scripts/a.js',
      'content-scripts/gone.js',
    ]);
    expect(measureBuild(ext, 1000).failure).toBe(
      'content-scripts/gone.js: declared in the manifest but not built',
    );
  });

  it('reads the content scripts of every manifest entry once', () => {
    expect(
      contentScriptsOf({
        content_scripts: [
          { js: ['content-scripts/a.js'] },
          { js: ['content-scripts/a.js', 'b.js'] },
          {},
        ],
      }),
    ).toEqual(['content-scripts/a.js', 'b.js']);
    expect(contentScriptsOf({})).toEqual([]);
  });
});
