/**
 * The evaluator: Entra's semantics over a parsed expression (entra-expressions.md §4-§6).
 * Synchronous and deterministic given `EvalOptions` (fixed `now`, injectable randomness), so it
 * can run in a worker that the caller may terminate. It never throws: problems, including an
 * exceeded time budget, come back as `{ ok: false, error }`.
 */
import type { CallNode, ExprNode, Span } from './ast';
import { compareValues } from './eval/compare';
import { EvalFailure, fail } from './eval/errors';
import { NULL, isNullOrEmpty, multi, num, str, toOutput } from './eval/values';
import { lookupFunction } from './functions/table';
import type { EvalContext, FunctionSpec, Thunk } from './functions/types';
import type { Attributes, Output, Value } from './values';

export interface EvalOptions {
  /** "Now" for Now() and dates without a day; fixed for the whole evaluation. Default: the clock. */
  now?: Date;
  /** Time budget in milliseconds (default 250); past it the result is `eval.budget-exceeded`. */
  budgetMs?: number;
  /** Random bytes for Guid/RandomString; default crypto.getRandomValues. */
  randomBytes?: (length: number) => Uint8Array;
  /** The tenant's default verified domain, for DefaultDomain(). */
  defaultDomain?: string;
}

export interface EvalError {
  code: string;
  message: string;
  start: number;
  end: number;
}

export type EvalResult =
  | {
      ok: true;
      /** Null means the attribute is not sent. */
      value: Output;
      /** Set when a flow signal decided the result (IgnoreFlowIfNullOrEmpty, IgnoreObjectFlow…). */
      flow?: 'ignore-attribute' | 'ignore-object';
    }
  | { ok: false; error: EvalError };

export const DEFAULT_BUDGET_MS = 250;

const clock: () => number =
  typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

function defaultRandomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } })
    .crypto;
  if (crypto?.getRandomValues !== undefined) return crypto.getRandomValues(bytes);
  // Last resort for runtimes without Web Crypto; Guid() is not a security feature here.
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/** Per-name function lookups, so the hot path does not lower-case names again and again. */
const resolved = new Map<string, FunctionSpec | null>();

function resolve(name: string): FunctionSpec | null {
  let spec = resolved.get(name);
  if (spec === undefined) {
    spec = lookupFunction(name) ?? null;
    if (resolved.size > 1000) resolved.clear();
    resolved.set(name, spec);
  }
  return spec;
}

const hasOwn = Object.prototype.hasOwnProperty;

interface Evaluator {
  ctx: EvalContext;
  node: (node: ExprNode) => Value;
}

function attributeValue(attrs: Attributes, name: string): Value {
  if (!hasOwn.call(attrs, name)) return NULL;
  const raw = attrs[name];
  if (raw === null || raw === undefined) return NULL;
  if (typeof raw === 'string') return str(raw);
  if (typeof raw === 'number') return num(raw);
  if (typeof raw === 'boolean') return { type: 'boolean', value: raw };
  return multi(raw.filter((v): v is string => typeof v === 'string'));
}

function callFunction(ev: Evaluator, call: CallNode): Value {
  const spec = resolve(call.name);
  if (spec === null) {
    return fail(
      'eval.unknown-function',
      `Entra has no function named ${call.name}.`,
      call.nameSpan,
    );
  }
  const count = call.args.length;
  if (count < spec.minArgs || count > spec.maxArgs) {
    const expected =
      spec.minArgs === spec.maxArgs
        ? `${spec.minArgs}`
        : spec.maxArgs === Infinity
          ? `at least ${spec.minArgs}`
          : `${spec.minArgs} to ${spec.maxArgs}`;
    return fail(
      'eval.arity',
      `${spec.name} takes ${expected} argument${expected === '1' ? '' : 's'}, not ${count}.`,
      call.span,
    );
  }
  const thunks: (Thunk | null)[] = new Array<Thunk | null>(count);
  for (let i = 0; i < count; i++) {
    const a = call.args[i]!;
    // Lazy: IIF, Switch and Coalesce evaluate only what they need.
    thunks[i] = a.kind === 'empty' ? null : () => ev.node(a);
  }
  return spec.impl(thunks, ev.ctx, call);
}

function evalNode(ev: Evaluator, node: ExprNode): Value {
  ev.ctx.checkBudget();
  switch (node.kind) {
    case 'call':
      return callFunction(ev, node);
    case 'attr': {
      const value = attributeValue(ev.ctx.attrs, node.name);
      if (isNullOrEmpty(value)) ev.ctx.emptyAttributeReads++;
      return value;
    }
    case 'string':
      return str(node.value);
    case 'number':
      // Beyond 2^53 a number literal keeps its digits (FILETIME values for DateFromNum).
      return Number.isSafeInteger(node.value) || !/^\d+$/.test(node.raw)
        ? num(node.value)
        : str(node.raw);
    case 'keyword':
      if (node.name === 'IgnoreAttributeFlow') return { type: 'flow', signal: 'ignore-attribute' };
      if (node.name === 'IgnoreObjectFlow') return { type: 'flow', signal: 'ignore-object' };
      // vbTextCompare, UTF8…: the function reading the slot interprets the word.
      return str(node.name);
    case 'compare': {
      const left = ev.node(node.left);
      const right = ev.node(node.right);
      return { type: 'boolean', value: compareValues(node.op, left, right, node.span) };
    }
    case 'error':
      return fail('eval.syntax', 'This part of the expression could not be read.', node.span);
  }
}

/** Evaluates a parsed expression for one object's attributes. Never throws. */
export function evaluate(ast: ExprNode, attrs: Attributes, options: EvalOptions = {}): EvalResult {
  const whole: Span = ast.span;
  const deadline = clock() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  const ctx: EvalContext = {
    attrs,
    now: options.now ?? new Date(),
    deadline,
    checkBudget: () => {
      if (clock() >= deadline) {
        fail(
          'eval.budget-exceeded',
          `Evaluation took longer than ${options.budgetMs ?? DEFAULT_BUDGET_MS} ms and was stopped.`,
          whole,
        );
      }
    },
    randomBytes: options.randomBytes ?? defaultRandomBytes,
    defaultDomain: options.defaultDomain,
    emptyAttributeReads: 0,
  };
  const ev: Evaluator = { ctx, node: (n) => evalNode(ev, n) };
  try {
    const value = evalNode(ev, ast);
    if (value.type === 'flow') return { ok: true, value: null, flow: value.signal };
    return { ok: true, value: toOutput(value, whole) };
  } catch (e) {
    if (e instanceof EvalFailure) {
      return { ok: false, error: { code: e.code, message: e.message, ...e.span } };
    }
    const message =
      e instanceof RangeError
        ? 'The expression is nested too deeply to evaluate.'
        : `Evaluation failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, error: { code: 'eval.internal', message, ...whole } };
  }
}
