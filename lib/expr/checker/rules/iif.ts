import type { ArgNode, AttrNode } from '../../ast';
import { PRESENCE_TESTS, resolve } from '../catalog';
import type { Rule, RuleContext } from '../context';
import { isAlwaysPresent } from '../entra-attributes';

/**
 * ENT017 (docs/research/entra-expressions.md#pitfalls): Entra cannot evaluate an IIF condition that reads an empty or missing
 * attribute; the mapping fails for that object. Coalesce(attr, "") keeps the condition defined.
 */
export const iifNullAttributes: Rule = ({ node }, ctx) => {
  if (node.kind !== 'call' || resolve(ctx.catalog, node.name)?.name !== 'IIF') return;
  const condition = node.args[0];
  if (condition === undefined) return;
  const entraSource = ctx.context !== 'hr-inbound';
  for (const { attr, presenceTest } of attributesIn(condition, ctx, undefined)) {
    if (entraSource && isAlwaysPresent(attr.name)) continue;
    const ref = `[${attr.name}]`;
    ctx.report({
      code: 'trap.iif-null-attribute',
      severity: 'warning',
      message:
        presenceTest === undefined
          ? `If ${ref} is empty or missing, Entra cannot evaluate this IIF condition and provisioning fails for that object. Use Coalesce(${ref}, "") in the condition, or a Switch with a "" key.`
          : `Microsoft documents that IIF fails when ${ref} is empty, even inside ${presenceTest} (another page recommends it, entra-docs#120). The safe form is Switch(${ref}, <value if present>, "", <value if empty>).`,
      start: attr.span.start,
      end: attr.span.end,
      ...(presenceTest === undefined && {
        suggestion: { text: `Coalesce(${ref}, "")`, title: 'Default it to ""' },
      }),
      params:
        presenceTest === undefined ? { v: 'plain', ref } : { v: 'presence', ref, fn: presenceTest },
    });
  }
};

interface Found {
  attr: AttrNode;
  /** The presence test (IsPresent...) the attribute sits in, if any. */
  presenceTest: string | undefined;
}

/** Attributes read by the condition, except those already guarded by a Coalesce default. */
function attributesIn(node: ArgNode, ctx: RuleContext, presenceTest: string | undefined): Found[] {
  switch (node.kind) {
    case 'attr':
      return [{ attr: node, presenceTest }];
    case 'compare':
      return [
        ...attributesIn(node.left, ctx, presenceTest),
        ...attributesIn(node.right, ctx, presenceTest),
      ];
    case 'call': {
      const fn = resolve(ctx.catalog, node.name)?.name;
      if (fn === 'Coalesce' && node.args.length >= 2) return [];
      const test = fn !== undefined && PRESENCE_TESTS.has(fn) ? fn : presenceTest;
      return node.args.flatMap((a) => attributesIn(a, ctx, test));
    }
    default:
      return [];
  }
}
