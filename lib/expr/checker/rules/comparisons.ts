import type { Rule } from '../context';

/**
 * ENT012: comparisons are documented only as IIF's condition and CBool's argument. The parser
 * accepts them anywhere (docs/research/entra-expressions.md#ebnf) so this rule can say what to do instead.
 */
export const comparisons: Rule = (visit, ctx) => {
  const { node } = visit;
  if (node.kind !== 'compare') return;
  const fn = visit.parentSpec?.name;
  if ((fn === 'IIF' || fn === 'CBool') && visit.argIndex === 0) return;
  const hint =
    fn === 'Switch'
      ? ' Switch compares its source with each key itself: Switch([attr], default, "key", value, ...).'
      : visit.parent === null
        ? ' On its own it only gives "True" or "False"; use it inside IIF(condition, then, else).'
        : ' Use IIF(condition, then, else) to choose a value, or CBool(...) for "True"/"False".';
  ctx.report({
    code: 'call.misplaced-comparison',
    severity: 'warning',
    message: `Comparisons are only documented as IIF's condition or CBool's argument.${hint}`,
    start: node.span.start,
    end: node.span.end,
    params: { v: fn === 'Switch' ? 'switch' : visit.parent === null ? 'alone' : 'inside' },
  });
};
