/**
 * Replace's five modes (entra-expressions.md §5.6), chosen by which slots are filled:
 * A literal (2+5), B template (2+7), C regex (3+5), D regex group (3+4+5), E fallback extraction
 * (3+4+6). When the filled slots fit several modes the result joins all of them, so the rule is
 * sound whatever precedence the evaluator uses.
 */

import type { CallNode } from '../../expr/ast';
import { CharSet } from '../charset';
import type { Arg, Rule } from '../context';
import { type Abs, type StrShape, EMPTY_SHAPE, joinAll } from '../domain';
import { readSingleAtom, unitsAlwaysConsumed, unitsPossiblyMatched } from '../regex-class';
import { effects, exactString, fallback, isProvided, orEmpty, shape, sourceOf } from './helpers';

/** Whether the evaluator can run a pattern (an injected check; default: it may fail). */
export type PatternCheck = (pattern: string) => boolean;

function fromSource(
  call: CallNode,
  args: Arg[],
  f: (s: StrShape) => StrShape,
  extra: Partial<Abs> = {},
): Abs {
  const src = sourceOf(args[0]);
  if (src.multi) return fallback(call, 'Replace of a possibly multi-valued attribute');
  // A null source gives null for modes A–D [I]; "" is allowed too, to stay sound either way.
  const one = src.shape ? f(src.shape) : null;
  return {
    one: src.mayBeNull ? orEmpty(one, true) : one,
    many: null,
    mayBeNull: src.mayBeNull,
    ...effects(args),
    ...extra,
  };
}

function countOccurrences(text: string, part: string): number {
  return part === '' ? 0 : text.split(part).length - 1;
}

/** Mode A: every occurrence of `old` becomes `rep`. */
function literal(call: CallNode, args: Arg[]): Abs {
  const old = exactString(args[1]);
  const rep = exactString(args[4]);
  if (old === '') return { ...fromSource(call, args, (s) => s), mayFail: true };
  if (old === undefined || rep === undefined) {
    const repShape = orEmpty(args[4]?.value?.one ?? null, true) ?? EMPTY_SHAPE;
    return fromSource(
      call,
      args,
      (s) => shape(s.chars.union(repShape.chars), 0, repShape.max === 0 ? s.max : Infinity),
      { imprecise: { span: call.span, reason: 'Replace with a text that is not a constant' } },
    );
  }
  return fromSource(call, args, (s) => {
    if (!CharSet.ofUnits(old).isSubsetOf(s.chars)) return s;
    const chars =
      old.length === 1
        ? s.chars.subtract(CharSet.ofUnits(old)).union(CharSet.ofUnits(rep))
        : s.chars.union(CharSet.ofUnits(rep));
    const grow = rep.length - old.length;
    const most = (n: number): number => Math.floor(n / old.length);
    const min = grow >= 0 ? s.min : Math.max(0, s.min + most(s.min) * grow);
    const max = grow <= 0 ? s.max : s.max + most(s.max) * grow;
    return shape(chars, min, max);
  });
}

/** Mode B: the template with each `old` placeholder replaced by the source. */
function template(call: CallNode, args: Arg[]): Abs {
  const old = exactString(args[1]);
  const tpl = exactString(args[6]);
  if (!old || tpl === undefined) return fallback(call, 'Replace template that is not a constant');
  const k = countOccurrences(tpl, old);
  const rest = tpl.split(old).join('');
  const src = sourceOf(args[0]);
  if (src.multi) return fallback(call, 'Replace of a possibly multi-valued attribute');
  // A null source: the placeholder may become "" or the result null (unconfirmed).
  const s = orEmpty(src.shape, src.mayBeNull) ?? EMPTY_SHAPE;
  const chars = k > 0 ? CharSet.ofUnits(rest).union(s.chars) : CharSet.ofUnits(rest);
  return {
    one: shape(chars, rest.length + k * s.min, rest.length + k * s.max),
    many: null,
    mayBeNull: src.mayBeNull,
    ...effects(args),
  };
}

/** Modes C and D: regex replacement. */
function regex(call: CallNode, args: Arg[], group: boolean, canRun: PatternCheck): Abs {
  const pattern = exactString(args[2]);
  const rep = exactString(args[4]);
  if (pattern === undefined) return fallback(call, 'Replace with a pattern that is not a constant');
  const mayFail = !canRun(pattern);
  const repChars =
    rep !== undefined ? CharSet.ofUnits(rep) : (args[4]?.value?.one?.chars ?? CharSet.ALL_UNITS);
  const hasSubstitution = rep === undefined || rep.includes('$');
  const atom = group ? null : readSingleAtom(pattern);
  const consumesEveryMember =
    atom !== null && atom.minRep <= 1 && atom.maxRep >= 1 && !(atom.lazy && atom.minRep === 0);
  if (atom && consumesEveryMember && !hasSubstitution && !(atom.minRep === 0 && rep !== '')) {
    const consumed = unitsAlwaysConsumed(atom.cls);
    const possible = unitsPossiblyMatched(atom.cls);
    return fromSource(
      call,
      args,
      (s) => {
        if (!s.chars.intersects(possible)) return s;
        const chars = s.chars.subtract(consumed).union(repChars);
        if (rep === '') return shape(chars, 0, s.max);
        return shape(chars, Math.min(1, s.min), s.max * Math.max(1, rep!.length));
      },
      { mayFail: mayFail || effects(args).mayFail },
    );
  }
  // Any other pattern: unmatched text is kept, each match becomes the replacement.
  return fromSource(
    call,
    args,
    (s) => {
      let max: number;
      if (rep === '') max = s.max;
      else if (hasSubstitution) max = Infinity;
      else max = s.max + (2 * s.max + 1) * rep!.length;
      return shape(s.chars.union(repChars), 0, max);
    },
    { mayFail: mayFail || effects(args).mayFail },
  );
}

/** Mode E: the source when it has a value, else a group of another attribute's value. */
function extraction(call: CallNode, args: Arg[]): Abs {
  const src = sourceOf(args[0]);
  const other = sourceOf(args[5]);
  if (src.multi || other.multi) return fallback(call, 'Replace of a possibly multi-valued value');
  const parts: StrShape[] = [];
  if (src.shape) parts.push(src.shape);
  if (other.shape) parts.push(shape(other.shape.chars, 0, other.shape.max));
  const chars = parts.reduce((acc, p) => acc.union(p.chars), CharSet.EMPTY);
  const max = parts.reduce((acc, p) => Math.max(acc, p.max), 0);
  return {
    one: shape(chars, 0, max),
    many: null,
    mayBeNull: true,
    mayFail: true,
    imprecise: effects(args).imprecise,
  };
}

export function replaceRule(canRun: PatternCheck): Rule {
  return (call, args) => {
    const has = (slot: number): boolean => isProvided(args[slot - 1]);
    const modes: Abs[] = [];
    if (has(2) && has(7)) modes.push(template(call, args));
    if (has(2) && has(5)) modes.push(literal(call, args));
    if (has(3) && has(4) && has(6)) modes.push(extraction(call, args));
    if (has(3) && has(4) && has(5)) modes.push(regex(call, args, true, canRun));
    if (has(3) && has(5) && !has(4)) modes.push(regex(call, args, false, canRun));
    if (modes.length === 0)
      return fallback(call, 'Replace with a combination of slots no mode uses');
    if (modes.length > 1) return { ...joinAll(modes), mayFail: true };
    return modes[0]!;
  };
}
