import { resolve } from '../catalog';
import type { Rule } from '../context';

/** Replace's modes by the slots they fill (docs/research/entra-expressions.md#replace-modes; slot 1, the source, is always filled). */
const MODES: { id: string; slots: readonly number[]; what: string }[] = [
  { id: 'A', slots: [2, 5], what: 'oldValue + replacementValue (literal replace)' },
  { id: 'B', slots: [2, 7], what: 'oldValue + template' },
  { id: 'C', slots: [3, 5], what: 'regexPattern + replacementValue (regex replace)' },
  { id: 'D', slots: [3, 4, 5], what: 'regexPattern + regexGroupName + replacementValue' },
  { id: 'E', slots: [3, 4, 6], what: 'regexPattern + regexGroupName + replacementAttributeName' },
];

/** ENT008: a slot combination that is none of Replace's documented modes, or an empty oldValue. */
export const replaceModes: Rule = ({ node }, ctx) => {
  if (node.kind !== 'call' || resolve(ctx.catalog, node.name)?.name !== 'Replace') return;
  const filled = new Set<number>();
  node.args.forEach((a, i) => {
    if (i >= 1 && i <= 6 && a.kind !== 'empty') filled.add(i + 1);
  });
  const oldValue = node.args[1];
  if (oldValue?.kind === 'string' && oldValue.value === '') {
    ctx.report({
      code: 'call.replace-empty-old-value',
      severity: 'error',
      message:
        'Replace cannot look for empty text: oldValue is "". Leave the slot empty if you meant a regex replace.',
      start: oldValue.span.start,
      end: oldValue.span.end,
    });
  }
  if (filled.size === 0) return;
  const key = [...filled].sort().join(',');
  const exact = MODES.find((m) => m.slots.join(',') === key);
  if (exact !== undefined) return;
  const contained = MODES.filter((m) => m.slots.every((s) => filled.has(s)));
  const at = { start: node.nameSpan.start, end: node.nameSpan.end };
  const slots = [...filled].sort().join(', ');
  if (contained.length > 0) {
    ctx.report({
      code: 'call.replace-mode',
      severity: 'warning',
      message: `This Replace fills slots ${slots}, more than mode ${contained.map((m) => m.id).join('/')} needs (${contained[0]!.what}). Which mode Entra picks then is not documented; leave the extra slots empty.`,
      ...at,
      params: {
        v: 'ambiguous',
        slots,
        modes: contained.map((m) => m.id).join('/'),
        needs: contained[0]!.slots.join(', '),
      },
    });
    return;
  }
  ctx.report({
    code: 'call.replace-mode',
    severity: 'error',
    message: `This Replace fills slots ${slots}, which is none of its modes. Fill ${MODES.map((m) => m.what).join('; or ')}.`,
    ...at,
    params: { v: 'none', slots },
  });
};
