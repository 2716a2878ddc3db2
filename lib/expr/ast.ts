/**
 * Syntax tree of an Entra attribute-mapping expression (docs/research/entra-expressions.md#grammar). Every node
 * carries the UTF-16 offsets of its source text, so diagnostics and fixes can point at it.
 */

export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

export type CompareOp = '=' | '<>' | '<' | '<=' | '>' | '>=';

export interface CallNode {
  kind: 'call';
  /** The function name as written (case preserved; the checker flags non-canonical case). */
  name: string;
  /** Span of the name alone. */
  nameSpan: Span;
  /** Positional slots; an omitted optional argument is an `EmptySlot`, never dropped. */
  args: ArgNode[];
  span: Span;
}

export interface EmptySlot {
  kind: 'empty';
  span: Span;
}

export interface AttrNode {
  kind: 'attr';
  /** The attribute name between the brackets, taken literally (case-sensitive). */
  name: string;
  span: Span;
}

export interface StringNode {
  kind: 'string';
  /** The value after escapes are resolved. */
  value: string;
  /** The source text including quotes. */
  raw: string;
  span: Span;
}

export interface NumberNode {
  kind: 'number';
  value: number;
  /** The source text: `12`, `-10`, `42568.75`, `&HF7`. */
  raw: string;
  span: Span;
}

export interface KeywordNode {
  kind: 'keyword';
  /** A bare identifier not followed by "(": vbTextCompare, IgnoreAttributeFlow, UTF8 ... */
  name: string;
  span: Span;
}

export interface CompareNode {
  kind: 'compare';
  op: CompareOp;
  left: ExprNode;
  right: ExprNode;
  span: Span;
}

/** Stands where the parser could not read an operand; the rest of the tree stays usable. */
export interface ErrorNode {
  kind: 'error';
  span: Span;
  /**
   * What could still be read inside the unreadable part (the values around `&` or `AND`, the
   * operand of `NOT`, text left after an early ")"), in source order, so the checker reports their
   * own problems too. The node as a whole still has no value: evaluation fails and analysis
   * treats it as unknown, whatever its children are.
   */
  children?: ExprNode[];
}

export type ExprNode =
  CallNode | AttrNode | StringNode | NumberNode | KeywordNode | CompareNode | ErrorNode;
export type ArgNode = ExprNode | EmptySlot;
