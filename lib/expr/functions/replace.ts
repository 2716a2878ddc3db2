/**
 * Replace and its five modes, chosen by the filled slots (docs/research/entra-expressions.md#replace-modes):
 * 1 source, 2 oldValue, 3 regexPattern, 4 regexGroupName, 5 replacementValue,
 * 6 replacementAttributeName, 7 template. An explicit "" counts as filled.
 * When several modes fit, the order is B, A, E, D, C [U].
 */
import type { CallNode } from '../ast';
import { fail } from '../eval/errors';
import {
  regexExtractGroup,
  regexReplace,
  regexReplaceGroup,
  runnableRegex,
} from '../eval/regex-run';
import { NULL, isNullOrEmpty, multi, str, textOf, textOrEmpty } from '../eval/values';
import type { Value } from '../values';
import { arg, provided, spanOf } from './args';
import type { Impl, Thunk } from './types';

const SOURCE = 0;
const OLD_VALUE = 1;
const PATTERN = 2;
const GROUP = 3;
const REPLACEMENT = 4;
const REPLACEMENT_ATTRIBUTE = 5;
const TEMPLATE = 6;

function text(args: readonly (Thunk | null)[], i: number, call: CallNode): string {
  return textOrEmpty(arg(args, i), spanOf(call, i));
}

/** Applies `fn` to the source, value by value for a multi-valued one [U]; null stays null. */
function perValue(source: Value, call: CallNode, fn: (s: string) => string): Value {
  if (source.type === 'string') return str(fn(source.value));
  if (source.type === 'multi') return multi(source.values.map(fn));
  const t = textOf(source, spanOf(call, SOURCE));
  return t === null ? NULL : str(fn(t));
}

export const replace: Impl = (args, ctx, call) => {
  if (provided(args, OLD_VALUE) && (provided(args, TEMPLATE) || provided(args, REPLACEMENT))) {
    const oldValue = text(args, OLD_VALUE, call);
    if (oldValue === '') {
      fail(
        'eval.argument',
        'oldValue cannot be "": there is nothing to find.',
        spanOf(call, OLD_VALUE),
      );
    }
    if (provided(args, TEMPLATE)) {
      // Mode B: the template, with every oldValue placeholder replaced by the source.
      const template = text(args, TEMPLATE, call);
      return perValue(arg(args, SOURCE), call, (s) => template.split(oldValue).join(s));
    }
    // Mode A: literal, case-sensitive, every occurrence.
    const replacement = text(args, REPLACEMENT, call);
    return perValue(arg(args, SOURCE), call, (s) => s.split(oldValue).join(replacement));
  }

  if (provided(args, PATTERN)) {
    const patternSpan = spanOf(call, PATTERN);
    const regex = runnableRegex(text(args, PATTERN, call), patternSpan);
    if (provided(args, GROUP) && provided(args, REPLACEMENT_ATTRIBUTE)) {
      // Mode E: keep the source if it has a value, else extract the group from the fallback.
      const source = arg(args, SOURCE);
      if (!isNullOrEmpty(source)) return source;
      const fallback = textOf(
        arg(args, REPLACEMENT_ATTRIBUTE),
        spanOf(call, REPLACEMENT_ATTRIBUTE),
      );
      if (fallback === null) return NULL;
      const group = text(args, GROUP, call);
      const found = regexExtractGroup(regex, fallback, group, patternSpan, spanOf(call, GROUP));
      return found === null ? NULL : str(found);
    }
    if (provided(args, GROUP) && provided(args, REPLACEMENT)) {
      // Mode D: only the named group's text inside each match is replaced (no substitutions [U]).
      const group = text(args, GROUP, call);
      const replacement = text(args, REPLACEMENT, call);
      const groupSpan = spanOf(call, GROUP);
      return perValue(arg(args, SOURCE), call, (s) =>
        regexReplaceGroup(regex, s, group, replacement, ctx, patternSpan, groupSpan),
      );
    }
    if (provided(args, REPLACEMENT)) {
      // Mode C: .NET Regex.Replace with $1 / ${name} substitutions.
      const replacement = text(args, REPLACEMENT, call);
      const source = arg(args, SOURCE);
      if (source.type === 'string') {
        return str(regexReplace(regex, source.value, replacement, ctx, patternSpan));
      }
      return perValue(source, call, (s) => regexReplace(regex, s, replacement, ctx, patternSpan));
    }
  }
  return fail(
    'eval.replace-mode',
    "These filled slots match none of Replace's modes: fill oldValue + replacementValue (or + template), or regexPattern + replacementValue (optionally + regexGroupName), or regexPattern + regexGroupName + replacementAttributeName.",
    call.span,
  );
};
