/**
 * Admin-facing wording for parser diagnostics that need more than one line of logic. The aim is
 * that every message names what is wrong in the admin's own terms and, where possible, the fix.
 */
import type { ExprNode } from '../ast';
import type { Diagnostic } from '../diagnostics';
import type { Token } from '../scanner';

export function describeToken(tok: Token): string {
  switch (tok.kind) {
    case 'ident':
      return `"${tok.text}"`;
    case 'lparen':
      return '"("';
    case 'rparen':
      return '")"';
    case 'comma':
      return '","';
    case 'eof':
      return 'the end of the expression';
    case 'attr':
      return `the attribute [${tok.name}]`;
    case 'string':
      return `the text ${tok.raw.length > 30 ? `${tok.raw.slice(0, 27)}...` : tok.raw}`;
    case 'number':
      return `the number ${tok.raw}`;
    case 'compare':
      return `"${tok.op}"`;
    case 'join-op':
      return `"${tok.op}"`;
    case 'unknown':
      return `"${tok.text}"`;
  }
}

/** A token as the UI may quote it in any language: its own text; "" at the end. */
export function tokenParam(tok: Token): string {
  switch (tok.kind) {
    case 'eof':
      return '';
    case 'attr':
      return `[${tok.name}]`;
    case 'string':
    case 'number':
      return tok.raw.length > 30 ? `${tok.raw.slice(0, 27)}...` : tok.raw;
    case 'ident':
    case 'unknown':
      return tok.text;
    case 'compare':
    case 'join-op':
      return tok.op;
    case 'lparen':
      return '(';
    case 'rparen':
      return ')';
    case 'comma':
      return ',';
  }
}

/** AND / OR / && / || between conditions. */
export function logicalOperatorDiagnostic(tok: Token, source: string): Diagnostic {
  const word = source.slice(tok.span.start, tok.span.end);
  const isOr = /^(or|orelse|\|\|)$/i.test(word);
  return {
    code: 'trap.and-or',
    severity: 'error',
    message: isOr
      ? `Entra expressions have no "${word}" operator. To test "A or B", nest IIF in the false branch: IIF(A, x, IIF(B, x, y)).`
      : `Entra expressions have no "${word}" operator. To test "A and B", nest IIF in the true branch: IIF(A, IIF(B, x, y), y).`,
    start: tok.span.start,
    end: tok.span.end,
    params: { v: isOr ? 'or' : 'and', word },
  };
}

/**
 * `a & b` / `a + b`: concatenation operators Entra lacks; Join("", a, b) is the equivalent.
 * `ops` and `operands` are one run between logical operators (`ops[i]` stands between
 * `operands[i]` and `operands[i + 1]`). The run gets one diagnostic with the Join rewrite; when it
 * mixes "&" and "+", the "+" also gets its own, on the "+" signs.
 */
export function concatenationDiagnostics(
  ops: Token[],
  operands: ExprNode[],
  source: string,
): Diagnostic[] {
  const symbolOf = (t: Token): string => (t.kind === 'join-op' ? t.op : '');
  const hasAmpersand = ops.some((t) => symbolOf(t) === '&');
  const symbol = hasAmpersand ? '&' : '+';
  const first = operands[0];
  const last = operands[operands.length - 1];
  if (ops.length === 0 || first === undefined || last === undefined) return [];
  const rewritable = operands.every((n) => n.kind !== 'error' && n.kind !== 'compare');
  const parts = operands.map((n) => source.slice(n.span.start, n.span.end));
  const rewrite = `Join("", ${parts.join(', ')})`;
  const diagnostics: Diagnostic[] = [
    {
      code: symbol === '&' ? 'trap.ampersand' : 'trap.plus',
      severity: 'error',
      message: `Entra has no "${symbol}" operator to join text. Use Join("", ...) to put values together${rewritable ? `: ${truncate(rewrite)}` : ''}.`,
      start: first.span.start,
      end: last.span.end,
      ...(rewritable && { suggestion: { text: rewrite, title: 'Rewrite with Join' } }),
      params: rewritable
        ? { v: 'rewrite', symbol, rewrite: truncate(rewrite) }
        : { v: 'plain', symbol },
    },
  ];
  const pluses = ops.filter((t) => symbolOf(t) === '+');
  if (hasAmpersand && pluses.length > 0) {
    diagnostics.push({
      code: 'trap.plus',
      severity: 'error',
      message:
        'Entra has no "+" operator either, to join text or to add numbers. Put all these values in one Join("", ...).',
      start: pluses[0]!.span.start,
      end: pluses[pluses.length - 1]!.span.end,
      params: { v: 'mixed' },
    });
  }
  return diagnostics;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
