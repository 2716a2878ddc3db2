/**
 * The evaluator: Entra's semantics over a parsed expression (docs/research/entra-expressions.md#semantics, docs/research/entra-expressions.md#functions).
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

/** Millisecond wall clock: cheaper than performance.now() in Node, precise enough for a budget. */
const clock = (): number => Date.now();

function defaultRandomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } })
    .crypto;
  if (crypto?.getRandomValues !== undefined) return crypto.getRandomValues(bytes);
  // Last resort for runtimes without Web Crypto; Guid() is not a security feature here.
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** How many node visits pass between two clock readings; regex loops check on every match. */
const CHECK_EVERY = 16;

function attributeValue(attrs: Attributes, name: string): Value {
  if (!hasOwn.call(attrs, name)) return NULL;
  const raw = attrs[name];
  if (raw === null || raw === undefined) return NULL;
  if (typeof raw === 'string') return str(raw);
  if (typeof raw === 'number') return num(raw);
  if (typeof raw === 'boolean') return { type: 'boolean', value: raw };
  return multi(raw.filter((v): v is string => typeof v === 'string'));
}

function arityMessage(spec: FunctionSpec, count: number): string {
  const expected =
    spec.minArgs === spec.maxArgs
      ? `${spec.minArgs}`
      : spec.maxArgs === Infinity
        ? `at least ${spec.minArgs}`
        : `${spec.minArgs} to ${spec.maxArgs}`;
  return `${spec.name} takes ${expected} argument${expected === '1' ? '' : 's'}, not ${count}.`;
}

/** One evaluation: the context the functions see. */
class Evaluation implements EvalContext {
  emptyAttributeReads = 0;
  readonly randomBytes: (length: number) => Uint8Array;
  readonly defaultDomain: string | undefined;
  /** Node visits until the next clock reading (reading it on every node costs more than the work). */
  private countdown = CHECK_EVERY;
  private fixedNow: Date | undefined;

  /**
   * Set at the first budget check (node 16, a regex loop, or a zero budget): a short expression
   * then never reads the clock, which would cost more than evaluating it.
   */
  deadline = Infinity;
  private started = false;

  constructor(
    readonly attrs: Attributes,
    options: EvalOptions,
    private readonly budget: number,
    private readonly whole: Span,
  ) {
    this.randomBytes = options.randomBytes ?? defaultRandomBytes;
    this.defaultDomain = options.defaultDomain;
    this.fixedNow = options.now;
  }

  /** Read once, then fixed for the whole evaluation. */
  get now(): Date {
    return (this.fixedNow ??= new Date());
  }

  checkBudget(): void {
    const now = clock();
    if (!this.started) {
      this.started = true;
      this.deadline = now + this.budget;
    }
    if (now >= this.deadline) {
      fail(
        'eval.budget-exceeded',
        `Evaluation took longer than ${this.budget} ms and was stopped.`,
        this.whole,
      );
    }
  }

  tick(): void {
    if (--this.countdown <= 0) {
      this.countdown = CHECK_EVERY;
      this.checkBudget();
    }
  }
}

/**
 * A tree is compiled once into closures (cached per tree), so evaluating it again allocates no
 * argument thunks: they read the evaluation in progress from `current`. Evaluation is
 * synchronous; `evaluate` saves and restores `current`, so even nested use stays correct.
 */
type Compiled = (ev: Evaluation) => Value;

let current: Evaluation | undefined;
const compiledTrees = new WeakMap<ExprNode, Compiled>();

function compile(node: ExprNode): Compiled {
  switch (node.kind) {
    case 'call':
      return compileCall(node);
    case 'attr': {
      const name = node.name;
      return (ev) => {
        ev.tick();
        const value = attributeValue(ev.attrs, name);
        if (isNullOrEmpty(value)) ev.emptyAttributeReads++;
        return value;
      };
    }
    case 'string':
      return constant(str(node.value));
    case 'number':
      // Beyond 2^53 a number literal keeps its digits (FILETIME values for DateFromNum).
      return constant(
        Number.isSafeInteger(node.value) || !/^\d+$/.test(node.raw)
          ? num(node.value)
          : str(node.raw),
      );
    case 'keyword':
      if (node.name === 'IgnoreAttributeFlow') {
        return constant({ type: 'flow', signal: 'ignore-attribute' });
      }
      if (node.name === 'IgnoreObjectFlow')
        return constant({ type: 'flow', signal: 'ignore-object' });
      // vbTextCompare, UTF8…: the function reading the slot interprets the word.
      return constant(str(node.name));
    case 'compare': {
      const left = compile(node.left);
      const right = compile(node.right);
      const { op, span } = node;
      return (ev) => {
        ev.tick();
        const l = left(ev);
        return { type: 'boolean', value: compareValues(op, l, right(ev), span) };
      };
    }
    case 'error': {
      const span = node.span;
      return () => fail('eval.syntax', 'This part of the expression could not be read.', span);
    }
  }
}

function constant(value: Value): Compiled {
  Object.freeze(value);
  return (ev) => {
    ev.tick();
    return value;
  };
}

function compileCall(call: CallNode): Compiled {
  const spec = lookupFunction(call.name);
  // Reported when reached, so an error in an IIF branch that is not taken stays silent.
  if (spec === undefined) {
    return () =>
      fail('eval.unknown-function', `Entra has no function named ${call.name}.`, call.nameSpan);
  }
  const count = call.args.length;
  if (count < spec.minArgs || count > spec.maxArgs) {
    return () => fail('eval.arity', arityMessage(spec, count), call.span);
  }
  // Lazy arguments: IIF, Switch and Coalesce evaluate only what they need.
  const thunks: (Thunk | null)[] = call.args.map((a) => {
    if (a.kind === 'empty') return null;
    const compiled = compile(a);
    return () => compiled(current!);
  });
  const impl = spec.impl;
  return (ev) => {
    ev.tick();
    return impl(thunks, ev, call);
  };
}

/**
 * Evaluates a parsed expression for one object's attributes. Never throws. The tree is compiled
 * on first use and the compiled form is cached with it, so do not mutate a tree once evaluated.
 */
export function evaluate(ast: ExprNode, attrs: Attributes, options: EvalOptions = {}): EvalResult {
  const whole: Span = ast.span;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const evaluation = new Evaluation(attrs, options, budget, whole);
  const outer = current;
  current = evaluation;
  try {
    if (budget <= 0) evaluation.checkBudget();
    let compiled = compiledTrees.get(ast);
    if (compiled === undefined) {
      compiled = compile(ast);
      compiledTrees.set(ast, compiled);
    }
    const value = compiled(evaluation);
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
  } finally {
    current = outer;
  }
}
