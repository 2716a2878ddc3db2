import type { Diagnostic } from '../expr';

/**
 * Diagnostics the linter derives from evaluating test objects (one per failing row) rather than
 * from the text itself. The UI lists them with their rows, not among the expression's problems.
 */
export function isRowDiagnostic(d: Diagnostic, text: string): boolean {
  // lint() reports each failing row over the whole text with a target.* or eval.* code.
  return (
    (d.code.startsWith('target.') || d.code.startsWith('eval.')) &&
    d.start === 0 &&
    d.end === text.length
  );
}
