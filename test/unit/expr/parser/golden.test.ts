// @vitest-environment node
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeExpression } from '@/lib/expr';

/**
 * Golden files: for each input in cases.json, the tree and every diagnostic (parser and checker)
 * as JSON. `npm run golden:update` rewrites them from the current engine; review the diff.
 * Names under valid/ must produce no error, names under invalid/ at least one warning or error.
 */
const DIR = fileURLToPath(new URL('../../../fixtures/expr/golden', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenCase {
  name: string;
  input: string;
}

const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as GoldenCase[];

function render(input: string): unknown {
  const { ast, diagnostics } = analyzeExpression(input);
  // Round-trip so the comparison sees exactly what the file holds (Infinity → null etc.).
  return JSON.parse(JSON.stringify({ input, ast, diagnostics }));
}

function goldenFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? goldenFiles(join(dir, e.name))
      : e.name.endsWith('.json') && e.name !== 'cases.json'
        ? [relative(DIR, join(dir, e.name))]
        : [],
  );
}

describe('golden parser and checker output', () => {
  it.each(cases)('$name', ({ name, input }) => {
    const file = join(DIR, `${name}.json`);
    const actual = render(input);
    if (UPDATE) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(existsSync(file), `${file} is missing: run npm run golden:update`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));

    const { diagnostics } = analyzeExpression(input);
    if (name.startsWith('valid/')) {
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    } else {
      expect(diagnostics.some((d) => d.severity !== 'info')).toBe(true);
    }
  });

  it('has a case for every golden file', () => {
    const named = new Set(cases.map((c) => `${c.name}.json`));
    expect(goldenFiles(DIR).filter((f) => !named.has(f))).toEqual([]);
  });
});
