import type { ExprNode } from '../expr';

/** Replace's third argument (1 source, 2 oldValue, 3 regexPattern ...). */
const REGEX_PATTERN_ARG = 2;

/**
 * Whether evaluating the expression may run a regular expression: some Replace call has a
 * regexPattern. A regular expression is the one step the evaluator's budget cannot interrupt, so
 * only then may a timeout be blamed on one.
 */
export function usesRegex(node: ExprNode | null): boolean {
  if (!node) return false;
  if (node.kind === 'compare') return usesRegex(node.left) || usesRegex(node.right);
  if (node.kind !== 'call') return false;
  const pattern = node.args[REGEX_PATTERN_ARG];
  if (node.name.toLowerCase() === 'replace' && pattern && pattern.kind !== 'empty') return true;
  return node.args.some((a) => a.kind !== 'empty' && usesRegex(a));
}
