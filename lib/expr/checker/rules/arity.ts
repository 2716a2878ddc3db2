import type { CallNode } from '../../ast';
import type { FunctionSpec } from '../../functions/types';
import { paramAt, resolve } from '../catalog';
import { textOf, type Rule, type RuleContext } from '../context';

/**
 * ENT006/ENT007/ENT019 (FormatDateTime): argument counts, Switch's even count, and required
 * slots left empty. Empty slots count as arguments, as in Entra.
 */
export const arity: Rule = ({ node }, ctx) => {
  if (node.kind !== 'call') return;
  const spec = resolve(ctx.catalog, node.name);
  if (spec === undefined) return;
  const n = node.args.length;
  if (spec.name === 'FormatDateTime' && n === 3) {
    reportFormatDateTimeLegacy(node, ctx);
  } else if (spec.name === 'Switch' && n % 2 === 1 && n > 1) {
    reportOddSwitch(node, ctx);
  } else if (n < spec.minArgs) {
    reportTooFew(node, spec, ctx);
  } else if (n > spec.maxArgs) {
    reportTooMany(node, spec, ctx);
  }
  node.args.forEach((arg, i) => {
    const param = paramAt(spec, i);
    // A repeating parameter is never required slot by slot (Switch's empty value is a
    // deliberate null, reported by the Switch rule).
    if (arg.kind !== 'empty' || param === undefined || param.optional || param.variadic) return;
    ctx.report({
      code: 'call.missing-argument',
      severity: 'error',
      message: `${spec.name}'s ${param.name} (argument ${i + 1}) is required, but the slot is empty.`,
      start: arg.span.start,
      end: arg.span.end,
      params: { name: spec.name, param: param.name, n: i + 1 },
    });
  });
};

/** ENT007: source, default, then key/value pairs, so the count is even. */
function reportOddSwitch(node: CallNode, ctx: RuleContext): void {
  const n = node.args.length;
  const last = node.args[n - 1]!;
  ctx.report({
    code: 'call.switch-pairs',
    severity: 'error',
    message: `Switch takes a source, a default (which may be empty) and then key/value pairs, so its argument count must be even; this one has ${n}, so the last key has no value.`,
    start: last.span.start,
    end: last.span.end,
    params: { n },
  });
}

function signature(spec: FunctionSpec): string {
  return spec.params
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.variadic ? '…' : ''}`)
    .join(', ');
}

function countText(n: number): string {
  return `${n} argument${n === 1 ? '' : 's'}`;
}

function expected(spec: FunctionSpec): string {
  if (spec.maxArgs === Infinity) return `at least ${countText(spec.minArgs)}`;
  if (spec.minArgs === spec.maxArgs) return countText(spec.minArgs);
  return `${spec.minArgs} to ${spec.maxArgs} arguments`;
}

/** The call's name, signature, the counts it takes (max -1: no limit) and the count it has. */
function countParams(
  spec: FunctionSpec,
  n: number,
): { name: string; signature: string; min: number; max: number; n: number } {
  const max = spec.maxArgs === Infinity ? -1 : spec.maxArgs;
  return { name: spec.name, signature: signature(spec), min: spec.minArgs, max, n };
}

function reportTooFew(node: CallNode, spec: FunctionSpec, ctx: RuleContext): void {
  const n = node.args.length;
  const missing = Array.from({ length: spec.minArgs - n }, (_, k) => paramAt(spec, n + k));
  const closed = ctx.source[node.span.end - 1] === ')';
  // Replace must be written with all 7 slots even when most are optional: offer the empty ones.
  const onlyEmptySlotsMissing = closed && n > 0 && missing.every((p) => p?.optional === true);
  const at = closed ? node.span.end - 1 : node.span.end;
  ctx.report({
    code: 'call.too-few-args',
    severity: 'error',
    message: `${spec.name}(${signature(spec)}) takes ${expected(spec)}, but this call has ${n}.${onlyEmptySlotsMissing ? ` Entra expects every slot to be written; leave the unused ones empty.` : ''}`,
    start: onlyEmptySlotsMissing ? at : node.span.start,
    end: onlyEmptySlotsMissing ? at : node.span.end,
    ...(onlyEmptySlotsMissing && {
      suggestion: { text: ', '.repeat(missing.length).trimEnd(), title: 'Add the empty slots' },
    }),
    params: { ...countParams(spec, n), v: onlyEmptySlotsMissing ? 'slots' : 'plain' },
  });
}

function reportTooMany(node: CallNode, spec: FunctionSpec, ctx: RuleContext): void {
  const extra = node.args.slice(spec.maxArgs);
  const lastKept = node.args[spec.maxArgs - 1];
  const allEmpty = extra.every((a) => a.kind === 'empty');
  // From the end of the last allowed argument, so removing the range also removes the commas.
  const start = lastKept?.span.end ?? extra[0]!.span.start;
  const end = extra[extra.length - 1]!.span.end;
  ctx.report({
    code: 'call.too-many-args',
    severity: 'error',
    message: `${spec.name}(${signature(spec)}) takes ${expected(spec)}, but this call has ${node.args.length}.`,
    start,
    end,
    ...(allEmpty &&
      lastKept !== undefined && {
        suggestion: { text: '', title: 'Remove the extra empty slots' },
      }),
    params: countParams(spec, node.args.length),
  });
}

/**
 * The app-provisioning reference documents FormatDateTime(source, dateTimeStyles, inputFormat,
 * outputFormat); a 3-argument form appears in Cloud Sync and HR samples and is disputed
 * (entra-docs#69). Offer the 4-slot form with an empty dateTimeStyles.
 */
function reportFormatDateTimeLegacy(node: CallNode, ctx: RuleContext): void {
  const [source, input, output] = node.args.map((a) => (a.kind === 'empty' ? '' : textOf(ctx, a)));
  ctx.report({
    code: 'trap.format-datetime-arity',
    severity: 'warning',
    message:
      'FormatDateTime is documented with 4 slots: (source, dateTimeStyles, inputFormat, outputFormat). The 3-argument form appears in some Microsoft samples but is disputed (entra-docs#69); leave dateTimeStyles empty instead.',
    start: node.span.start,
    end: node.span.end,
    suggestion: {
      text: `${node.name}(${source}, , ${input}, ${output})`,
      title: 'Use the 4-slot form',
    },
  });
}
