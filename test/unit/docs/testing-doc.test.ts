import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every environment variable the tests, scripts and build configs read is documented in
 * docs/testing.md (as `NAME` in the knob table), so a new knob cannot hide in a test file.
 */

const ROOTS = ['test', 'scripts'];
const CODE = /\.(?:[cm]?[jt]s|tsx)$/;
const READ = /process\.env(?:\.([A-Z_][A-Z0-9_]*)|\[\s*['"`]([A-Z_][A-Z0-9_]*)['"`]\s*\])/g;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    return statSync(path).isDirectory() ? files(path) : CODE.test(name) ? [path] : [];
  });
}

function knobsRead(): Map<string, string[]> {
  const sources = [
    ...ROOTS.flatMap(files),
    // Root configs: vitest.*, wxt.config.ts, vite.cli.config.ts, eslint.config.js...
    ...readdirSync('.').filter((n) => CODE.test(n) && statSync(n).isFile()),
  ];
  const knobs = new Map<string, string[]>();
  for (const file of sources) {
    for (const m of readFileSync(file, 'utf8').matchAll(READ)) {
      const name = (m[1] ?? m[2])!;
      knobs.set(name, [...(knobs.get(name) ?? []), file]);
    }
  }
  return knobs;
}

describe('docs/testing.md', () => {
  const doc = readFileSync('docs/testing.md', 'utf8');
  const knobs = knobsRead();

  it('finds the knobs it is meant to police', () => {
    // If this fails the scan is broken, not the docs.
    for (const known of ['FUZZ_RUNS', 'UPDATE_GOLDEN', 'CHROMIUM_PATH', 'PROOF_HUNT_RUNS']) {
      expect(knobs.has(known), known).toBe(true);
    }
  });

  it('documents every environment variable read in test/, scripts and configs', () => {
    const missing = [...knobs]
      .filter(([name]) => !new RegExp(`^\\|\\s*\`${name}\``, 'm').test(doc))
      .map(([name, where]) => `${name} (read in ${[...new Set(where)].join(', ')})`);
    expect(missing, 'add a row `| `NAME` | default | purpose |` to docs/testing.md').toEqual([]);
  });
});
