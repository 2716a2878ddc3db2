/**
 * Constructors, coercions and string forms of evaluator values (docs/research/entra-expressions.md#values-and-their-string-forms).
 */
import type { Span } from '../ast';
import type { Output, Value } from '../values';
import { fail } from './errors';
import { formatGeneralDate } from './dates';

export const NULL: Value = Object.freeze({ type: 'null' }) as Value;
export const TRUE: Value = Object.freeze({ type: 'boolean', value: true }) as Value;
export const FALSE: Value = Object.freeze({ type: 'boolean', value: false }) as Value;
export const EMPTY: Value = Object.freeze({ type: 'string', value: '' }) as Value;

export function str(value: string): Value {
  return { type: 'string', value };
}

export function num(value: number): Value {
  return { type: 'number', value };
}

export function bool(value: boolean): Value {
  return value ? TRUE : FALSE;
}

export function multi(values: string[]): Value {
  return { type: 'multi', values };
}

/**
 * Invariant-culture digits. .NET prints doubles round-trip-shortest like JS; only the exponent
 * spelling differs ("1E+21" vs "1e+21").
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  return String(n).replace('e', 'E');
}

/**
 * The text of a single value, as Entra converts it at a string boundary: booleans are
 * "True"/"False", dates `M/d/yyyy h:mm:ss tt` in UTC. Null stays null. A multi-valued value has no
 * single text; with one element it is that element, otherwise the caller gets an error.
 */
export function textOf(value: Value, span: Span): string | null {
  switch (value.type) {
    case 'string':
      return value.value;
    case 'null':
      return null;
    case 'boolean':
      return value.value ? 'True' : 'False';
    case 'number':
      return formatNumber(value.value);
    case 'date':
      return formatGeneralDate(value.value);
    case 'multi':
      if (value.values.length === 0) return null;
      if (value.values.length === 1) return value.values[0]!;
      return fail(
        'eval.multi-value',
        `This argument has ${value.values.length} values where one value is expected.`,
        span,
      );
    case 'flow':
      return fail(
        'eval.flow-signal',
        'A flow signal (IgnoreFlowIfNullOrEmpty, IgnoreAttributeFlow, IgnoreObjectFlow) cannot be used as a value inside another function.',
        span,
      );
  }
}

/** Like `textOf`, with null read as "" (what most string functions do with a missing attribute). */
export function textOrEmpty(value: Value, span: Span): string {
  return textOf(value, span) ?? '';
}

/** True for null, "" and a multi-valued attribute without values. */
export function isNullOrEmpty(value: Value): boolean {
  switch (value.type) {
    case 'null':
      return true;
    case 'string':
      return value.value === '';
    case 'multi':
      return value.values.length === 0;
    default:
      return false;
  }
}

/** .NET `double.Parse` with the invariant culture, minus thousands separators. */
const NUMERIC = /^[ \t]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t]*$/;

/** The number a value stands for, or undefined when it is not numeric. */
export function numericValue(value: Value): number | undefined {
  if (value.type === 'number') return value.value;
  if (value.type === 'string' && NUMERIC.test(value.value)) return Number(value.value);
  return undefined;
}

/** A whole number argument (Left's NumChars, Mid's start...): numbers or numeric strings. */
export function integerArg(value: Value, span: Span, what: string): number {
  let n: number | undefined;
  if (value.type === 'string' && /^[ \t]*&H[0-9A-Fa-f]+[ \t]*$/.test(value.value)) {
    n = parseInt(value.value.trim().slice(2), 16);
  } else {
    n = numericValue(value);
  }
  if (n === undefined || !Number.isInteger(n)) {
    const shown = value.type === 'null' ? 'no value' : `"${textOf(value, span) ?? ''}"`;
    return fail('eval.argument', `${what} must be a whole number, but it is ${shown}.`, span);
  }
  return n;
}

/** A value's string forms, element by element, for functions applied per value (docs/research/entra-expressions.md#values-and-their-string-forms). */
export function mapText(value: Value, span: Span, fn: (text: string) => string): Value {
  if (value.type === 'string') return str(fn(value.value));
  if (value.type === 'multi') return multi(value.values.map(fn));
  const text = textOf(value, span);
  return text === null ? NULL : str(fn(text));
}

/** What leaves the evaluator. */
export function toOutput(value: Value, span: Span): Output {
  if (value.type === 'multi') return value.values.length === 0 ? null : value.values.slice();
  if (value.type === 'flow') return null;
  return textOf(value, span);
}
