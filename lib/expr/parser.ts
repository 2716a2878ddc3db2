/**
 * Recursive-descent parser for Entra attribute-mapping expressions (docs/research/entra-expressions.md#grammar).
 * It never throws: problems become diagnostics, a missing operand becomes an ErrorNode, and the
 * parser resynchronises at "," and ")" so one pass reports several problems and still returns a
 * tree the checker and evaluator can use.
 */
import type { ArgNode, CallNode, EmptySlot, ErrorNode, ExprNode, Span } from './ast';
import type { Diagnostic, DiagnosticParams } from './diagnostics';
import { scan, type Token } from './scanner';
import {
  concatenationDiagnostics,
  describeToken,
  logicalOperatorDiagnostic,
  tokenParam,
} from './parse/messages';

/** Entra's documented limit for one mapping expression. */
export const MAX_EXPRESSION_LENGTH = 10_000;

/** Beyond this nesting the parser stops descending, which keeps every tree walk stack-safe. */
export const MAX_NESTING = 200;

export interface ParseResult {
  /** Always a tree; parts that could not be read are ErrorNodes. */
  ast: ExprNode;
  /** Lexical and syntax problems, in source order. */
  diagnostics: Diagnostic[];
}

export function parse(source: string): ParseResult {
  const scanned = scan(source);
  const parser = new Parser(source, scanned.tokens, scanned.diagnostics);
  const ast = parser.parseMapping();
  const diagnostics = parser.diagnostics;
  if (source.length > MAX_EXPRESSION_LENGTH) {
    diagnostics.push({
      code: 'syntax.too-long',
      severity: 'error',
      message: `This expression has ${source.length.toLocaleString('en-US')} characters; Entra accepts at most ${MAX_EXPRESSION_LENGTH.toLocaleString('en-US')}.`,
      start: MAX_EXPRESSION_LENGTH,
      end: source.length,
      params: { length: source.length, max: MAX_EXPRESSION_LENGTH },
    });
  }
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ast, diagnostics };
}

/** Words other languages use as logical operators (docs/research/entra-expressions.md#lexical-rules, "Not in the language"). */
const LOGICAL_WORDS = new Set(['and', 'or', 'andalso', 'orelse', 'xor']);

class Parser {
  private pos = 0;
  /** Calls still waiting for their ")" when the input ended, innermost last. */
  private readonly unclosed: CallNode[] = [];

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
    readonly diagnostics: Diagnostic[],
  ) {}

  parseMapping(): ExprNode {
    if (this.peek().kind === 'eof') {
      this.report(
        'syntax.empty',
        'The expression is empty. Write a function call, an attribute such as [displayName], or a quoted text.',
        { start: 0, end: this.source.length },
      );
      return { kind: 'error', span: { start: 0, end: this.source.length } };
    }
    const ast = this.recoverTrailing(this.parseValue(0));
    this.reportUnclosedCalls();
    return ast;
  }

  // ---- values and operands -------------------------------------------------------------------

  /** value = operand [compare-op operand], plus recovery for operators Entra does not have. */
  private parseValue(depth: number): ExprNode {
    let node = this.parseOperand(depth);
    if (this.peek().kind === 'compare') {
      const op = this.next();
      if (op.kind !== 'compare') return node;
      const right = this.parseOperand(depth);
      node = { kind: 'compare', op: op.op, left: node, right, span: spanOf(node, right) };
      if (this.peek().kind === 'compare') node = this.recoverChainedComparison(node, depth);
    }
    if (this.atJoinOperator()) node = this.recoverJoinedValues(node, depth);
    return node;
  }

  private parseOperand(depth: number): ExprNode {
    const stray = this.skipStray();
    const tok = this.peek();
    switch (tok.kind) {
      case 'attr':
        this.next();
        return { kind: 'attr', name: tok.name, span: tok.span };
      case 'string':
        this.next();
        return { kind: 'string', value: tok.value, raw: tok.raw, span: tok.span };
      case 'number':
        this.next();
        return { kind: 'number', value: tok.value, raw: tok.raw, span: tok.span };
      case 'ident':
        if (this.peek(1).kind === 'lparen') return this.parseCall(depth);
        return this.parseKeyword(depth);
      case 'lparen':
        return this.parseGrouping(depth);
      default:
        // Only stray characters stood here: they are the missing operand, already reported.
        if (stray !== undefined) return { kind: 'error', span: stray };
        return this.missingOperand(tok);
    }
  }

  private parseKeyword(depth: number): ExprNode {
    const tok = this.next();
    if (tok.kind !== 'ident') return { kind: 'error', span: tok.span };
    // "NOT [x]" (VB/SQL habit): Entra only has the function Not(...).
    if (tok.text.toLowerCase() === 'not' && startsOperand(this.peek()) && depth < MAX_NESTING) {
      const operand = this.parseOperand(depth + 1);
      const operandText = this.source.slice(operand.span.start, operand.span.end);
      this.diagnostics.push({
        code: 'trap.not-operator',
        severity: 'error',
        message: `Entra has no ${tok.text} operator. Use the function Not(...) instead.`,
        start: tok.span.start,
        end: operand.span.end,
        suggestion: { text: `Not(${operandText})`, title: 'Use Not(...)' },
        params: { v: 'word', op: tok.text },
      });
      return {
        kind: 'error',
        span: { start: tok.span.start, end: operand.span.end },
        children: [operand],
      };
    }
    return { kind: 'keyword', name: tok.text, span: tok.span };
  }

  private parseCall(depth: number): ExprNode {
    const name = this.next();
    const open = this.next();
    if (depth >= MAX_NESTING) return this.skipTooDeep(name.span.start, open);
    const call: CallNode = {
      kind: 'call',
      name: name.kind === 'ident' ? name.text : '',
      nameSpan: name.span,
      args: [],
      span: { start: name.span.start, end: open.span.end },
    };
    if (this.peek().kind === 'rparen') {
      call.span.end = this.next().span.end;
      return call;
    }
    let slotStart = open.span.end;
    for (;;) {
      const tok = this.peek();
      if (tok.kind === 'comma' || tok.kind === 'rparen') {
        call.args.push(emptySlot(slotStart, tok.span.start));
        this.next();
        if (tok.kind === 'rparen') {
          call.span.end = tok.span.end;
          return call;
        }
        slotStart = tok.span.end;
        continue;
      }
      if (tok.kind === 'eof') {
        if (slotStart > open.span.end) call.args.push(emptySlot(slotStart, tok.span.start));
        return this.leaveUnclosed(call);
      }
      const arg = this.parseValue(depth + 1);
      call.args.push(arg);
      call.span.end = arg.span.end;
      const after = this.peek();
      if (after.kind === 'comma') {
        slotStart = this.next().span.end;
        if (this.peek().kind === 'eof') {
          call.args.push(emptySlot(slotStart, this.peek().span.start));
          return this.leaveUnclosed(call);
        }
        continue;
      }
      if (after.kind === 'rparen') {
        call.span.end = this.next().span.end;
        return call;
      }
      if (after.kind === 'eof') return this.leaveUnclosed(call);
      this.reportMissingComma(call, arg, after);
      slotStart = arg.span.end;
    }
  }

  /** "(" where an operand should be: Entra has no parenthesised grouping. */
  private parseGrouping(depth: number): ExprNode {
    const open = this.next();
    if (depth >= MAX_NESTING) return this.skipTooDeep(open.span.start, open);
    const inner = this.parseValue(depth + 1);
    const close = this.peek();
    const end = close.kind === 'rparen' ? this.next().span.end : inner.span.end;
    const innerText = this.source.slice(inner.span.start, inner.span.end);
    this.diagnostics.push({
      code: 'syntax.grouping',
      severity: 'error',
      message:
        'Entra has no parentheses for grouping; "(" may only follow a function name. Remove these parentheses.',
      start: open.span.start,
      end,
      ...(close.kind === 'rparen' && {
        suggestion: { text: innerText, title: 'Remove the parentheses' },
      }),
    });
    return inner;
  }

  // ---- recovery ----------------------------------------------------------------------------

  /** Skips stray characters (the scanner reported each run) and returns their extent. */
  private skipStray(): Span | undefined {
    if (this.peek().kind !== 'unknown') return undefined;
    const start = this.peek().span.start;
    let end = start;
    while (this.peek().kind === 'unknown') end = this.next().span.end;
    return { start, end };
  }

  private missingOperand(tok: Token): ErrorNode {
    const at = tok.span.start;
    const what =
      tok.kind === 'compare'
        ? `A comparison needs a value on both sides of "${tok.op}".`
        : tok.kind === 'eof'
          ? 'The expression ends where a value is expected.'
          : `A value is expected before ${describeToken(tok)}.`;
    this.report(
      'syntax.missing-value',
      what,
      { start: at, end: tok.kind === 'eof' ? at : tok.span.end },
      tok.kind === 'compare'
        ? { v: 'comparison', op: tok.op }
        : tok.kind === 'eof'
          ? { v: 'end' }
          : { v: 'before', token: tokenParam(tok) },
    );
    return { kind: 'error', span: { start: at, end: at } };
  }

  private recoverChainedComparison(first: ExprNode, depth: number): ExprNode {
    let end = first.span.end;
    const opStart = this.peek().span.start;
    const children = [first];
    while (this.peek().kind === 'compare') {
      this.next();
      const operand = this.parseOperand(depth);
      children.push(operand);
      end = operand.span.end;
    }
    this.report(
      'syntax.chained-comparison',
      'Only one comparison is allowed per value, and Entra has no AND/OR. Nest IIF calls to test several conditions.',
      { start: opStart, end },
    );
    return { kind: 'error', span: { start: first.span.start, end }, children };
  }

  /**
   * `a & b`, `a + b`, `a AND b`, `a || b`...: every logical operator is reported at itself, every
   * run of concatenations between them once with a Join rewrite. The values stay children of the
   * returned ErrorNode, so their own problems are reported too.
   */
  private recoverJoinedValues(first: ExprNode, depth: number): ErrorNode {
    const operands: ExprNode[] = [first];
    const ops: Token[] = [];
    while (this.atJoinOperator()) {
      ops.push(this.next());
      operands.push(this.parseJoinedOperand(depth));
    }
    let runStart = 0;
    ops.forEach((op, i) => {
      if (!isLogicalOperator(op)) return;
      this.diagnostics.push(logicalOperatorDiagnostic(op, this.source));
      this.reportConcatenation(ops.slice(runStart, i), operands.slice(runStart, i + 1));
      runStart = i + 1;
    });
    this.reportConcatenation(ops.slice(runStart), operands.slice(runStart));
    const span = { start: first.span.start, end: operands[operands.length - 1]!.span.end };
    return { kind: 'error', span, children: operands };
  }

  /** One value after `&`, `AND`...: `[a] & [b] = "x"` keeps `[b] = "x"` together. */
  private parseJoinedOperand(depth: number): ExprNode {
    const operand = this.parseOperand(depth);
    if (this.peek().kind !== 'compare') return operand;
    const op = this.next();
    const right = this.parseOperand(depth);
    return {
      kind: 'compare',
      op: op.kind === 'compare' ? op.op : '=',
      left: operand,
      right,
      span: spanOf(operand, right),
    };
  }

  private reportConcatenation(ops: Token[], operands: ExprNode[]): void {
    this.diagnostics.push(...concatenationDiagnostics(ops, operands, this.source));
  }

  private atJoinOperator(): boolean {
    const tok = this.peek();
    if (tok.kind === 'join-op') return true;
    return (
      tok.kind === 'ident' &&
      LOGICAL_WORDS.has(tok.text.toLowerCase()) &&
      this.peek(1).kind !== 'lparen' &&
      this.peek(1).kind !== 'comma' &&
      this.peek(1).kind !== 'rparen'
    );
  }

  private reportMissingComma(call: CallNode, arg: ExprNode, after: Token): void {
    if (after.kind === 'unknown') {
      this.next(); // reported by the scanner already
      return;
    }
    this.diagnostics.push({
      code: 'syntax.missing-comma',
      severity: 'error',
      message: `A "," is missing between two arguments of ${call.name || 'this call'} (before ${describeToken(after)}).`,
      start: arg.span.end,
      end: after.span.start,
      suggestion: { text: ', ', title: 'Insert ","' },
      params: { name: call.name, token: tokenParam(after) },
    });
  }

  private leaveUnclosed(call: CallNode): CallNode {
    const last = call.args[call.args.length - 1];
    if (last !== undefined) call.span.end = Math.max(call.span.end, last.span.end);
    this.unclosed.push(call);
    return call;
  }

  /** One diagnostic for every ")" missing at the end, innermost call first in the message. */
  private reportUnclosedCalls(): void {
    if (this.unclosed.length === 0) return;
    const n = this.unclosed.length;
    const names = this.unclosed.map((c) => `"${c.name}("`).join(' and ');
    const end = this.source.length;
    this.diagnostics.push({
      code: 'syntax.missing-paren',
      severity: 'error',
      message:
        n === 1
          ? `${names} is never closed: a ")" is missing at the end.`
          : `${n} closing ")" are missing at the end (for ${names}).`,
      start: end,
      end,
      suggestion: { text: ')'.repeat(n), title: n === 1 ? 'Add ")"' : `Add ${n} ")"` },
      params: { n, names: this.unclosed.map((c) => `${c.name}(`).join(', ') },
    });
  }

  /**
   * Tokens left after the whole expression was read: reported, then read as leftover values so
   * their own problems are reported too. With leftovers the result is an ErrorNode holding the
   * expression and them; otherwise the expression itself.
   */
  private recoverTrailing(ast: ExprNode): ExprNode {
    const rest = this.tokens.slice(this.pos, -1);
    const first = rest[0];
    if (first === undefined) return ast;
    const last = rest[rest.length - 1]!;
    if (rest.every((t) => t.kind === 'rparen')) {
      this.diagnostics.push({
        code: 'syntax.extra-paren',
        severity: 'error',
        message:
          rest.length === 1
            ? 'There is one ")" too many at the end.'
            : `There are ${rest.length} ")" too many at the end.`,
        start: first.span.start,
        end: last.span.end,
        suggestion: {
          text: '',
          title: rest.length === 1 ? 'Remove the extra ")"' : 'Remove the extra ")"s',
        },
        params: { v: 'end', n: rest.length },
      });
      return ast;
    }
    if (first.kind === 'rparen') {
      this.diagnostics.push({
        code: 'syntax.extra-paren',
        severity: 'error',
        message: `This ")" closes ${ast.kind === 'call' ? `${ast.name}(` : 'the expression'} too early, so the text after it is left over. Remove it or move it to the end.`,
        start: first.span.start,
        end: first.span.end,
        suggestion: { text: '', title: 'Remove this ")"' },
        params: { v: 'early', name: ast.kind === 'call' ? `${ast.name}(` : '' },
      });
    } else if (rest.every((t) => t.kind === 'unknown')) {
      return ast; // each already reported by the scanner
    } else {
      this.report(
        'syntax.trailing-text',
        first.kind === 'comma'
          ? 'An expression is a single value, but a "," follows it here. To combine several values, wrap them in Join("", ...).'
          : `The expression should end here, but ${describeToken(first)} follows. An expression is a single value; combine values with a function such as Join.`,
        { start: first.span.start, end: last.span.end },
        first.kind === 'comma' ? { v: 'comma' } : { v: 'token', token: tokenParam(first) },
      );
    }
    const leftover = this.parseLeftover();
    if (leftover.length === 0) return ast;
    // An unclosed call's last empty slot reaches past the last token, to the end of the text.
    const end = Math.max(last.span.end, leftover[leftover.length - 1]!.span.end);
    return { kind: 'error', span: { start: ast.span.start, end }, children: [ast, ...leftover] };
  }

  /** The values in leftover text. Its "," and ")" are part of what was just reported. */
  private parseLeftover(): ExprNode[] {
    const values: ExprNode[] = [];
    while (this.peek().kind !== 'eof') {
      const kind = this.peek().kind;
      if (kind === 'comma' || kind === 'rparen') {
        this.next();
        continue;
      }
      const before = this.pos;
      values.push(this.parseValue(0));
      if (this.pos === before) this.next(); // cannot happen today; never loop forever
    }
    return values;
  }

  /** Past MAX_NESTING: skip to the matching ")" without building a tree. */
  private skipTooDeep(start: number, open: Token): ErrorNode {
    let balance = 1;
    let end = open.span.end;
    while (balance > 0 && this.peek().kind !== 'eof') {
      const t = this.next();
      if (t.kind === 'lparen') balance += 1;
      if (t.kind === 'rparen') balance -= 1;
      end = t.span.end;
    }
    this.report(
      'syntax.too-deep',
      `This expression nests more than ${MAX_NESTING} levels deep; the part from here on is not checked.`,
      { start, end },
      { max: MAX_NESTING },
    );
    return { kind: 'error', span: { start, end } };
  }

  // ---- token helpers -----------------------------------------------------------------------

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.pos + ahead, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const tok = this.peek();
    if (tok.kind !== 'eof') this.pos += 1;
    return tok;
  }

  private report(code: string, message: string, span: Span, params?: DiagnosticParams): void {
    this.diagnostics.push({
      code,
      severity: 'error',
      message,
      start: span.start,
      end: span.end,
      ...(params && { params }),
    });
  }
}

function isLogicalOperator(tok: Token): boolean {
  return tok.kind === 'ident' || (tok.kind === 'join-op' && (tok.op === '&&' || tok.op === '||'));
}

function startsOperand(tok: Token): boolean {
  return (
    tok.kind === 'attr' ||
    tok.kind === 'string' ||
    tok.kind === 'number' ||
    tok.kind === 'ident' ||
    tok.kind === 'lparen'
  );
}

function emptySlot(start: number, end: number): EmptySlot {
  return { kind: 'empty', span: { start, end } };
}

function spanOf(first: ArgNode, last: ArgNode): Span {
  return { start: first.span.start, end: last.span.end };
}
