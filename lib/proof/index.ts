/**
 * Proof engine (issue #7): answers "can this Entra expression EVER break a CloudSSO rule?".
 *
 * Stable API (the linter UI, the lint layer and the CLI call only this):
 *
 *   prove(expr: string | ExprNode, targetId: string, options?: ProveOptions): ProofResult
 *
 *   ProofResult = {
 *     verdict: 'proven-safe' | 'unsafe' | 'unknown',
 *     reason?: string,            // why not proven (or the proof in one line)
 *     span?: { start, end },      // unknown: the sub-expression that defeated the proof
 *     counterexample?: { attrs, output, violation: { code, severity, message } },
 *     fix?: { expression, uniqueVariant?, changes: { recordId, input, before, after }[] },
 *     facts?: { minLength, maxLength, mayBeNull, mayBeEmpty, mayBeMulti, mayFail, chars },
 *   }
 *
 * Pure TypeScript, synchronous, never throws (a bad target id or an unparsable expression gives
 * `unknown` with a reason). `noFix`/`noCounterexample` make it cheap enough for every keystroke.
 * See types.ts for field-level documentation, and the README section "What proven-safe means".
 */

import type { ExprNode } from '../expr/ast';
import type { ProofResult, ProveOptions } from './types';

export type * from './types';

export function prove(
  expr: string | ExprNode,
  targetId: string,
  options: ProveOptions = {},
): ProofResult {
  void expr;
  void targetId;
  void options;
  // Placeholder until the analysis lands: an honest "unknown", never a false "proven-safe".
  return { verdict: 'unknown', reason: 'The proof engine is not built yet.' };
}
