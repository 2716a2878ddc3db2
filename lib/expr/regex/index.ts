/**
 * .NET → JavaScript regular expressions for Replace (docs/research/entra-expressions.md#regular-expressions).
 *
 * The translation is exact or refused: character classes are computed as sets of UTF-16 code
 * units with .NET's definitions (`\w` = [\p{L}\p{Mn}\p{Nd}\p{Pc}], `\d` = \p{Nd}, `\s` with
 * U+0085, `.` = anything but "\n"), anchors are rewritten (`$` = end or before a final "\n",
 * `\Z`, `\z`, `\A`), inline options are applied while parsing, atomic groups become
 * `(?=(…))\N`, and groups are renumbered the .NET way (unnamed first, then named). Constructs
 * without an exact equivalent (balancing groups, conditionals, `\G`, unknown blocks, duplicate
 * group names) are reported and the pattern is not evaluated.
 *
 * The result runs WITHOUT the `u` flag on purpose: .NET matches UTF-16 code units, so an emoji
 * is two units to it (`[^a-z]` replaced by "_" turns one emoji into "__"); with `u` JavaScript
 * would see one code point and disagree.
 */
import { findBacktrackingRisks } from './analyze';
import { emitPattern } from './emit';
import { parseRegex } from './parse';
import { findPolynomialRisks } from './polynomial';
import type { RegexIssue } from './types';

export type { RegexIssue } from './types';
export { POLYNOMIAL_REPORTED_DEGREE } from './polynomial';

export interface TranslatedRegex {
  /** JavaScript source, to be compiled without the `u` flag. */
  source: string;
  /** "" or "i" (only when a case-insensitive back-reference needs it). */
  flags: string;
  /** .NET group number ("1") or name → JavaScript capture index; "0" is the whole match. */
  groupIndex: ReadonlyMap<string, number>;
  /** Capture index of the highest-numbered .NET group, for `$+` (0 without groups). */
  lastGroupIndex: number;
  /** The pattern is prone to catastrophic (exponential) backtracking. */
  risky: boolean;
  /**
   * Worst-case work on a failing run of n characters is about n^polynomialDegree per start
   * position (0 when nothing can make the pattern backtrack over shared characters). From
   * POLYNOMIAL_REPORTED_DEGREE up, the pattern carries a `regex.polynomial-backtracking` warning.
   */
  polynomialDegree: number;
  /** Only the first position is tried (every alternative starts with `^` or `\A`). */
  anchored: boolean;
  /** Warnings and notes that did not prevent translation. */
  issues: RegexIssue[];
}

export type TranslateResult =
  { ok: true; regex: TranslatedRegex } | { ok: false; issues: RegexIssue[] };

const SHORTHAND_NOTE =
  "In .NET, \\w, \\d and \\b are Unicode-aware: \\w matches letters of every script (é, ß, 中) and \\d every script's digits. Use [A-Za-z0-9_] or [0-9] if you mean ASCII only.";

const cache = new Map<string, { issues: RegexIssue[]; result: TranslateResult }>();
const CACHE_LIMIT = 500;

function build(pattern: string): { issues: RegexIssue[]; result: TranslateResult } {
  const parsed = parseRegex(pattern);
  const issues = [...parsed.issues];
  let flags = '';
  if (parsed.backrefIgnoringCase) {
    if (parsed.someCaseSensitive) {
      issues.push({
        code: 'regex.unsupported',
        severity: 'warning',
        message:
          'A case-insensitive back-reference in a pattern that is partly case-sensitive cannot be evaluated by this extension.',
        start: 0,
        end: pattern.length,
      });
    } else flags = 'i';
  }
  if (parsed.usesUnicodeShorthand !== undefined) {
    issues.push({
      code: 'regex.unicode-shorthand',
      severity: 'info',
      message: SHORTHAND_NOTE,
      ...parsed.usesUnicodeShorthand,
    });
  }
  const risks = findBacktrackingRisks(parsed.alt);
  issues.push(...risks);
  const polynomial = findPolynomialRisks(parsed.alt, pattern);
  issues.push(...polynomial.issues);
  issues.sort((a, b) => a.start - b.start || a.end - b.end);
  const blocking = issues.some((i) => i.severity === 'error' || i.code === 'regex.unsupported');
  if (blocking) return { issues, result: { ok: false, issues } };

  const groupIndex = new Map<string, number>([['0', 0]]);
  let last = { number: 0, jsIndex: 0 };
  for (const g of parsed.groups) {
    groupIndex.set(String(g.number), g.jsIndex);
    if (g.name !== undefined) groupIndex.set(g.name, g.jsIndex);
    if (g.number > last.number) last = g;
  }
  const source = emitPattern(parsed.alt, parsed.groups);
  try {
    // Compile once here so a translation bug surfaces as an issue, not as a throw later.
    new RegExp(source, flags);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const issue: RegexIssue = {
      code: 'regex.unsupported',
      severity: 'warning',
      message: `This pattern could not be translated for evaluation (${message}).`,
      start: 0,
      end: pattern.length,
    };
    return { issues: [...issues, issue], result: { ok: false, issues: [...issues, issue] } };
  }
  return {
    issues,
    result: {
      ok: true,
      regex: {
        source,
        flags,
        groupIndex,
        lastGroupIndex: last.jsIndex,
        risky: risks.length > 0,
        polynomialDegree: polynomial.degree,
        anchored: polynomial.anchored,
        issues,
      },
    },
  };
}

function cached(pattern: string): { issues: RegexIssue[]; result: TranslateResult } {
  let entry = cache.get(pattern);
  if (entry === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    entry = build(pattern);
    cache.set(pattern, entry);
  }
  return entry;
}

/** Translates a .NET pattern, or says why it cannot be evaluated faithfully. Cached. */
export function translateRegex(pattern: string): TranslateResult {
  return cached(pattern).result;
}

/**
 * Everything worth telling about a .NET pattern: syntax errors (.NET rejects it), constructs this
 * extension cannot emulate, exponential and polynomial backtracking risks, Unicode-aware
 * shorthands.
 * Offsets are into the pattern string.
 */
export function analyzeRegex(pattern: string): RegexIssue[] {
  return cached(pattern).issues.map((i) => ({ ...i }));
}
