/**
 * Small helpers shared by the function implementations: reading argument slots (lazily) and
 * pointing errors at the right argument.
 */
import type { Span } from '../ast';
import type { CallNode } from '../ast';
import type { Value } from '../values';
import { NULL } from '../eval/values';
import type { Thunk } from './types';

/** Evaluates slot `i`; an empty or missing slot is null. */
export function arg(args: readonly (Thunk | null)[], i: number): Value {
  const thunk = args[i];
  return thunk === undefined || thunk === null ? NULL : thunk();
}

/** Whether slot `i` was written (an explicit "" counts as written). */
export function provided(args: readonly (Thunk | null)[], i: number): boolean {
  const thunk = args[i];
  return thunk !== undefined && thunk !== null;
}

/** Where to point an error about argument `i`. */
export function spanOf(call: CallNode, i: number): Span {
  return call.args[i]?.span ?? call.span;
}
