/** Conditional and null-handling functions (docs/research/entra-expressions.md#conditional-and-null-functions). */
import type { Span } from '../ast';
import { valuesEqual } from '../eval/compare';
import { fail } from '../eval/errors';
import { NULL, bool, isNullOrEmpty, numericValue, textOf } from '../eval/values';
import type { Value } from '../values';
import { arg, spanOf } from './args';
import type { Impl } from './types';

/** A condition's truth: booleans, "True"/"False" in any case, or a number (non-zero is true). */
function truth(value: Value, span: Span, what: string): boolean {
  if (value.type === 'boolean') return value.value;
  const n = numericValue(value);
  if (n !== undefined) return n !== 0;
  if (value.type === 'null') return fail('eval.argument', `${what} has no value.`, span);
  const text = textOf(value, span)!;
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return fail('eval.argument', `${what} must be True or False, but it is "${text}".`, span);
}

export const iif: Impl = (args, ctx, call) => {
  const before = ctx.emptyAttributeReads;
  const condition = arg(args, 0);
  if (ctx.emptyAttributeReads !== before) {
    fail(
      'eval.iif-null-attribute',
      'An attribute in this IIF condition has no value, and Entra fails the condition check in that case (documented limitation). Use Switch([attribute], …, "", …) to handle missing values.',
      spanOf(call, 0),
    );
  }
  // Only the chosen branch is evaluated.
  return truth(condition, spanOf(call, 0), 'The IIF condition') ? arg(args, 1) : arg(args, 2);
};

export const switchFn: Impl = (args, _ctx, call) => {
  if (args.length % 2 !== 0) {
    fail(
      'eval.arity',
      `Switch takes a source, a default and key/value pairs (an even number of arguments); it has ${args.length}.`,
      call.span,
    );
  }
  const source = arg(args, 0);
  const span = spanOf(call, 0);
  for (let i = 2; i + 1 < args.length; i += 2) {
    // Case-sensitive; a missing source matches the key "".
    if (valuesEqual(source, arg(args, i), span)) return arg(args, i + 1);
  }
  return arg(args, 1);
};

export const coalesce: Impl = (args) => {
  for (let i = 0; i < args.length; i++) {
    const value = arg(args, i);
    // Only null is skipped; "" is a value [U].
    if (value.type !== 'null' && !(value.type === 'multi' && value.values.length === 0))
      return value;
  }
  return NULL;
};

const isNullValue = (v: Value): boolean =>
  v.type === 'null' || (v.type === 'multi' && v.values.length === 0);

export const isNull: Impl = (args) => bool(isNullValue(arg(args, 0)));

export const isNullOrEmptyFn: Impl = (args) => bool(isNullOrEmpty(arg(args, 0)));

export const isPresent: Impl = (args) => bool(!isNullOrEmpty(arg(args, 0)));

export const isString: Impl = (args) => {
  const v = arg(args, 0);
  return bool(
    v.type === 'string' || v.type === 'number' || v.type === 'boolean' || v.type === 'date',
  );
};

export const not: Impl = (args, _ctx, call) => {
  const v = arg(args, 0);
  if (v.type === 'boolean') return bool(!v.value);
  // "True" gives False; anything else gives True.
  return bool((textOf(v, spanOf(call, 0)) ?? '').toLowerCase() !== 'true');
};

export const cBool: Impl = (args, _ctx, call) => {
  const v = arg(args, 0);
  if (v.type === 'null') return bool(false);
  return bool(truth(v, spanOf(call, 0), "CBool's argument"));
};

export const ignoreFlowIfNullOrEmpty: Impl = (args) => {
  const v = arg(args, 0);
  return isNullOrEmpty(v) ? { type: 'flow', signal: 'ignore-attribute' } : v;
};
