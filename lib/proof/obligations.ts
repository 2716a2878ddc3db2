/**
 * The proof obligations of a target: what the abstract value must satisfy for every output to
 * pass the linter's output check (lib/targets/check-output.ts) without an error-severity violation.
 * Warnings (invisible characters on free-text targets, collisions) are not part of the proof.
 */

import type { TargetRule } from '../targets/targets';
import { CharSet } from './charset';
import { type Abs, anyString, type StrShape } from './domain';

export type Obligation =
  'fails' | 'skips-object' | 'null' | 'multi' | 'empty' | 'too-short' | 'too-long' | 'charset';

export interface OpenObligation {
  kind: Obligation;
  /** What the analysis could not rule out, in admin words. */
  message: string;
  /** For `charset`: the units that may appear and are not allowed. */
  badChars?: CharSet;
}

/** The allowed UTF-16 units of a rule (its code-point class; astral → surrogates). */
export function allowedUnits(rule: TargetRule): CharSet | null {
  return rule.charset ? CharSet.fromRanges(rule.charset.ranges).toUnits() : null;
}

/** The value's shape as an output string (multi values contribute their elements). */
function outputStrings(v: Abs): StrShape | null {
  return anyString(v);
}

/** Every obligation the abstract value does not discharge. Empty = proven safe. */
export function openObligations(v: Abs, rule: TargetRule): OpenObligation[] {
  const open: OpenObligation[] = [];
  if (v.mayFail) {
    open.push({ kind: 'fails', message: 'the evaluation may fail for some inputs' });
  }
  // Not a rule CloudSSO states, but never "safe": a skipped object is not provisioned at all.
  if (v.mayIgnoreObject) {
    open.push({
      kind: 'skips-object',
      message:
        'the result may be IgnoreObjectFlow: Entra would then skip the whole object, so it would not be provisioned at all (that is not "attribute not sent")',
    });
  }
  const emptyList = v.many !== null && v.many.minCount === 0;
  if ((v.mayBeNull || v.mayFlow || emptyList) && rule.nullResult === 'object-fails') {
    open.push({ kind: 'null', message: 'the result may be null (nothing is sent)' });
  }
  if (v.many !== null && v.many.maxCount > 1) {
    open.push({ kind: 'multi', message: 'the result may have several values' });
  }
  const s = outputStrings(v);
  if (!s) return open;
  if (s.min === 0 && rule.emptyResult === 'rejected') {
    open.push({ kind: 'empty', message: 'the result may be empty' });
  }
  // A non-empty value shorter than the minimum (only matters for minimums above 1).
  if (rule.minLength > 1 && s.min < rule.minLength && s.max > 0) {
    open.push({
      kind: 'too-short',
      message: `the result may be shorter than ${rule.minLength} characters`,
    });
  }
  if (s.max > rule.maxLength) {
    open.push({
      kind: 'too-long',
      message:
        s.max === Infinity
          ? `the result's length has no upper bound (the limit is ${rule.maxLength})`
          : `the result may be up to ${s.max} characters long (the limit is ${rule.maxLength})`,
    });
  }
  const allowed = allowedUnits(rule);
  if (allowed) {
    const bad = s.chars.subtract(allowed);
    if (!bad.isEmpty) {
      open.push({
        kind: 'charset',
        message: `the result may contain characters that are not allowed: ${bad.describe(6)}`,
        badChars: bad,
      });
    }
  }
  return open;
}
