/**
 * Validation of what the user hands the CLI: attribute objects, samples, batch lines, option
 * values. Every failure is an `InputError` with a one-line message and a stable code.
 */

import type { Attributes } from '../expr';
import type { LintSample } from '../lint/types';
import { isTargetId, TARGET_IDS, type TargetId } from '../targets/targets';

export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError(
      'input.invalid-json',
      `${what} is not valid JSON (${(e as Error).message}).`,
    );
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An attribute object: values are strings, arrays of strings, booleans, numbers or null. */
export function toAttributes(v: unknown, what: string): Attributes {
  if (!isPlainObject(v)) {
    throw new InputError(
      'input.invalid-attrs',
      `${what} must be a JSON object of attribute values.`,
    );
  }
  // Entries, never assignments: `{"__proto__":"x"}` is the attribute __proto__ (JSON.parse
  // makes it an own property; an assignment would try to set the object's prototype).
  const entries: [string, Attributes[string]][] = [];
  for (const [k, val] of Object.entries(v)) {
    const ok =
      val === null ||
      typeof val === 'string' ||
      typeof val === 'boolean' ||
      (typeof val === 'number' && Number.isFinite(val)) ||
      (Array.isArray(val) && val.every((x) => typeof x === 'string'));
    if (!ok) {
      throw new InputError(
        'input.invalid-attrs',
        `${what}: attribute ${JSON.stringify(k)} must be a string, an array of strings, a number, a boolean or null.`,
      );
    }
    entries.push([k, val as Attributes[string]]);
  }
  return Object.fromEntries(entries);
}

export function parseAttrs(text: string): Attributes {
  return toAttributes(parseJson(text, '--attrs'), '--attrs');
}

export function toSamples(v: unknown, what: string): LintSample[] {
  if (!Array.isArray(v)) {
    throw new InputError(
      'input.invalid-samples',
      `${what} must be a JSON array of {"label","attrs"} objects.`,
    );
  }
  return v.map((s, i) => {
    if (!isPlainObject(s)) {
      throw new InputError(
        'input.invalid-samples',
        `${what}[${i}] must be an object with "attrs".`,
      );
    }
    if (s.label !== undefined && typeof s.label !== 'string') {
      throw new InputError('input.invalid-samples', `${what}[${i}].label must be a string.`);
    }
    const attrs = toAttributes(s.attrs, `${what}[${i}].attrs`);
    return s.label === undefined ? { attrs } : { label: s.label, attrs };
  });
}

export function parseSamples(text: string): LintSample[] {
  return toSamples(parseJson(text, '--samples'), '--samples');
}

export function parseTarget(id: string): TargetId {
  if (!isTargetId(id)) {
    throw new InputError(
      'input.unknown-target',
      `unknown target ${JSON.stringify(id)}; expected one of ${TARGET_IDS.join(', ')}.`,
    );
  }
  return id;
}

export function parseTimeout(text: string | undefined): number {
  if (text === undefined) return 2000;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 10 || n > 600_000) {
    throw new InputError(
      'input.invalid-timeout',
      '--timeout must be a whole number of milliseconds from 10 to 600000.',
    );
  }
  return n;
}

export function parseNow(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (Number.isNaN(Date.parse(text))) {
    throw new InputError(
      'input.invalid-now',
      `--now must be an ISO date, e.g. 2024-01-31T12:00:00Z.`,
    );
  }
  return new Date(text).toISOString();
}

export function parseContext(text: string | undefined): 'scim-app' | 'cloud-sync' {
  if (text === undefined || text === 'scim-app' || text === 'cloud-sync') return text ?? 'scim-app';
  throw new InputError('input.invalid-context', '--context must be scim-app or cloud-sync.');
}

function requireExpr(o: Record<string, unknown>): string {
  if (typeof o.expr !== 'string') {
    throw new InputError('input.missing-expr', 'the line needs "expr" (a string).');
  }
  if (o.expr.trim() === '') throw new InputError('input.empty-expr', '"expr" is empty.');
  return o.expr;
}

function parseLineObject(line: string): Record<string, unknown> {
  const v = parseJson(line, 'the line');
  if (!isPlainObject(v))
    throw new InputError('input.invalid-line', 'the line must be a JSON object.');
  return v;
}

export function parseEvalLine(line: string): { expr: string; attrs: Attributes } {
  const o = parseLineObject(line);
  const expr = requireExpr(o);
  const attrs = o.attrs === undefined ? {} : toAttributes(o.attrs, '"attrs"');
  return { expr, attrs };
}

export function parseLintLine(
  line: string,
  defaultTarget: TargetId | undefined,
): { expr: string; target: TargetId; samples: LintSample[] } {
  const o = parseLineObject(line);
  const expr = requireExpr(o);
  let target = defaultTarget;
  if (o.target !== undefined) {
    if (typeof o.target !== 'string')
      throw new InputError('input.unknown-target', '"target" must be a string.');
    target = parseTarget(o.target);
  }
  if (target === undefined) {
    throw new InputError('input.missing-target', 'the line needs "target" (or pass --target).');
  }
  const samples = o.samples === undefined ? [] : toSamples(o.samples, '"samples"');
  return { expr, target, samples };
}
