import { evaluate, type EvalOptions, type EvalResult } from './evaluate';
import { parse } from './parser';
import type { Attributes } from './values';

/**
 * Parses then evaluates. A syntax error stops before evaluation with `code: 'syntax'` and the
 * first error's message and span; warnings do not.
 */
export function evaluateExpression(
  text: string,
  attrs: Attributes,
  options?: EvalOptions,
): EvalResult {
  const { ast, diagnostics } = parse(text);
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error !== undefined) {
    return {
      ok: false,
      error: { code: 'syntax', message: error.message, start: error.start, end: error.end },
    };
  }
  return evaluate(ast, attrs, options);
}
