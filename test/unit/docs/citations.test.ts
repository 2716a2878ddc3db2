/**
 * Every citation in code, data, tests and docs points at a file in this repository, and at a
 * heading that exists in it. References to notes outside the repository are refused, so whoever
 * takes over can check every fact the code relies on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  anchorsOf,
  CITATION,
  citationProblem,
  relativeLinks,
  ROOT,
  slug,
} from '../../support/doc-citations';

const SCANNED = ['lib', 'entrypoints', 'test', 'public', 'docs', 'wxt.config.ts'];
const TEXT = new Set([
  '.ts',
  '.tsx',
  '.js',
  '.mjs',
  '.html',
  '.css',
  '.json',
  '.md',
  '.csv',
  '.txt',
]);

function* files(path: string): Generator<string> {
  const abs = join(ROOT, path);
  if (statSync(abs).isDirectory()) {
    for (const name of readdirSync(abs)) yield* files(join(path, name));
  } else if (TEXT.has(extname(path))) {
    yield path;
  }
}

const SCANNED_FILES = SCANNED.flatMap((p) => [...files(p)]).map((f) => ({
  path: relative(ROOT, join(ROOT, f)),
  text: readFileSync(join(ROOT, f), 'utf8'),
}));

const SELF = 'test/unit/docs/citations.test.ts';
const SECTION = '\u00a7';
/** Notes kept outside the repository, by the ways code has cited them. */
const OUTSIDE = [
  { name: '../shared', pattern: /\.\.\/shared\b/ },
  { name: 'shared/spec', pattern: /shared\/spec/ },
  { name: '<name>.md ' + SECTION + 'N', pattern: new RegExp(`\\b[\\w-]+\\.md ?${SECTION}`) },
  { name: 'spec ' + SECTION + 'N', pattern: new RegExp(`\\bspec ?${SECTION}`) },
];

describe('GitHub heading slugs', () => {
  it('drop punctuation and code marks, keep hyphens and letters', () => {
    expect(slug('The "keep only" table, reconstructed')).toBe('the-keep-only-table-reconstructed');
    expect(slug('Side panel (`sidepanel.html`)')).toBe('side-panel-sidepanelhtml');
    expect(slug('Top-document DOM hooks')).toBe('top-document-dom-hooks');
  });

  it('read the headings of a doc, not the lines of its code blocks', () => {
    const anchors = anchorsOf('docs/research/cloudsso.md');
    expect(anchors.has('users')).toBe(true);
    expect(anchors.has('naming-rules')).toBe(true);
  });

  it('refuse a missing file or heading', () => {
    expect(citationProblem('docs/research/cloudsso.md#users')).toBeNull();
    expect(citationProblem('docs/research/cloudsso.md#no-such-heading')).toMatch(/no heading/);
    expect(citationProblem('docs/research/nowhere.md')).toMatch(/no such file/);
  });
});

describe('citations', () => {
  it('scans the code, tests and docs', () => {
    expect(SCANNED_FILES.length).toBeGreaterThan(100);
    expect(SCANNED_FILES.some((f) => f.path === 'lib/targets/targets.ts')).toBe(true);
  });

  it('name files under docs/ that exist, and headings that exist in them', () => {
    const problems: string[] = [];
    for (const { path, text } of SCANNED_FILES) {
      if (path === SELF) continue;
      // In the docs, a path in a code span names a file of another repository (a source).
      const prose = path.startsWith('docs/') ? text.replace(/`[^`]*`/g, '') : text;
      const cited = [...prose.matchAll(CITATION)].map((m) => m[0]);
      if (path.startsWith('docs/')) cited.push(...relativeLinks(path, text));
      for (const c of cited) {
        const problem = citationProblem(c);
        if (problem) problems.push(`${path}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never point outside the repository', () => {
    const found: string[] = [];
    for (const { path, text } of SCANNED_FILES) {
      if (path === SELF) continue;
      text.split('\n').forEach((line, i) => {
        for (const { name, pattern } of OUTSIDE) {
          if (pattern.test(line)) found.push(`${path}:${i + 1} cites ${name}: ${line.trim()}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});
