/**
 * Replace and its five modes, chosen by which of the 7 slots are filled (§5.6):
 * 1 source, 2 oldValue, 3 regexPattern, 4 regexGroupName, 5 replacementValue,
 * 6 replacementAttributeName, 7 template. An explicit "" counts as filled.
 * When several modes fit, the order is B, A, E, D, C [U].
 */
import type { Value } from '../values';
import { fail } from '../eval/errors';
import {
  regexExtractGroup,
  regexReplace,
  regexReplaceGroup,
  runnableRegex,
} from '../eval/regex-run';
import { NULL, isNullOrEmpty, mapText, str, textOf, textOrEmpty } from '../eval/values';
import { arg, provided, spanOf } from './args';
import type { Impl } from './types';

const SOURCE = 0;
const OLD_VALUE = 1;
const PATTERN = 2;
const GROUP = 3;
const REPLACEMENT = 4;
const REPLACEMENT_ATTRIBUTE = 5;
const TEMPLATE = 6;

export const replace: Impl = (args, ctx, call) => {
  const has = (i: number): boolean => provided(args, i);
  const text = (i: number): string => textOrEmpty(arg(args, i), spanOf(call, i));
  const perValue = (fn: (s: string) => string): Value =>
    mapText(arg(args, SOURCE), spanOf(call, SOURCE), fn);

  if (has(OLD_VALUE) && (has(TEMPLATE) || has(REPLACEMENT))) {
    const oldValue = text(OLD_VALUE);
    if (oldValue === '') {
      fail(
        'eval.argument',
        'oldValue cannot be "": there is nothing to find.',
        spanOf(call, OLD_VALUE),
      );
    }
    if (has(TEMPLATE)) {
      // Mode B: the template, with every oldValue placeholder replaced by the source.
      const template = text(TEMPLATE);
      return perValue((s) => template.split(oldValue).join(s));
    }
    // Mode A: literal, case-sensitive, every occurrence.
    const replacement = text(REPLACEMENT);
    return perValue((s) => s.split(oldValue).join(replacement));
  }

  if (has(PATTERN)) {
    const patternSpan = spanOf(call, PATTERN);
    const regex = runnableRegex(text(PATTERN), patternSpan);
    if (has(GROUP) && has(REPLACEMENT_ATTRIBUTE)) {
      // Mode E: keep the source if it has a value, else extract the group from the fallback.
      const source = arg(args, SOURCE);
      if (!isNullOrEmpty(source)) return source;
      const fallback = textOf(
        arg(args, REPLACEMENT_ATTRIBUTE),
        spanOf(call, REPLACEMENT_ATTRIBUTE),
      );
      if (fallback === null) return NULL;
      const found = regexExtractGroup(
        regex,
        fallback,
        text(GROUP),
        patternSpan,
        spanOf(call, GROUP),
      );
      return found === null ? NULL : str(found);
    }
    if (has(GROUP) && has(REPLACEMENT)) {
      // Mode D: only the named group's text inside each match is replaced (no substitutions [U]).
      const group = text(GROUP);
      const replacement = text(REPLACEMENT);
      return perValue((s) =>
        regexReplaceGroup(regex, s, group, replacement, ctx, patternSpan, spanOf(call, GROUP)),
      );
    }
    if (has(REPLACEMENT)) {
      // Mode C: .NET Regex.Replace with $1 / ${name} substitutions.
      const replacement = text(REPLACEMENT);
      return perValue((s) => regexReplace(regex, s, replacement, ctx, patternSpan));
    }
  }
  return fail(
    'eval.replace-mode',
    "These filled slots match none of Replace's modes: fill oldValue + replacementValue (or + template), or regexPattern + replacementValue (optionally + regexGroupName), or regexPattern + regexGroupName + replacementAttributeName.",
    call.span,
  );
};
