import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The size budget of the built extension (issue #15): every content script the manifest
 * declares runs in every portal frame, so each has a budget; every other bundle is listed with
 * its size. Deterministic: bytes on disk and gzip at level 9, no timing.
 */

/** Bytes per content script: 30 kB, as the build prints sizes (1 kB = 1000 bytes). */
export const CONTENT_SCRIPT_BUDGET = 30_000;

export interface BundleSize {
  /** Path inside the built extension, `/`-separated. */
  file: string;
  bytes: number;
  gzip: number;
  /** Bytes allowed; null for a bundle without a budget. */
  budget: number | null;
}

export interface BudgetReport {
  sizes: BundleSize[];
  over: BundleSize[];
  /** A table of every bundle, content scripts first. */
  table: string;
  /** Empty when every budget holds; otherwise one line per bundle over its budget. */
  failure: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The content scripts a manifest declares, as paths inside the extension. */
export function contentScriptsOf(manifest: unknown): string[] {
  const scripts = (manifest as { content_scripts?: { js?: string[] }[] }).content_scripts ?? [];
  return [...new Set(scripts.flatMap((s) => s.js ?? []))].map((f) => f.replace(/^\//, ''));
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;

/** Measures every script, stylesheet and page of a built extension against the budgets. */
export function measureBuild(extDir: string, budget: number = CONTENT_SCRIPT_BUDGET): BudgetReport {
  const manifest: unknown = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const budgeted = new Set(contentScriptsOf(manifest));
  const sizes = filesUnder(extDir)
    .map((path) => relative(extDir, path).split('\\').join('/'))
    .filter((file) => /\.(js|css|html)$/.test(file))
    .map((file): BundleSize => {
      const content = readFileSync(join(extDir, file));
      return {
        file,
        bytes: statSync(join(extDir, file)).size,
        gzip: gzipSync(content, { level: 9 }).length,
        budget: budgeted.has(file) ? budget : null,
      };
    })
    .sort(
      (a, b) =>
        Number(b.budget !== null) - Number(a.budget !== null) || a.file.localeCompare(b.file),
    );
  const missing = [...budgeted].filter((file) => !sizes.some((s) => s.file === file));
  const over = sizes.filter((s) => s.budget !== null && s.bytes > s.budget);
  const width = Math.max(...sizes.map((s) => s.file.length));
  const table = [
    `${'bundle'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzip'.padStart(10)}  budget`,
    ...sizes.map(
      (s) =>
        `${s.file.padEnd(width)}  ${kB(s.bytes).padStart(10)}  ${kB(s.gzip).padStart(10)}  ${
          s.budget === null ? '' : `${kB(s.budget)}${s.bytes > s.budget ? '  OVER' : ''}`
        }`,
    ),
  ].join('\n');
  const failure = [
    ...missing.map((file) => `${file}: declared in the manifest but not built`),
    ...over.map(
      (s) =>
        `${s.file} is ${kB(s.bytes)} minified (${kB(s.gzip)} gzip), over its budget of ` +
        `${kB(s.budget!)} by ${s.bytes - s.budget!} bytes: it runs in every portal frame. Move ` +
        `what is rarely needed to its on-demand module (lib/portals/common/on-demand.ts).`,
    ),
  ].join('\n');
  return { sizes, over, table, failure };
}
