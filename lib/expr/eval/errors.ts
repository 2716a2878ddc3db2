import type { Span } from '../ast';

/**
 * Raised inside the evaluator and caught once at its boundary, where it becomes an `EvalResult`
 * error. Function implementations throw it so they can stay plain expressions of Entra's rules.
 */
export class EvalFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

export function fail(code: string, message: string, span: Span): never {
  throw new EvalFailure(code, message, span);
}
