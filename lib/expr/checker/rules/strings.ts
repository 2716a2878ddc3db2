import { readStringLiteral } from '../../parse/string-literal';
import type { Rule } from '../context';

/**
 * ENT013 (docs/research/entra-expressions.md#pitfalls): in a string literal only \" and \\ are defined escapes. A single backslash
 * before anything else (typically a regex escape such as \d) is undefined; doubling it is what
 * Microsoft's samples do and means the same thing whichever way Entra treats the single form.
 */
export const singleBackslash: Rule = (visit, ctx) => {
  const { node } = visit;
  if (node.kind !== 'string' || !node.raw.startsWith('"')) return;
  const inRegex = visit.param?.kind === 'regex' && !visit.inComparison;
  for (const offset of readStringLiteral(node.raw, 0).undefinedEscapes) {
    const start = node.span.start + offset;
    const next = String.fromCodePoint(node.raw.codePointAt(offset + 1)!);
    const escape = `\\${next}`;
    ctx.report({
      code: 'trap.single-backslash',
      severity: 'warning',
      message: inRegex
        ? `Write "\\${escape}" so the regular expression receives ${escape}: inside Entra strings a backslash must be doubled, and a single "${escape}" is undefined.`
        : `"${escape}" is not a defined escape in Entra strings (only \\" and \\\\ are). For a backslash followed by "${next}", write "\\${escape}".`,
      start,
      end: start + escape.length,
      suggestion: { text: `\\${escape}`, title: 'Double the backslash' },
      params: { v: inRegex ? 'regex' : 'text', escape, next },
    });
  }
};
