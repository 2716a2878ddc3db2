import type { ArgNode } from '@/lib/expr';

/** A compact, readable rendering of a tree for table tests: (Name [attr] "str" 1 _ ! !<kept> ...). */
export function sexpr(node: ArgNode): string {
  switch (node.kind) {
    case 'call':
      return `(${[node.name, ...node.args.map(sexpr)].join(' ')})`;
    case 'attr':
      return `[${node.name}]`;
    case 'string':
      return JSON.stringify(node.value);
    case 'number':
      return `#${node.value}`;
    case 'keyword':
      return node.name;
    case 'compare':
      return `{${sexpr(node.left)} ${node.op} ${sexpr(node.right)}}`;
    case 'empty':
      return '_';
    case 'error':
      // What the parser could still read inside the unreadable part: !<[a] [b]>.
      return node.children ? `!<${node.children.map(sexpr).join(' ')}>` : '!';
  }
}
