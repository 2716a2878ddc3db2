/**
 * Citations of the repository's own docs (`docs/research/cloudsso.md#users`): where they are, and
 * whether the file and the heading they name exist. Anchors follow GitHub's rules, so a citation
 * that passes here is a link that works on GitHub.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');

/** A path under docs/ ending in .md, with an optional anchor, not part of a longer path or URL. */
export const CITATION = /(?<![\w/.-])docs\/[\w./-]+?\.md(?:#[\w-]+)?/g;

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map<string, ReadonlySet<string>>();

/** Every anchor GitHub gives the headings of a Markdown file (repeats get -1, -2...). */
export function anchorsOf(repoPath: string): ReadonlySet<string> {
  const cached = anchorCache.get(repoPath);
  if (cached) return cached;
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of readFileSync(join(ROOT, repoPath), 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  anchorCache.set(repoPath, anchors);
  return anchors;
}

/** What is wrong with a citation (repo-relative, with an optional anchor), or null when it resolves. */
export function citationProblem(citation: string): string | null {
  // Files under docs/, or the repository's own top-level documents (CONTRIBUTING.md...).
  const m = /^((?:docs\/[\w./-]+?|[A-Z]+)\.md)(?:#([\w-]+))?/.exec(citation);
  if (!m) return `not a citation of a file under docs/ or a top-level document: ${citation}`;
  const [, file, anchor] = m;
  const path = normalize(file!);
  if (path.startsWith('..') || !existsSync(join(ROOT, path))) return `no such file: ${file}`;
  if (anchor !== undefined && !anchorsOf(path).has(anchor))
    return `no heading #${anchor} in ${file}`;
  return null;
}

/** Relative Markdown links inside a doc (`[x](portals.md#reading-text)`), as repo paths. */
export function relativeLinks(docPath: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\]\(([^)\s:]+?\.md)(#[\w-]+)?\)/g)) {
    const target = relative(ROOT, join(ROOT, dirname(docPath), m[1]!));
    out.push(`${target}${m[2] ?? ''}`);
  }
  return out;
}
