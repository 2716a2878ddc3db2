/**
 * Replace's five modes (docs/research/entra-expressions.md#replace-modes), chosen by which slots are filled, in the
 * evaluator's order (lib/expr/functions/replace.ts): oldValue with template → B, oldValue with
 * replacementValue → A; else regexPattern with group + replacementAttributeName → E, with
 * group + replacementValue → D, with replacementValue → C; anything else fails.
 */

import type { CallNode } from '../../expr';
import { CharSet } from '../charset';
import type { Arg, Rule } from '../context';
import { type Abs, type StrShape, EMPTY_SHAPE, FAIL_ABS, joinShape, shapeOfAll } from '../domain';
import { canRunPattern, readSingleAtom } from '../regex-class';
import { exactString, fallback, isProvided, shape, sourceOf } from './helpers';
import { MAP_TEXT, perString } from './per-string';

/** Can the argument's text be "" (null, [] and "" all read as "")? */
function mayBeEmptyText(arg: Arg | undefined): boolean {
  const v = arg?.value;
  if (!v) return true;
  return v.mayBeNull || (v.one?.min ?? 1) === 0 || (v.many !== null && v.many.minCount === 0);
}

/** All units the argument's text may contain. */
function textUnits(arg: Arg | undefined): CharSet {
  const v = arg?.value;
  if (!v) return CharSet.EMPTY;
  return (v.one?.chars ?? CharSet.EMPTY).union(v.many?.elem.chars ?? CharSet.EMPTY);
}

/** Mode A: every occurrence of `old` becomes `rep`. */
function literal(call: CallNode, args: Arg[]): Abs {
  const old = exactString(args[1]);
  const rep = exactString(args[4]);
  const oldMayBeEmpty = old === undefined ? mayBeEmptyText(args[1]) : old === '';
  let result: Abs;
  if (old === undefined || old === '' || rep === undefined) {
    const repUnits = textUnits(args[4]);
    const repMax = args[4]?.value?.one?.max ?? Infinity;
    result = perString(call, args, MAP_TEXT, (s) =>
      shape(s.chars.union(repUnits), 0, repMax === 0 ? s.max : Infinity),
    );
    result = {
      ...result,
      imprecise: {
        span: call.span,
        reason: 'Replace with a text that is not a constant',
      },
    };
  } else {
    result = perString(call, args, MAP_TEXT, (s) => {
      if (!CharSet.ofUnits(old).isSubsetOf(s.chars) || old.length > s.max) return s;
      if (s.exact) return shapeOfAll(s.exact.map((x) => x.split(old).join(rep)));
      const chars =
        old.length === 1
          ? s.chars.subtract(CharSet.ofUnits(old)).union(CharSet.ofUnits(rep))
          : s.chars.union(CharSet.ofUnits(rep));
      const grow = rep.length - old.length;
      const most = (n: number): number => Math.floor(n / old.length);
      // Shrinking: a string of length L keeps at least L × |rep| / |old| units.
      const min = grow >= 0 ? s.min : Math.ceil((s.min * rep.length) / old.length);
      const max = grow <= 0 ? s.max : s.max + most(s.max) * grow;
      return shape(chars, min, max);
    });
  }
  return oldMayBeEmpty ? { ...result, mayFail: true } : result;
}

/** Mode B: the template with each `old` placeholder replaced by the source. */
function template(call: CallNode, args: Arg[]): Abs {
  const old = exactString(args[1]);
  const tpl = exactString(args[6]);
  if (!old || tpl === undefined) return fallback(call, 'Replace template that is not a constant');
  const k = tpl.split(old).length - 1;
  const rest = tpl.split(old).join('');
  return perString(call, args, MAP_TEXT, (s) =>
    shape(
      k > 0 ? CharSet.ofUnits(rest).union(s.chars) : CharSet.ofUnits(rest),
      rest.length + (k === 0 ? 0 : k * s.min),
      rest.length + (k === 0 ? 0 : k * s.max),
    ),
  );
}

/** Modes C and D: regex replacement. */
function regex(call: CallNode, args: Arg[], group: boolean): Abs {
  const pattern = exactString(args[2]);
  if (pattern === undefined) return fallback(call, 'Replace with a pattern that is not a constant');
  if (!canRunPattern(pattern)) return FAIL_ABS;
  const rep = exactString(args[4]);
  const repUnits = textUnits(args[4]);
  // "$..." may insert matched text (already among the source's units) any number of times.
  const hasSubstitution = rep === undefined || rep.includes('$');
  const atom = group ? null : readSingleAtom(pattern);
  const consumesEveryMember =
    atom !== null && atom.minRep <= 1 && atom.maxRep >= 1 && !(atom.lazy && atom.minRep === 0);
  let result: Abs;
  if (atom && consumesEveryMember && !hasSubstitution && !(atom.minRep === 0 && rep !== '')) {
    // Every unit of the class is consumed wherever it occurs, and nothing else is matched.
    result = perString(call, args, MAP_TEXT, (s) => {
      if (!s.chars.intersects(atom.units)) return s;
      const chars = s.chars.subtract(atom.units).union(repUnits);
      if (rep === '') return shape(chars, 0, s.max);
      return shape(chars, Math.min(1, s.min), s.max * Math.max(1, rep!.length));
    });
  } else {
    // Any other pattern: unmatched text is kept, each match becomes the replacement.
    result = perString(call, args, MAP_TEXT, (s) => {
      let max: number;
      if (rep === '') max = s.max;
      else if (hasSubstitution) max = Infinity;
      else max = s.max + (2 * s.max + 1) * rep!.length;
      return shape(s.chars.union(repUnits), 0, max);
    });
    result = {
      ...result,
      imprecise: {
        span: call.span,
        reason: `the pattern "${pattern}" is more than one character class, so the analysis only knows that unmatched text is kept`,
      },
    };
  }
  const name = exactString(args[3]);
  const groupFails =
    group &&
    (name === undefined || !(pattern.includes(`(?<${name}>`) || pattern.includes(`(?'${name}'`)));
  const repFails = args[4]?.value?.many != null;
  return groupFails || repFails ? { ...result, mayFail: true } : result;
}

/** Mode E: the source when it has a value, else a group of another attribute's value. */
function extraction(call: CallNode, args: Arg[]): Abs {
  const pattern = exactString(args[2]);
  if (pattern === undefined) return fallback(call, 'Replace with a pattern that is not a constant');
  if (!canRunPattern(pattern)) return FAIL_ABS;
  const src = sourceOf(args[0]);
  const other = sourceOf(args[5]);
  const parts: StrShape[] = [];
  if (src.shape) parts.push(src.shape);
  if (other.shape) parts.push(shape(other.shape.chars, 0, other.shape.max));
  if (other.value.many)
    parts.push(shape(other.value.many.elem.chars, 0, other.value.many.elem.max));
  return {
    one: parts.length ? parts.reduce(joinShape) : EMPTY_SHAPE,
    many: src.value.many,
    mayBeNull: true,
    mayFail: true,
    imprecise: {
      span: call.span,
      reason:
        'Replace in fallback-extraction mode gives either the source or a part of another attribute',
    },
  };
}

export const replaceRule: Rule = (call, args) => {
  const has = (slot: number): boolean => isProvided(args[slot - 1]);
  if (has(2) && has(7)) return template(call, args);
  if (has(2) && has(5)) return literal(call, args);
  if (has(3)) {
    if (has(4) && has(6)) return extraction(call, args);
    if (has(4) && has(5)) return regex(call, args, true);
    if (has(5)) return regex(call, args, false);
  }
  return FAIL_ABS;
};
