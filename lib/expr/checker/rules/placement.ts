import { resolve } from '../catalog';
import type { Rule } from '../context';

/**
 * Placement and context (docs/research/entra-expressions.md#placement-rules): top-level-only functions nested (ENT009), IgnoreFlowIfNullOrEmpty as
 * an IIF condition (ENT010), and SelectUniqueValue outside the HR/API-to-AD apps it works in.
 */
export const placement: Rule = (visit, ctx) => {
  const { node } = visit;
  if (node.kind !== 'call') return;
  const spec = resolve(ctx.catalog, node.name);
  if (spec === undefined) return;
  const at = { start: node.nameSpan.start, end: node.nameSpan.end };

  const inIifCondition = visit.ancestors.some((call, i) => {
    if (resolve(ctx.catalog, call.name)?.name !== 'IIF') return false;
    const child = visit.ancestors[i + 1] ?? node;
    const condition = call.args[0];
    return condition !== undefined && within(child.span, condition.span);
  });

  if (spec.name === 'IgnoreFlowIfNullOrEmpty' && inIifCondition) {
    ctx.report({
      code: 'trap.flow-as-condition',
      severity: 'error',
      message:
        'IgnoreFlowIfNullOrEmpty must never be used in an IIF condition. Wrap the whole expression in it instead, e.g. IgnoreFlowIfNullOrEmpty([country]).',
      ...at,
      params: { v: 'wrapper' },
    });
  } else if (spec.topLevelOnly === true && visit.parent !== null) {
    // Nesting is documented as broken only for SelectUniqueValue; for the others it is [U].
    const hard = spec.name === 'SelectUniqueValue';
    ctx.report({
      code: 'placement.top-level-only',
      severity: hard ? 'error' : 'warning',
      message: `${spec.name} must wrap the whole expression; here it is inside ${visit.parent.name}(...).${hard ? ' Entra does not allow it to be nested.' : ' Nested, its effect is not confirmed.'}`,
      ...at,
      params: { fn: spec.name, parent: visit.parent.name, v: hard ? 'hard' : 'soft' },
    });
  }

  if (spec.name === 'SelectUniqueValue' && ctx.context !== 'hr-inbound') {
    ctx.report({
      code: 'context.select-unique-value',
      severity: ctx.context === 'scim-app' ? 'error' : 'warning',
      message:
        'SelectUniqueValue only works when provisioning from Workday, SuccessFactors or the inbound provisioning API to on-premises Active Directory. A SCIM app such as CloudSSO cannot check uniqueness this way; make the value unique with a suffix from [objectId] instead.',
      ...at,
    });
  }
};

function within(
  inner: { start: number; end: number },
  outer: { start: number; end: number },
): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
