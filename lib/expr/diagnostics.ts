/**
 * Diagnostics are data, never exceptions: the parser, checker, evaluator and linter all return
 * arrays of these. Codes are string literals so a UI or test can key on them.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable identifier, e.g. "syntax.unclosed-string", "call.unknown-function", "trap.and-or". */
  code: string;
  severity: Severity;
  /** One plain-language sentence an admin understands. */
  message: string;
  /** UTF-16 offsets into the expression: 0 <= start <= end <= expression.length. */
  start: number;
  end: number;
  /** A replacement the UI may offer: replace [start, end) with `text`. */
  suggestion?: { text: string; title: string };
  /**
   * The message's variable parts, so a UI can say it in another language from `code` (and
   * `params.v`, which names the message's variant where one code has several): the English
   * `message` stays the engine's own (the CLI prints it). Values are text or numbers only.
   */
  params?: DiagnosticParams;
}

export type DiagnosticParams = Readonly<Record<string, string | number>>;
