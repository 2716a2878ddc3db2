/** Writes a parsed .NET pattern as JavaScript regex source (no `u` flag: UTF-16 units, as .NET). */
import { setSource } from './charset';
import { findGroup } from './parse';
import type { GroupInfo, RegexNode } from './types';

export function emitPattern(alt: RegexNode[][], groups: readonly GroupInfo[]): string {
  const emitAlt = (branches: RegexNode[][]): string =>
    branches.map((seq) => seq.map(emitNode).join('')).join('|');

  const emitNode = (node: RegexNode): string => {
    switch (node.type) {
      case 'set':
        return setSource(node.set);
      case 'assert':
        return node.js;
      case 'group':
        return node.capture === null ? `(?:${emitAlt(node.alt)})` : `(${emitAlt(node.alt)})`;
      case 'look':
        return `(?${node.behind ? '<' : ''}${node.negate ? '!' : '='}${emitAlt(node.alt)})`;
      case 'atomic':
        // A lookahead never backtracks into itself; the back-reference consumes what it matched.
        return `(?:(?=(${emitAlt(node.alt)}))\\${node.jsIndex})`;
      case 'backref': {
        const target = findGroup(groups, node.ref);
        // Wrapped so a following digit cannot extend the group number.
        return target === undefined ? '(?:)' : `(?:\\${target.jsIndex})`;
      }
      case 'quant': {
        const inner = emitNode(node.body);
        const atom =
          node.body.type === 'set' || node.body.type === 'group' ? inner : `(?:${inner})`;
        const { min, max } = node;
        const q =
          min === 0 && max === Infinity
            ? '*'
            : min === 1 && max === Infinity
              ? '+'
              : min === 0 && max === 1
                ? '?'
                : max === Infinity
                  ? `{${min},}`
                  : min === max
                    ? `{${min}}`
                    : `{${min},${max}}`;
        return atom + q + (node.lazy ? '?' : '');
      }
    }
  };

  return emitAlt(alt);
}
