import type { ExprNode } from './ast';
import { checkWith, type CheckOptions } from './checker';
import type { Diagnostic } from './diagnostics';
import { FUNCTIONS } from './functions/table';
import { parse } from './parser';

export interface Analysis {
  /** Always a tree; unreadable parts are ErrorNodes. */
  ast: ExprNode;
  /** Parser and checker diagnostics together, in source order. */
  diagnostics: Diagnostic[];
}

/** Static checks of a parsed expression against the engine's function table (or `functions`). */
export function check(ast: ExprNode, source: string, options: CheckOptions = {}): Diagnostic[] {
  return checkWith(options.functions ?? FUNCTIONS, ast, source, options);
}

/** Parse + check in one call: what the popup runs on every keystroke. Never throws. */
export function analyzeExpression(source: string, options: CheckOptions = {}): Analysis {
  const parsed = parse(source);
  const diagnostics = [...parsed.diagnostics, ...check(parsed.ast, source, options)];
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ast: parsed.ast, diagnostics };
}
