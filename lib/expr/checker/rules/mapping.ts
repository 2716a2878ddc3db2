import type { Rule } from '../context';

/**
 * ENT021: an Expression mapping that is only an attribute or a constant is what the Direct and
 * Constant mapping types are for (Graph serialises those exactly this way).
 */
export const bareOperand: Rule = ({ node }, ctx) => {
  if (node !== ctx.root) return;
  if (node.kind !== 'attr' && node.kind !== 'string' && node.kind !== 'number') return;
  const direct = node.kind === 'attr';
  ctx.report({
    code: 'mapping.bare-operand',
    severity: 'info',
    message: direct
      ? `This expression is just the attribute [${node.name}]. In Entra that is a Direct mapping: choose mapping type "Direct" and source attribute ${node.name}.`
      : 'This expression is just a constant. In Entra that is a Constant mapping: choose mapping type "Constant" and enter the value.',
    start: node.span.start,
    end: node.span.end,
    params: direct ? { v: 'direct', name: node.name } : { v: 'constant' },
  });
};
