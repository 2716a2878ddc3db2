/** Date and time functions (docs/research/entra-expressions.md#date-and-time-functions), in UTC. */
import type { Span } from '../ast';
import {
  fromFileTime,
  parseDateText,
  parseInterval,
  toFileTime,
  vbDateAdd,
  vbDateDiff,
} from '../eval/dates';
import {
  DEFAULT_STYLES,
  FormatError,
  formatMoment,
  parseExact,
  parseStyles,
} from '../eval/datetime-format';
import { fail } from '../eval/errors';
import { NULL, mapText, num, numericValue, str, textOf, textOrEmpty } from '../eval/values';
import type { Value } from '../values';
import { arg, provided, spanOf } from './args';
import type { Impl } from './types';

function date(value: Date): Value {
  return { type: 'date', value };
}

/** A DateTime argument: a date value, or text CDate can read. Null stays null. */
function toDate(v: Value, span: Span): Date | null {
  if (v.type === 'date') return v.value;
  const text = textOf(v, span);
  if (text === null) return null;
  const d = parseDateText(text);
  if (d === undefined)
    return fail('eval.invalid-date', `"${text}" is not a date Entra can read.`, span);
  return d;
}

function interval(v: Value, span: Span): NonNullable<ReturnType<typeof parseInterval>> {
  const text = textOrEmpty(v, span);
  const found = parseInterval(text);
  if (found === undefined) {
    return fail(
      'eval.argument',
      `"${text}" is not an interval; use yyyy, q, m, d, ww, w, y, h, n or s.`,
      span,
    );
  }
  return found;
}

export const cDate: Impl = (args, _ctx, call) => {
  const d = toDate(arg(args, 0), spanOf(call, 0));
  return d === null ? NULL : date(d);
};

export const now: Impl = (_args, ctx) => date(ctx.now);

export const dateAdd: Impl = (args, _ctx, call) => {
  const unit = interval(arg(args, 0), spanOf(call, 0));
  const amount = numericValue(arg(args, 1));
  if (amount === undefined)
    fail('eval.argument', 'The value to add must be a number.', spanOf(call, 1));
  const d = toDate(arg(args, 2), spanOf(call, 2));
  if (d === null) return NULL;
  const result = vbDateAdd(unit, amount, d);
  if (result === undefined) {
    fail('eval.invalid-date', 'The result is outside the years 1 to 9999.', call.span);
  }
  return date(result);
};

export const dateDiff: Impl = (args, _ctx, call) => {
  const unit = interval(arg(args, 0), spanOf(call, 0));
  const d1 = toDate(arg(args, 1), spanOf(call, 1));
  const d2 = toDate(arg(args, 2), spanOf(call, 2));
  if (d1 === null || d2 === null) return NULL;
  return num(vbDateDiff(unit, d1, d2));
};

export const formatDateTime: Impl = (args, ctx, call) => {
  // The documented form has 4 slots; a 3-argument form (no dateTimeStyles) also circulates.
  const legacy = args.length === 3;
  const [stylesAt, inAt, outAt] = legacy ? [-1, 1, 2] : [1, 2, 3];
  const inputFormat = textOrEmpty(arg(args, inAt), spanOf(call, inAt));
  const outputFormat = textOrEmpty(arg(args, outAt), spanOf(call, outAt));
  let styles = DEFAULT_STYLES;
  try {
    if (stylesAt > 0 && provided(args, stylesAt)) {
      styles = parseStyles(textOrEmpty(arg(args, stylesAt), spanOf(call, stylesAt)));
    }
  } catch (e) {
    if (e instanceof FormatError) fail('eval.argument', e.message, spanOf(call, stylesAt));
    throw e;
  }
  return mapText(arg(args, 0), spanOf(call, 0), (text) => {
    let moment;
    try {
      moment = parseExact(text, inputFormat, styles, ctx.now);
    } catch (e) {
      if (e instanceof FormatError) return fail('eval.argument', e.message, spanOf(call, inAt));
      throw e;
    }
    if (moment === undefined) {
      return fail(
        'eval.invalid-date',
        `"${text}" does not match the input format "${inputFormat}".`,
        spanOf(call, 0),
      );
    }
    try {
      return formatMoment(moment, outputFormat);
    } catch (e) {
      if (e instanceof FormatError) return fail('eval.argument', e.message, spanOf(call, outAt));
      throw e;
    }
  });
};

export const numFromDate: Impl = (args, _ctx, call) => {
  const d = toDate(arg(args, 0), spanOf(call, 0));
  // FILETIME values exceed 2^53, so they travel as their digits.
  return d === null ? NULL : str(toFileTime(d).toString());
};

export const dateFromNum: Impl = (args, _ctx, call) => {
  const v = arg(args, 0);
  if (v.type === 'null') return NULL;
  const text =
    v.type === 'number'
      ? BigInt(Math.trunc(v.value)).toString()
      : textOrEmpty(v, spanOf(call, 0)).trim();
  if (!/^\d+$/.test(text))
    fail('eval.argument', `"${text}" is not a FILETIME number.`, spanOf(call, 0));
  const d = fromFileTime(BigInt(text));
  if (d === undefined)
    fail('eval.invalid-date', `${text} is outside the years 1601 to 9999.`, spanOf(call, 0));
  return date(d);
};
