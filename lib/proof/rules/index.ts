/**
 * One transfer rule per function, keyed by lower-case name (Entra resolves names
 * case-insensitively; the checker warns about the case). A function missing here gets the
 * fallback "any string, any length, may be null, may fail", so it can never be proven safe.
 */

import { CharSet } from '../charset';
import type { Rule } from '../context';
import { single } from '../domain';
import {
  booleanRule,
  cBoolRule,
  notRule,
  coalesceRule,
  failRule,
  ignoreFlowRule,
  iifRule,
  oneOfRule,
  switchRule,
} from './logic';
import { effects, shape } from './helpers';
import { normalizeRule } from './normalize';
import { replaceRule } from './replace';
import {
  append,
  cStr,
  convertToBase64,
  convertToUtf8Hex,
  guid,
  identity,
  joinRule,
  left,
  len,
  mid,
  numeric,
  numericOfDates,
  pCase,
  prepend,
  split,
  stripSpaces,
  toLower,
  toUpper,
  trim,
  word,
} from './text';

export interface RuleDeps {
  /** The evaluator's NormalizeDiacritics table: key → replacement. */
  normalizeTable: Iterable<readonly [string, string]>;
}

/**
 * "M/d/yyyy h:mm:ss tt" in UTC (docs/research/entra-expressions.md#values-and-their-string-forms): digits, "/", ":", " ", AM/PM; a year past 9999 or before 0
 * and an invalid date ("NaN/NaN/...") are possible after DateAdd/DateFromNum, hence the width.
 */
const dateRule: Rule = (_call, args) => ({
  // A missing date argument gives null.
  ...single(shape(CharSet.ofUnits('0123456789/: AMPNa-+'), 1, 64), true),
  ...effects(args),
  mayFail: true,
});

export function buildRules(deps: RuleDeps): ReadonlyMap<string, Rule> {
  const rules: [string, Rule][] = [
    ['append', append],
    ['prepend', prepend],
    ['join', joinRule],
    ['left', left],
    ['mid', mid],
    ['len', len],
    ['stripspaces', stripSpaces],
    ['trim', trim],
    ['tolower', toLower],
    ['toupper', toUpper],
    ['pcase', pCase],
    ['normalizediacritics', normalizeRule(deps.normalizeTable)],
    ['word', word],
    ['split', split],
    ['instr', numeric],
    ['replace', replaceRule],
    ['converttobase64', convertToBase64],
    ['converttoutf8hex', convertToUtf8Hex],
    ['iif', iifRule],
    ['switch', switchRule],
    ['coalesce', coalesceRule],
    ['isnull', booleanRule('isnull')],
    ['isnullorempty', booleanRule('isnullorempty')],
    ['ispresent', booleanRule('ispresent')],
    ['isstring', booleanRule('isstring')],
    ['isnothing', booleanRule('isnull')],
    ['not', notRule],
    ['cbool', cBoolRule],
    ['ignoreflowifnullorempty', ignoreFlowRule],
    ['cstr', cStr],
    ['redact', identity],
    ['removeduplicates', identity],
    ['selectuniquevalue', oneOfRule],
    ['bitand', numeric],
    ['count', numeric],
    ['datediff', numericOfDates],
    ['numfromdate', numericOfDates],
    ['cdate', dateRule],
    ['now', dateRule],
    ['dateadd', dateRule],
    ['datefromnum', dateRule],
    ['guid', guid],
    ['error', failRule],
  ];
  return new Map(rules);
}
