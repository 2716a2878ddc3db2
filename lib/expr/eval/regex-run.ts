/**
 * Running translated .NET regexes for Replace: compiled once per pattern and cached, with the
 * evaluation budget checked between matches, and risky patterns refused on long inputs because a
 * single JavaScript exec cannot be interrupted.
 */
import type { Span } from '../ast';
import type { EvalContext } from '../functions/types';
import { translateRegex, type TranslatedRegex } from '../regex';
import { parseReplacement, substitute, type ReplacementPart } from '../regex/substitute';
import { fail } from './errors';
import { inputLimit } from './regex-limits';

export interface RunnableRegex {
  translated: TranslatedRegex;
  global: RegExp;
  /** With `d` (match indices), for replacing one group inside each match. */
  withIndices: RegExp;
  /** Parsed replacement patterns; `literal` is set when no substitution occurs. */
  replacements: Map<string, { parts: ReplacementPart[]; literal: string | undefined }>;
}

const runnables = new Map<string, RunnableRegex>();
const LIMIT = 500;

export function runnableRegex(pattern: string, span: Span): RunnableRegex {
  let r = runnables.get(pattern);
  if (r !== undefined) return r;
  const result = translateRegex(pattern);
  if (!result.ok) {
    const first =
      result.issues.find((i) => i.severity === 'error') ??
      result.issues.find((i) => i.code === 'regex.unsupported')!;
    const invalid = first.severity === 'error';
    return fail(
      invalid ? 'eval.regex-invalid' : 'eval.regex-unsupported',
      invalid ? `The regular expression is not valid .NET: ${first.message}` : first.message,
      span,
    );
  }
  const { source, flags } = result.regex;
  r = {
    translated: result.regex,
    global: new RegExp(source, `${flags}g`),
    withIndices: new RegExp(source, `${flags}gd`),
    replacements: new Map(),
  };
  if (runnables.size >= LIMIT) runnables.clear();
  runnables.set(pattern, r);
  return r;
}

function guard(r: RunnableRegex, input: string, span: Span): void {
  const max = inputLimit(r.translated);
  if (max === null || input.length <= max.limit) return;
  const rewrite =
    max.why === 'exponential'
      ? 'Rewrite it without nested repetition.'
      : `${r.translated.polynomialDegree} repetitions in a row match the same characters; merge them or make their characters distinct.`;
  fail(
    'eval.regex-risky',
    `This pattern is prone to catastrophic backtracking, so it is not run on inputs longer than ${max.limit} characters (this one has ${input.length}). ${rewrite}`,
    span,
  );
}

function replacementOf(
  r: RunnableRegex,
  replacement: string,
): { parts: ReplacementPart[]; literal: string | undefined } {
  let parsed = r.replacements.get(replacement);
  if (parsed === undefined) {
    const parts = parseReplacement(replacement, r.translated);
    const literal = parts.every((p) => p.kind === 'text')
      ? parts.map((p) => (p.kind === 'text' ? p.text : '')).join('')
      : undefined;
    parsed = { parts, literal };
    if (r.replacements.size >= LIMIT) r.replacements.clear();
    r.replacements.set(replacement, parsed);
  }
  return parsed;
}

/** .NET `Regex.Replace(input, pattern, replacement)`: every match, with substitutions. */
export function regexReplace(
  r: RunnableRegex,
  input: string,
  replacement: string,
  ctx: EvalContext,
  span: Span,
): string {
  guard(r, input, span);
  const { parts, literal } = replacementOf(r, replacement);
  const re = r.global;
  re.lastIndex = 0;
  if (literal !== undefined) {
    // No substitutions: the native replace, with "$" escaped for JavaScript.
    return input.replace(re, literal.includes('$') ? literal.replaceAll('$', '$$$$') : literal);
  }
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    out += input.slice(last, m.index) + substitute(parts, m, input);
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
    ctx.checkBudget();
  }
  return out + input.slice(last);
}

function groupIndexOf(r: RunnableRegex, group: string, span: Span): number {
  const index = r.translated.groupIndex.get(/^\d+$/.test(group) ? String(Number(group)) : group);
  if (index === undefined)
    return fail('eval.argument', `The regular expression has no group "${group}".`, span);
  return index;
}

/** Mode D: in each match, only the text captured by `group` is replaced (literally). */
export function regexReplaceGroup(
  r: RunnableRegex,
  input: string,
  group: string,
  replacement: string,
  ctx: EvalContext,
  span: Span,
  groupSpan: Span,
): string {
  guard(r, input, span);
  const index = groupIndexOf(r, group, groupSpan);
  const re = r.withIndices;
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    const at = m.indices?.[index];
    if (at !== undefined) {
      out += input.slice(last, at[0]) + replacement;
      last = at[1];
    }
    if (m[0].length === 0) re.lastIndex++;
    ctx.checkBudget();
  }
  return out + input.slice(last);
}

/** Mode E: the text of `group` in the first match, or null when nothing matches. */
export function regexExtractGroup(
  r: RunnableRegex,
  input: string,
  group: string,
  span: Span,
  groupSpan: Span,
): string | null {
  guard(r, input, span);
  const index = groupIndexOf(r, group, groupSpan);
  const re = r.global;
  re.lastIndex = 0;
  const m = re.exec(input);
  re.lastIndex = 0;
  return m === null ? null : (m[index] ?? null);
}
