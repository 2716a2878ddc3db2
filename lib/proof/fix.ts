/**
 * The fix generator: for a target, an Entra expression that keeps the original's intent where
 * it can and is PROVEN safe, then confirmed on the corpus, before it is offered.
 *
 * Building blocks (docs/research/entra-expressions.md#recipes):
 *  - NormalizeDiacritics, then Replace(…, , "[^<allowed>]", , "", , ) drops what the target
 *    does not allow (é → e first, so names stay readable);
 *  - Left(…, max) caps the length (NormalizeDiacritics can double it: ß → ss);
 *  - Switch(x, x, "", fallback) replaces a null or "" result by a name built from objectId
 *    (R8). Switch, not IIF: Entra fails an IIF whose condition reads an empty attribute;
 *  - IgnoreFlowIfNullOrEmpty(…) around the Switch is Microsoft's workaround for the
 *    Switch-with-default null bug (docs/research/entra-expressions.md#pitfalls), and is a no-op on a value proven non-empty;
 *  - the unique variant, Join("-", Left(san, max - 9), Mid([objectId], 1, 8)), appends 8 hex
 *    digits of objectId; Join skips an empty first part, so it is never empty either.
 */

import type { ExprNode, Output } from '../expr';
import type { CharClass, Target } from '../targets/targets';
import { type Abs, anyString } from './domain';
import type { EngineDeps } from './engine-deps';
import { allowedUnits, openObligations } from './obligations';
import { quoteLiteral } from './print';
import type { FixChange, ProofFix } from './types';

/** A regex class body, letters and digits as ranges, `-` last so it needs no escape. */
export function classBody(cls: CharClass): string {
  const members = new Set<number>();
  for (const [lo, hi] of cls.ranges)
    for (let c = lo; c <= hi && members.size < 5000; c++) members.add(c);
  let out = '';
  for (const [lo, hi] of [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0x30, 0x39],
  ] as const) {
    let all = true;
    for (let c = lo; c <= hi; c++) all &&= members.has(c);
    if (!all) continue;
    out += `${String.fromCharCode(lo)}-${String.fromCharCode(hi)}`;
    for (let c = lo; c <= hi; c++) members.delete(c);
  }
  const dash = members.delete(0x2d);
  for (const c of [...members].sort((x, y) => x - y)) {
    const ch = String.fromCodePoint(c);
    out += /[\\\]^[]/.test(ch) ? `\\${ch}` : ch;
  }
  return out + (dash ? '-' : '');
}

/** The pieces of the candidate expressions for one target. */
function builders(
  target: Target,
  /** True when the expression's characters are already all allowed. */
  clean: (e: string) => boolean,
): {
  sanitize: (e: string) => string;
  fallback: string;
  withFallback: (e: string) => string;
  unique?: (e: string) => string;
} {
  const { rule } = target;
  const max = rule.maxLength;
  const prefix = target.object === 'user' ? 'user-' : 'group-';
  const fallbackFull = `Join("", ${quoteLiteral(prefix)}, [objectId])`;
  const fallback = prefix.length + 36 <= max ? fallbackFull : `Left(${fallbackFull}, ${max})`;
  const pattern = rule.charset ? `[^${classBody(rule.charset)}]` : null;
  const cleaned = (e: string): string => {
    if (!pattern || clean(e)) return e;
    const normalized = /NormalizeDiacritics\s*\(/i.test(e) ? e : `NormalizeDiacritics(${e})`;
    return `Replace(${normalized}, , ${quoteLiteral(pattern)}, , "", , )`;
  };
  const sanitize = (e: string): string => `Left(${cleaned(e)}, ${max})`;
  const withFallback = (e: string): string =>
    `IgnoreFlowIfNullOrEmpty(Switch(${e}, ${e}, "", ${fallback}))`;
  const sep = ['-', '_', '.'].find((c) =>
    rule.charset?.ranges.some(([lo, hi]) => c.charCodeAt(0) >= lo && c.charCodeAt(0) <= hi),
  );
  const unique =
    rule.unique && rule.charset && max > 9 + (sep ? 1 : 0)
      ? (e: string): string =>
          `Join(${quoteLiteral(sep ?? '')}, Left(${cleaned(e)}, ${max - 8 - (sep ? 1 : 0)}), Mid([objectId], 1, 8))`
      : undefined;
  return { sanitize, fallback, withFallback, unique };
}

/** The expression without a top-level IgnoreFlowIfNullOrEmpty (the fix adds its own). */
function unwrapped(ast: ExprNode, text: string): string {
  if (ast.kind === 'call' && ast.name.toLowerCase() === 'ignoreflowifnullorempty') {
    const inner = ast.args[0];
    if (inner && inner.kind !== 'empty' && ast.args.length === 1) {
      return text.slice(inner.span.start, inner.span.end);
    }
  }
  return text.trim();
}

export interface FixInput {
  /** The original expression's text and tree, when it parses. */
  original: { text: string; ast: ExprNode } | null;
  target: Target;
  deps: EngineDeps;
  /** The same analysis `prove` runs. */
  analyzeAst: (ast: ExprNode) => Abs;
  now?: Date;
}

interface Checked {
  expression: string;
  ast: ExprNode;
}

/** Proven by the analysis, accepted by the checker, and passing on every corpus record. */
function verify(text: string, input: FixInput): Checked | null {
  const { deps, target } = input;
  const parsed = deps.analyzeText(text);
  if (!parsed.ast || parsed.diagnostics.some((d) => d.severity === 'error')) return null;
  if (openObligations(input.analyzeAst(parsed.ast), target.rule).length > 0) return null;
  for (const record of deps.corpusFor(target.object)) {
    const r = deps.evaluate(parsed.ast, record.attrs, input.now ? { now: input.now } : {});
    if (!r.ok) return null;
    if (deps.checkOutput(target, r.value).some((v) => v.severity === 'error')) return null;
  }
  return { expression: text, ast: parsed.ast };
}

function sameOutput(a: Output, b: Output): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function changes(original: ExprNode | null, fix: ExprNode, input: FixInput): FixChange[] {
  const out: FixChange[] = [];
  const opts = input.now ? { now: input.now } : {};
  for (const record of input.deps.corpusFor(input.target.object)) {
    const after = input.deps.evaluate(fix, record.attrs, opts);
    if (!after.ok) continue;
    const before = original ? input.deps.evaluate(original, record.attrs, opts) : null;
    if (before?.ok && sameOutput(before.value, after.value)) continue;
    const name = record.attrs['displayName'];
    out.push({
      recordId: record.id,
      input: typeof name === 'string' ? name : record.label,
      ...(typeof name === 'string' ? {} : { inputIsLabel: true as const }),
      before: before?.ok ? before.value : null,
      ...(before && !before.ok ? { beforeError: before.error.message } : {}),
      ...(!before ? { beforeError: 'the original expression does not parse' } : {}),
      after: after.value,
    });
  }
  return out;
}

/** A proven, corpus-confirmed fix, or undefined when no candidate could be proven. */
export function generateFix(input: FixInput): ProofFix | undefined {
  const allowed = allowedUnits(input.target.rule);
  const b = builders(input.target, (e) => {
    if (!allowed) return true;
    const parsed = input.deps.analyzeText(e);
    if (!parsed.ast || parsed.diagnostics.some((d) => d.severity === 'error')) return false;
    const v = input.analyzeAst(parsed.ast);
    const chars = anyString(v)?.chars;
    return chars !== undefined && chars.isSubsetOf(allowed);
  });
  const bases: string[] = [];
  if (input.original) bases.push(unwrapped(input.original.ast, input.original.text));
  for (const src of input.target.recommendedSources) bases.push(`[${src}]`);

  const candidates: string[] = [];
  for (const e of bases) {
    candidates.push(
      `Left(${e}, ${input.target.rule.maxLength})`,
      b.withFallback(e),
      b.withFallback(`Left(${e}, ${input.target.rule.maxLength})`),
      b.withFallback(b.sanitize(e)),
    );
  }
  candidates.push(b.fallback);

  for (const c of [...new Set(candidates)]) {
    const ok = verify(c, input);
    if (!ok) continue;
    const base = bases.find((e) => c.includes(e)) ?? bases[0];
    const unique = b.unique && base !== undefined ? verify(b.unique(base), input) : null;
    return {
      expression: ok.expression,
      ...(unique ? { uniqueVariant: unique.expression } : {}),
      changes: changes(input.original?.ast ?? null, ok.ast, input),
    };
  }
  return undefined;
}
