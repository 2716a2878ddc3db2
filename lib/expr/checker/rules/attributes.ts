import { resolve } from '../catalog';
import type { Rule } from '../context';
import { canonicalAttribute } from '../entra-attributes';

/** The charset seen in every documented attribute name (docs/research/entra-expressions.md#lexical-rules: letters, digits, ".", "_", ":"). */
const USUAL_NAME = /^[A-Za-z0-9._:-]+$/;

const ROLE_FUNCTIONS = new Set([
  'SingleAppRoleAssignment',
  'AppRoleAssignmentsComplex',
  'AssertiveAppRoleAssignmentsComplex',
]);

/**
 * ENT016 (docs/research/entra-expressions.md#placement-rules): wrong case of a well-known Entra attribute (SchemaInvalid on save), names with
 * characters no attribute has, and [appRoleAssignments] outside the role functions (ENT020).
 */
export const attributes: Rule = (visit, ctx) => {
  const { node } = visit;
  if (node.kind !== 'attr') return;
  const at = { start: node.span.start, end: node.span.end };
  const canonical = ctx.context === 'hr-inbound' ? undefined : canonicalAttribute(node.name);
  if (canonical !== undefined && canonical !== node.name) {
    ctx.report({
      code: 'attr.case',
      severity: 'warning',
      message: `Attribute names are case-sensitive: Entra calls this attribute [${canonical}], not [${node.name}]. With the wrong case, saving the mapping fails with SchemaInvalid.`,
      ...at,
      suggestion: { text: `[${canonical}]`, title: `Use [${canonical}]` },
      params: { name: node.name, use: `[${canonical}]` },
    });
  } else if (node.name.length > 0 && !USUAL_NAME.test(node.name)) {
    const trimmed = node.name.trim();
    ctx.report({
      code: 'attr.unusual-name',
      severity: 'warning',
      message: `[${node.name}] does not look like an attribute name: names use letters, digits, ".", "_", ":" and "-" only. Check the spelling against the source schema.`,
      ...at,
      ...(trimmed !== node.name &&
        USUAL_NAME.test(trimmed) && {
          suggestion: { text: `[${trimmed}]`, title: 'Remove the spaces' },
        }),
      params: { name: node.name },
    });
  }

  const parentFn = visit.parentSpec?.name;
  const isRoleArgument =
    parentFn !== undefined && ROLE_FUNCTIONS.has(parentFn) && visit.argIndex === 0;
  if (node.name === 'appRoleAssignments' && !isRoleArgument) {
    ctx.report({
      code: 'attr.app-role-assignments',
      severity: 'warning',
      message:
        '[appRoleAssignments] should not be mapped directly; read it through SingleAppRoleAssignment, AppRoleAssignmentsComplex or AssertiveAppRoleAssignmentsComplex.',
      ...at,
    });
  }
};

/** ENT020: the role functions take exactly [appRoleAssignments]. */
export const roleFunctionSource: Rule = ({ node }, ctx) => {
  if (node.kind !== 'call') return;
  const fn = resolve(ctx.catalog, node.name)?.name;
  const arg = node.args[0];
  if (fn === undefined || !ROLE_FUNCTIONS.has(fn) || arg === undefined || arg.kind === 'empty')
    return;
  if (arg.kind === 'attr' && arg.name === 'appRoleAssignments') return;
  ctx.report({
    code: 'arg.role-source',
    severity: 'warning',
    message: `${fn} is documented only with the argument [appRoleAssignments].`,
    start: arg.span.start,
    end: arg.span.end,
    suggestion: { text: '[appRoleAssignments]', title: 'Use [appRoleAssignments]' },
    params: { fn, use: '[appRoleAssignments]' },
  });
};
