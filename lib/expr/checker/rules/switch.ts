import type { CallNode } from '../../ast';
import { PRESENCE_TESTS, resolve } from '../catalog';
import { textOf, type Rule, type RuleContext } from '../context';

/**
 * ENT018 (docs/research/entra-expressions.md#pitfalls): the ways a Switch ends up null (attribute not sent, or a target value
 * cleared), and presence tests used as its source.
 */
export const switchNulls: Rule = ({ node, ancestors }, ctx) => {
  if (node.kind !== 'call' || resolve(ctx.catalog, node.name)?.name !== 'Switch') return;
  const [source, fallback, ...pairs] = node.args;
  if (source === undefined) return;

  if (source.kind === 'call') {
    const sourceFn = resolve(ctx.catalog, source.name)?.name;
    if (sourceFn !== undefined && PRESENCE_TESTS.has(sourceFn)) {
      ctx.report({
        code: 'trap.switch-presence-source',
        severity: 'warning',
        message: `Microsoft advises against ${sourceFn} as Switch's source (its docs contradict each other, azure-docs#115174). Switch on the attribute itself and use a "" key for the empty case.`,
        start: source.span.start,
        end: source.span.end,
        params: { fn: sourceFn ?? source.name },
      });
    }
  }

  for (let i = 1; i < pairs.length; i += 2) {
    const value = pairs[i]!;
    if (value.kind !== 'empty') continue;
    const key = pairs[i - 1]!;
    ctx.report({
      code: 'trap.switch-null',
      severity: 'warning',
      message: `When the source is ${key.kind === 'empty' ? 'empty' : textOf(ctx, key)}, this Switch returns nothing (the value slot is empty) and Entra does not send the attribute.`,
      start: value.span.start,
      end: value.span.end,
      params: key.kind === 'empty' ? { v: 'empty-key' } : { v: 'key', key: textOf(ctx, key) },
    });
  }

  // An odd count is reported by the arity rule; the pairs mean nothing until it is fixed.
  if (fallback === undefined || pairs.length === 0 || pairs.length % 2 === 1) return;
  if (fallback.kind === 'empty') {
    if (coversBothBooleans(pairs)) return;
    ctx.report({
      code: 'trap.switch-null',
      severity: 'warning',
      message: `When ${textOf(ctx, source)} matches none of the keys, this Switch returns nothing (its default is empty) and Entra does not send the attribute. Put a value in the default slot if the attribute must always be set.`,
      start: fallback.span.start,
      end: fallback.span.end,
      params: { v: 'default', source: textOf(ctx, source) },
    });
    return;
  }
  reportDefaultNullBug(ancestors, ctx);
};

/** Switch on a boolean with both "True" and "False" keys cannot fall through. */
function coversBothBooleans(pairs: CallNode['args']): boolean {
  const keys = new Set<string>();
  for (let i = 0; i < pairs.length; i += 2) {
    const key = pairs[i]!;
    if (key.kind === 'string') keys.add(key.value);
  }
  return keys.has('True') && keys.has('False');
}

/**
 * Known service bug (docs/research/entra-expressions.md#conditional-and-null-functions, docs/research/entra-expressions.md#pitfalls): with Entra as the source, a Switch with a default can evaluate
 * to null when another attribute changes, clearing the target. Reported once per expression (for
 * the outermost such Switch) over the whole expression, which the documented workaround wraps.
 */
function reportDefaultNullBug(ancestors: readonly CallNode[], ctx: RuleContext): void {
  if (ctx.context === 'hr-inbound') return;
  const names = ancestors.map((a) => resolve(ctx.catalog, a.name)?.name);
  if (names.includes('IgnoreFlowIfNullOrEmpty') || names.includes('Switch')) return;
  if (
    ctx.root.kind === 'call' &&
    resolve(ctx.catalog, ctx.root.name)?.name === 'IgnoreFlowIfNullOrEmpty'
  )
    return;
  if (!ctx.once('trap.switch-null-bug')) return;
  const whole = textOf(ctx, ctx.root);
  ctx.report({
    code: 'trap.switch-null-bug',
    severity: 'warning',
    message:
      "Known Entra bug: when Entra ID is the source, a Switch with a default can evaluate to nothing after an unrelated attribute changes, which clears the value in the target. Microsoft's workaround is to wrap the whole expression in IgnoreFlowIfNullOrEmpty(...).",
    start: ctx.root.span.start,
    end: ctx.root.span.end,
    suggestion: {
      text: `IgnoreFlowIfNullOrEmpty(${whole})`,
      title: 'Wrap in IgnoreFlowIfNullOrEmpty',
    },
  });
}
