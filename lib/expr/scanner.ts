/**
 * Scanner for Entra attribute-mapping expressions (docs/research/entra-expressions.md#lexical-rules). It never throws:
 * whatever it cannot read becomes an `unknown` token plus a diagnostic, and the lookalikes admins
 * paste from Word, Excel or other languages (typographic quotes, `&`, `==`, `;`, non-breaking
 * spaces...) get a message that names the fix.
 */
import type { CompareOp, Span } from './ast';
import type { Diagnostic } from './diagnostics';
import { quoteString, readStringLiteral } from './parse/string-literal';

/** Operators other languages have and Entra does not (docs/research/entra-expressions.md#lexical-rules, "Not in the language"). */
export type JoinOperator = '&' | '&&' | '||' | '+';

export type Token =
  | { kind: 'ident'; text: string; span: Span }
  | { kind: 'lparen' | 'rparen' | 'comma' | 'eof'; span: Span }
  | { kind: 'attr'; name: string; terminated: boolean; span: Span }
  | { kind: 'string'; value: string; raw: string; span: Span }
  | { kind: 'number'; value: number; raw: string; span: Span }
  | { kind: 'compare'; op: CompareOp; span: Span }
  | { kind: 'join-op'; op: JoinOperator; span: Span }
  | { kind: 'unknown'; text: string; span: Span };

export interface ScanResult {
  tokens: Token[];
  diagnostics: Diagnostic[];
}

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);

/** Spaces that look like a space but are not one Entra accepts between tokens. */
const LOOKALIKE_SPACES = new Map<string, string>(
  Object.entries({
    '\u00a0': 'a non-breaking space (U+00A0)',
    '\u2007': 'a figure space (U+2007)',
    '\u2009': 'a thin space (U+2009)',
    '\u202f': 'a narrow non-breaking space (U+202F)',
    '\u3000': 'an ideographic (full-width) space (U+3000)',
    '\u200b': 'a zero-width space (U+200B)',
    '\ufeff': 'a zero-width no-break space (U+FEFF)',
  }),
);

/** Opening typographic quote → the characters that may close it. */
const TYPOGRAPHIC_QUOTES = new Map<string, string>(
  Object.entries({
    '\u201c': '\u201d\u201c"', // “ … ”
    '\u201e': '\u201c\u201d"', // „ … “
    '\u201d': '\u201d\u201c"', // ” … ” (some keyboards)
    '\uff02': '\uff02"', // ＂ full-width
    '\u2018': '\u2019\u2018', // ‘ … ’
    '\u201a': '\u2018\u2019', // ‚ … ‘
    '\u2019': '\u2019\u2018', // ’ … ’
    '\u00ab': '\u00bb', // « … »
  }),
);

const IDENT_START = /\p{L}/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;
const HEX_DIGIT = /[0-9A-Fa-f]/;

export function scan(source: string): ScanResult {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = 0;

  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
  };

  while (i < source.length) {
    const ch = source[i]!;
    if (WHITESPACE.has(ch)) {
      i += 1;
      continue;
    }
    const lookalike = LOOKALIKE_SPACES.get(ch);
    if (lookalike !== undefined) {
      const zeroWidth = ch === '\u200b' || ch === '\ufeff';
      report({
        code: 'syntax.unusual-space',
        severity: 'error',
        message: `This expression contains ${lookalike} outside quotes. Entra only accepts normal spaces between the parts of an expression; ${zeroWidth ? 'remove it' : 'replace it with a normal space'}.`,
        start: i,
        end: i + 1,
        suggestion: zeroWidth
          ? { text: '', title: 'Remove the invisible character' }
          : { text: ' ', title: 'Replace with a normal space' },
        params: { v: zeroWidth ? 'remove' : 'replace', char: codePoint(ch) },
      });
      i += 1;
      continue;
    }
    const start = i;
    switch (ch) {
      case '(':
        tokens.push({ kind: 'lparen', span: { start, end: i + 1 } });
        i += 1;
        continue;
      case ')':
        tokens.push({ kind: 'rparen', span: { start, end: i + 1 } });
        i += 1;
        continue;
      case ',':
        tokens.push({ kind: 'comma', span: { start, end: i + 1 } });
        i += 1;
        continue;
      case '[':
        i = scanAttribute(source, i, tokens, report);
        continue;
      case '"':
        i = scanString(source, i, tokens, report);
        continue;
      case "'":
        i = scanMisquotedString(source, i, "'", tokens, report);
        continue;
      case '&':
        i = scanAmpersand(source, i, tokens, report);
        continue;
      case '|':
        if (source[i + 1] === '|') {
          tokens.push({ kind: 'join-op', op: '||', span: { start, end: i + 2 } });
          i += 2;
        } else {
          i = scanUnknown(source, i, tokens, report);
        }
        continue;
      case '+':
        tokens.push({ kind: 'join-op', op: '+', span: { start, end: i + 1 } });
        i += 1;
        continue;
      case '=':
      case '<':
      case '>':
      case '!':
        i = scanComparison(source, i, tokens, report);
        continue;
      default:
        break;
    }
    const closers = TYPOGRAPHIC_QUOTES.get(ch);
    if (closers !== undefined) {
      i = scanMisquotedString(source, i, closers, tokens, report);
      continue;
    }
    if (DIGIT.test(ch) || (ch === '-' && DIGIT.test(source[i + 1] ?? ''))) {
      i = scanNumber(source, i, tokens, report);
      continue;
    }
    if (IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < source.length && IDENT_PART.test(source[j]!)) j += 1;
      tokens.push({ kind: 'ident', text: source.slice(i, j), span: { start, end: j } });
      i = j;
      continue;
    }
    i = scanUnknown(source, i, tokens, report);
  }
  tokens.push({ kind: 'eof', span: { start: source.length, end: source.length } });
  return { tokens, diagnostics };
}

type Report = (d: Diagnostic) => void;

/** "U+00A0": how a character is named in any language. */
function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function scanAttribute(source: string, start: number, tokens: Token[], report: Report): number {
  // Stop at a second "[" too: inside brackets it can only mean the "]" was forgotten (`[a, [b]`),
  // and stopping there keeps a line full of "[" linear to scan.
  let j = start + 1;
  while (j < source.length && !']\n\r['.includes(source[j]!)) j += 1;
  if (source[j] === ']') {
    const name = source.slice(start + 1, j);
    tokens.push({ kind: 'attr', name, terminated: true, span: { start, end: j + 1 } });
    if (name.length === 0) {
      report({
        code: 'syntax.empty-attribute',
        severity: 'error',
        message:
          '"[]" names no attribute. Write the attribute name between the brackets, e.g. [displayName].',
        start,
        end: j + 1,
      });
    }
    return j + 1;
  }
  // No closing bracket on this line: assume it was forgotten right after the name, so that the
  // commas and parentheses that follow still structure the rest of the expression.
  let cut = start + 1;
  while (cut < j && !/[\s,()"[]/.test(source[cut]!)) cut += 1;
  const name = source.slice(start + 1, cut);
  tokens.push({ kind: 'attr', name, terminated: false, span: { start, end: cut } });
  report({
    code: 'syntax.unclosed-attribute',
    severity: 'error',
    message: `The attribute reference "[${name}" has no closing "]". Add "]" after the attribute name.`,
    start,
    end: cut,
    suggestion: { text: `[${name}]`, title: 'Add the missing "]"' },
    params: { name },
  });
  return cut;
}

function scanString(source: string, start: number, tokens: Token[], report: Report): number {
  const lit = readStringLiteral(source, start);
  const end = start + lit.length;
  tokens.push({
    kind: 'string',
    value: lit.value,
    raw: source.slice(start, end),
    span: { start, end },
  });
  if (!lit.terminated) {
    const curly = /[\u201c\u201d]/.exec(lit.value);
    report({
      code: 'syntax.unclosed-string',
      severity: 'error',
      message:
        curly !== null
          ? `This text starts with a straight quote " but seems to end with a typographic quote ${curly[0]}. Entra only accepts straight double quotes "; replace it.`
          : 'This text starts with a double quote " but never ends. Add the closing " where the text should end.',
      start,
      end,
      params: curly !== null ? { v: 'curly', quote: curly[0] } : { v: 'plain' },
    });
  }
  return end;
}

/** A string delimited by typographic or single quotes: read it, report it, keep its value. */
function scanMisquotedString(
  source: string,
  start: number,
  closers: string,
  tokens: Token[],
  report: Report,
): number {
  const opener = source[start]!;
  // Another opener before any closer means this one is not a string (and keeps the scan linear).
  let j = start + 1;
  while (
    j < source.length &&
    !closers.includes(source[j]!) &&
    !`\n${opener}`.includes(source[j]!)
  ) {
    j += 1;
  }
  if (j >= source.length || !closers.includes(source[j]!)) {
    return scanUnknown(source, start, tokens, report);
  }
  const value = source.slice(start + 1, j);
  const end = j + 1;
  const raw = source.slice(start, end);
  tokens.push({ kind: 'string', value, raw, span: { start, end } });
  const single = opener === "'";
  report({
    code: single ? 'syntax.single-quotes' : 'trap.typographic-quotes',
    severity: 'error',
    message: single
      ? "This text is in single quotes ' '. Entra strings use straight double quotes \"; replace them."
      : `This expression uses typographic quotes (${opener} ${source[j]}). Entra only accepts straight double quotes "; replace them.`,
    start,
    end,
    suggestion: { text: quoteString(value), title: 'Use straight double quotes' },
    params: single ? {} : { v: 'pair', open: opener, close: source[j]! },
  });
  return end;
}

function scanAmpersand(source: string, start: number, tokens: Token[], report: Report): number {
  const next = source[start + 1];
  if (next === 'H' || next === 'h') {
    let j = start + 2;
    while (j < source.length && HEX_DIGIT.test(source[j]!)) j += 1;
    const raw = source.slice(start, j);
    if (j > start + 2) {
      tokens.push({
        kind: 'number',
        value: parseInt(raw.slice(2), 16),
        raw,
        span: { start, end: j },
      });
      return j;
    }
    tokens.push({ kind: 'unknown', text: raw, span: { start, end: j } });
    report({
      code: 'syntax.bad-hex',
      severity: 'error',
      message: '"&H" starts a hexadecimal number and must be followed by hex digits, e.g. &HF7.',
      start,
      end: j,
    });
    return j;
  }
  if (next === '&') {
    tokens.push({ kind: 'join-op', op: '&&', span: { start, end: start + 2 } });
    return start + 2;
  }
  tokens.push({ kind: 'join-op', op: '&', span: { start, end: start + 1 } });
  return start + 1;
}

function scanComparison(source: string, start: number, tokens: Token[], report: Report): number {
  const two = source.slice(start, start + 2);
  const push = (op: CompareOp, length: number): number => {
    tokens.push({ kind: 'compare', op, span: { start, end: start + length } });
    return start + length;
  };
  switch (two) {
    case '<>':
    case '<=':
    case '>=':
      return push(two, 2);
    case '==':
      report({
        code: 'trap.double-equals',
        severity: 'error',
        message: 'Entra compares with a single "=", not "==". Replace "==" with "=".',
        start,
        end: start + 2,
        suggestion: { text: '=', title: 'Use "="' },
      });
      return push('=', 2);
    case '!=':
      report({
        code: 'trap.not-equals',
        severity: 'error',
        message: 'Entra writes "not equal" as "<>", not "!=". Replace "!=" with "<>".',
        start,
        end: start + 2,
        suggestion: { text: '<>', title: 'Use "<>"' },
      });
      return push('<>', 2);
    default:
      break;
  }
  const one = source[start]!;
  if (one === '=' || one === '<' || one === '>') return push(one, 1);
  tokens.push({ kind: 'unknown', text: '!', span: { start, end: start + 1 } });
  report({
    code: 'trap.not-operator',
    severity: 'error',
    message: 'Entra has no "!" operator. To negate a condition, use Not(...).',
    start,
    end: start + 1,
  });
  return start + 1;
}

function scanNumber(source: string, start: number, tokens: Token[], report: Report): number {
  let j = start;
  if (source[j] === '-') j += 1;
  while (j < source.length && DIGIT.test(source[j]!)) j += 1;
  if (source[j] === '.' && DIGIT.test(source[j + 1] ?? '')) {
    j += 1;
    while (j < source.length && DIGIT.test(source[j]!)) j += 1;
  }
  const raw = source.slice(start, j);
  tokens.push({ kind: 'number', value: Number(raw), raw, span: { start, end: j } });
  if (raw.startsWith('-')) {
    // Only Microsoft's doc tables show a negative literal (DateAdd "-10"); whether the parser
    // accepts it is unconfirmed, so accept it and say so.
    report({
      code: 'unconfirmed.negative-number',
      severity: 'warning',
      message: `Negative numbers like ${raw} are not confirmed to work in Entra expressions. If saving fails, write it as a quoted string: "${raw}".`,
      start,
      end: j,
      suggestion: { text: `"${raw}"`, title: 'Write it as a quoted string' },
      params: { raw },
    });
  }
  return j;
}

/** A character the language has no use for (or a run of it), reported once. */
function scanUnknown(source: string, start: number, tokens: Token[], report: Report): number {
  const first = source.codePointAt(start)!;
  const ch = String.fromCodePoint(first);
  let end = start + ch.length;
  if (ch === '%') {
    const m = /^%[A-Za-z_][\w.]*%/.exec(source.slice(start, start + 200));
    if (m !== null) {
      end = start + m[0].length;
      tokens.push({ kind: 'unknown', text: m[0], span: { start, end } });
      report({
        code: 'trap.connect-sync-parameter',
        severity: 'error',
        message: `${m[0]} is Entra Connect Sync syntax; provisioning expressions have no %parameters%. Use an attribute such as [userPrincipalName] or a function such as DefaultDomain().`,
        start,
        end,
        params: { param: m[0] },
      });
      return end;
    }
  }
  // A run of the same character (`@@@`, `;;`) is one mistake, reported once.
  while (source.startsWith(ch, end)) end += ch.length;
  tokens.push({ kind: 'unknown', text: source.slice(start, end), span: { start, end } });
  report({ ...unknownCharMessage(ch), start, end });
  return end;
}

function unknownCharMessage(ch: string): Omit<Diagnostic, 'start' | 'end'> {
  const code = 'syntax.unexpected-char';
  switch (ch) {
    case ';':
      return {
        code,
        severity: 'error',
        message: 'Entra separates arguments with a comma ",", not ";".',
        suggestion: { text: ',', title: 'Use ","' },
        params: { v: 'semicolon' },
      };
    case ']':
      return {
        code,
        severity: 'error',
        message:
          'This "]" has no matching "[" before it. Attribute references look like [displayName].',
        suggestion: { text: '', title: 'Remove the "]"' },
        params: { v: 'bracket' },
      };
    case '-':
    case '*':
    case '/':
      return {
        code: 'trap.arithmetic',
        severity: 'error',
        message: `Entra expressions have no arithmetic, so "${ch}" is not allowed outside quotes. Put text in double quotes, e.g. "${ch}".`,
        params: { char: ch },
      };
    case '“':
    case '”':
    case '‘':
    case '’':
      return {
        code: 'trap.typographic-quotes',
        severity: 'error',
        message: `This expression uses a typographic quote (${ch}). Entra only accepts straight double quotes "; replace it.`,
        suggestion: { text: '"', title: 'Use a straight double quote' },
        params: { v: 'one', quote: ch },
      };
    default: {
      const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      const shown = /[\p{Cc}\p{Cf}]/u.test(ch) ? `U+${hex}` : `"${ch}" (U+${hex})`;
      return {
        code,
        severity: 'error',
        message: `The character ${shown} cannot appear outside quotes. Put text in double quotes, attribute names in [ ].`,
        params: { v: 'other', char: shown },
      };
    }
  }
}
