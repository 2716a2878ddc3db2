/**
 * What the proof engine needs from the rest of the engine, as an interface: the evaluator (to
 * fold constants, confirm counterexamples and check fixes), the parser and checker (to read
 * fixes back), and the linter's output check. index.ts wires the real ones; tests may too.
 */

import type { ExprNode, Diagnostic, Attributes, Output } from '../expr';
import type { CorpusRecord } from '../targets/corpus';
import type { Target } from '../targets/targets';
import type { Rule } from './context';
import type { ProofViolation } from './types';

export type EngineEvalResult =
  | { ok: true; value: Output; flow?: 'ignore-attribute' | 'ignore-object' }
  | { ok: false; error: { code: string; message: string; start: number; end: number } };

export interface EngineDeps {
  rules: ReadonlyMap<string, Rule>;
  evaluate(ast: ExprNode, attrs: Attributes, options?: { now?: Date }): EngineEvalResult;
  /** Parse + check; `ast` null only for an empty text. */
  analyzeText(text: string): { ast: ExprNode | null; diagnostics: Diagnostic[] };
  checkOutput(target: Target, output: Output): ProofViolation[];
  corpusFor(object: 'user' | 'group'): readonly CorpusRecord[];
}

/** Which evaluation errors confirm a counterexample: defined once, beside the linter. */
export { isEntraFailure } from '../targets/eval-limits';
