import type { StringNode } from '../../ast';
import { readStringLiteral } from '../../parse/string-literal';
import { analyzeRegex } from '../../regex';
import type { Rule } from '../context';

/**
 * ENT014/ENT015: what the regex analyser finds in a regex-pattern literal (.NET syntax errors,
 * constructs the extension cannot emulate, catastrophic backtracking, Unicode-aware shorthands),
 * pointed at the characters in the expression source.
 */
export const regexLiterals: Rule = (visit, ctx) => {
  const { node, param } = visit;
  if (node.kind !== 'string' || param?.kind !== 'regex' || visit.inComparison) return;
  const toSource = valueToSource(node);
  for (const issue of analyzeRegex(node.value)) {
    const start = toSource(issue.start);
    ctx.report({
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      start,
      end: Math.max(start, toSource(issue.end)),
      // The part of the pattern at fault names the problem in any language.
      params: { part: node.value.slice(issue.start, issue.end), ...issue.params },
    });
  }
};

/** Maps an offset in the literal's value to an offset in the expression source. */
export function valueToSource(node: StringNode): (offset: number) => number {
  const base = node.span.start;
  if (!node.raw.startsWith('"')) {
    // Typographic or single quotes: no escapes, one opening character.
    return (offset) => base + Math.min(Math.max(offset, 0), node.value.length) + 1;
  }
  const { offsets, terminated } = readStringLiteral(node.raw, 0);
  const contentEnd = terminated ? node.raw.length - 1 : node.raw.length;
  return (offset) => base + (offsets[Math.max(offset, 0)] ?? contentEnd);
}
