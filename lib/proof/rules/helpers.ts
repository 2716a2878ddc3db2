/** Small helpers shared by the transfer rules. */

import type { CallNode } from '../../expr';
import { CharSet } from '../charset';
import type { Arg } from '../context';
import { type Abs, type StrShape, constant, normalizeShape, top } from '../domain';

/** "Anything": used where no precise rule exists; the verdict then cannot be proven-safe. */
export function fallback(call: CallNode, reason?: string): Abs {
  return top({
    span: call.span,
    reason: reason ?? `${call.name} has no precise rule in the analysis`,
  });
}

/** The one known string of an argument (a literal, or a folded constant), else undefined. */
export function exactString(arg: Arg | undefined): string | undefined {
  const v = arg?.value;
  if (!v || v.mayBeNull || v.mayFail || v.many || !v.one?.exact || v.one.exact.length !== 1) {
    return undefined;
  }
  return v.one.exact[0];
}

/** A known integer argument ("64" and 64 alike), else undefined. */
export function exactInt(arg: Arg | undefined): number | undefined {
  const s = exactString(arg);
  if (s === undefined || !/^-?\d+$/.test(s.trim())) return undefined;
  const n = Number(s.trim());
  return Number.isSafeInteger(n) ? n : undefined;
}

export function isProvided(arg: Arg | undefined): arg is Arg & { value: Abs } {
  return arg !== undefined && arg.value !== null;
}

/**
 * The source of a per-string function. `multi` is true when the value may be multi-valued (the
 * rules then give up: how each function treats several values is not settled, docs/research/entra-expressions.md#unconfirmed-behaviour).
 */
export function sourceOf(arg: Arg | undefined): {
  shape: StrShape | null;
  mayBeNull: boolean;
  multi: boolean;
  value: Abs;
} {
  const value = arg?.value ?? constant('');
  return {
    shape: value.one,
    mayBeNull: value.mayBeNull || arg?.value === null,
    multi: value.many !== null,
    value,
  };
}

/** A shape built from parts; `exact` is dropped (rules keep it only when they compute it). */
export function shape(chars: CharSet, min: number, max: number): StrShape {
  return normalizeShape({ chars, min, max });
}

/** Number results as the evaluator prints them: invariant digits, sign, decimal point, exponent. */
export const NUMBER_SHAPE: StrShape = shape(CharSet.ofUnits('0123456789-+.EeInfinityNa'), 1, 32);

/** Failure and imprecision carried from the arguments to the call's result. */
export function effects(args: Arg[]): { mayFail: boolean; imprecise?: Abs['imprecise'] } {
  let mayFail = false;
  let imprecise: Abs['imprecise'];
  for (const a of args) {
    if (!a.value) continue;
    mayFail ||= a.value.mayFail;
    imprecise ??= a.value.imprecise;
  }
  return { mayFail, imprecise };
}
