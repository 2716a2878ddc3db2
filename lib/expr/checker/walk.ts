import type { CallNode, ExprNode } from '../ast';
import { paramAt, resolve } from './catalog';
import type { RuleContext, Visit } from './context';

/**
 * Visits every node once, outermost first, with its position. Depth is bounded by the parser's
 * nesting limit, so recursion is safe.
 */
export function walk(root: ExprNode, ctx: RuleContext, visit: (v: Visit) => void): void {
  const ancestors: CallNode[] = [];
  const go = (v: Visit): void => {
    visit(v);
    const { node } = v;
    if (node.kind === 'compare') {
      for (const operand of [node.left, node.right]) {
        go({ ...v, node: operand, param: undefined, inComparison: true });
      }
      return;
    }
    if (node.kind === 'error') {
      // Values the parser kept around an operator Entra lacks (or after an early ")"): checked
      // where the ErrorNode stands, but like comparison operands they do not fill a parameter.
      for (const child of node.children ?? []) {
        go({ ...v, node: child, param: undefined, inComparison: true });
      }
      return;
    }
    if (node.kind !== 'call') return;
    const spec = resolve(ctx.catalog, node.name);
    ancestors.push(node);
    const snapshot = [...ancestors];
    node.args.forEach((arg, argIndex) => {
      if (arg.kind === 'empty') return;
      go({
        node: arg,
        parent: node,
        argIndex,
        parentSpec: spec,
        param: spec === undefined ? undefined : paramAt(spec, argIndex),
        inComparison: false,
        ancestors: snapshot,
      });
    });
    ancestors.pop();
  };
  go({
    node: root,
    parent: null,
    argIndex: -1,
    parentSpec: undefined,
    param: undefined,
    inComparison: false,
    ancestors: [],
  });
}
