import type { ArgKind } from '../../functions/types';
import { slotName, slotParams, type Rule } from '../context';

/** VB DateInterval codes Entra documents (docs/research/entra-expressions.md#dates); other VB codes are unconfirmed. */
const INTERVALS = new Set(['yyyy', 'm', 'd', 'ww', 'h', 'n', 's']);
const UNCONFIRMED_INTERVALS = new Set(['q', 'y', 'w']);

const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;

/** Kinds whose value is text with a meaning of its own: a number literal there is a mistake. */
const FORMAT_KINDS: Partial<Record<ArgKind, string>> = {
  regex: 'a regular expression in double quotes',
  'datetime-format': 'a date/time format in double quotes, e.g. "yyyyMMddHHmmss.fZ"',
  interval: 'an interval in double quotes: "yyyy", "m", "d", "ww", "h", "n" or "s"',
};

/**
 * ENT019 and the table's argument kinds: a literal whose kind cannot be what the parameter
 * expects. Non-literal arguments (attributes, calls) are left to the evaluator.
 */
export const argumentKinds: Rule = (visit, ctx) => {
  const { node, param } = visit;
  if (param === undefined || visit.inComparison) return;
  const at = { start: node.span.start, end: node.span.end };
  const where = slotName(visit);
  const slot = slotParams(visit);

  if (node.kind === 'number' && FORMAT_KINDS[param.kind] !== undefined) {
    ctx.report({
      code: 'arg.wrong-kind',
      severity: 'warning',
      message: `${where} expects ${FORMAT_KINDS[param.kind]}, not the number ${node.raw}.`,
      ...at,
      params: { ...slot, v: param.kind, raw: node.raw },
    });
    return;
  }
  if (node.kind !== 'string') return;
  const value = node.value;
  switch (param.kind) {
    case 'number':
      if (!NUMERIC.test(value)) {
        ctx.report({
          code: 'arg.not-a-number',
          severity: 'error',
          message: `${where} expects a number, but ${node.raw} is not one.`,
          ...at,
          params: { ...slot, raw: node.raw },
        });
      }
      return;
    case 'interval':
      if (INTERVALS.has(value)) return;
      ctx.report({
        code: 'arg.bad-interval',
        severity: UNCONFIRMED_INTERVALS.has(value) ? 'warning' : 'error',
        message: UNCONFIRMED_INTERVALS.has(value)
          ? `The interval ${node.raw} is a VB code Entra does not document; use one of "yyyy", "m", "d", "ww", "h", "n", "s".`
          : `${where} must be one of "yyyy", "m", "d", "ww", "h", "n", "s" (intervals are case-sensitive: "m" is month, "n" is minute); ${node.raw} is not.`,
        ...at,
        ...(INTERVALS.has(value.toLowerCase()) && {
          suggestion: { text: `"${value.toLowerCase()}"`, title: `Use "${value.toLowerCase()}"` },
        }),
        params: {
          ...slot,
          v: UNCONFIRMED_INTERVALS.has(value) ? 'vb' : 'unknown',
          raw: node.raw,
          use: `"${value.toLowerCase()}"`,
        },
      });
      return;
    case 'boolean':
      if (!/^(true|false)$/i.test(value)) {
        ctx.report({
          code: 'arg.not-a-boolean',
          severity: 'warning',
          message: `${where} expects "True" or "False"; ${node.raw} counts as True.`,
          ...at,
          params: { ...slot, raw: node.raw },
        });
      }
      return;
    case 'keyword':
      ctx.report({
        code: 'arg.quoted-keyword',
        severity: 'warning',
        message: `${where} expects a bare word without quotes, e.g. ${value || 'vbTextCompare'}.`,
        ...at,
        ...(/^[A-Za-z]\w*$/.test(value) && {
          suggestion: { text: value, title: 'Remove the quotes' },
        }),
        params: { ...slot, word: value || 'vbTextCompare' },
      });
      return;
    default:
      return;
  }
};

/** `&H` literals are only shown in BitAnd's sample; elsewhere their support is unconfirmed. */
export const hexLiterals: Rule = (visit, ctx) => {
  const { node } = visit;
  if (node.kind !== 'number' || !/^&h/i.test(node.raw)) return;
  if (visit.parentSpec?.name === 'BitAnd' && !visit.inComparison) return;
  ctx.report({
    code: 'unconfirmed.hex',
    severity: 'warning',
    message: `Hexadecimal literals like ${node.raw} are only documented inside BitAnd; elsewhere write the decimal number ${node.value}.`,
    start: node.span.start,
    end: node.span.end,
    suggestion: { text: String(node.value), title: `Use ${node.value}` },
    params: { raw: node.raw, value: node.value, use: String(node.value) },
  });
};

/** Item counts from 1; Microsoft says index 0 "shouldn't be used". */
export const itemIndex: Rule = (visit, ctx) => {
  const { node } = visit;
  if (visit.parentSpec?.name !== 'Item' || visit.argIndex !== 1 || visit.inComparison) return;
  const value =
    node.kind === 'number' ? node.value : node.kind === 'string' ? Number(node.value) : NaN;
  if (value !== 0) return;
  ctx.report({
    code: 'arg.item-index-zero',
    severity: 'warning',
    message: 'Item counts from 1: index 1 is the first value. Index 0 should not be used.',
    start: node.span.start,
    end: node.span.end,
    suggestion: { text: '1', title: 'Use 1' },
    params: { use: '1' },
  });
};
