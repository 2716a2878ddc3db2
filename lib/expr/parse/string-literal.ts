/**
 * Decoding of quoted string literals (docs/research/entra-expressions.md#lexical-rules): a backslash escapes the next
 * `"` or `\`. Any other backslash sequence is undefined in Entra; we keep it literally (both
 * characters), which matches the one Microsoft sample that relies on it, and let the checker
 * flag it.
 */

export interface DecodedString {
  value: string;
  /**
   * Source offset (relative to the opening quote) where each character of `value` is written;
   * for an escape that is its backslash, so a range of value characters maps to whole escapes.
   */
  offsets: number[];
  /** Relative offsets of backslashes that start an undefined escape (`\d`, `\+`, `\n`...). */
  undefinedEscapes: number[];
  /** Whether the closing quote was found. */
  terminated: boolean;
  /** Length of the literal in the source, quotes included. */
  length: number;
}

/** Reads the literal starting at `source[start]`, which must be a straight double quote. */
export function readStringLiteral(source: string, start: number): DecodedString {
  let value = '';
  const offsets: number[] = [];
  const undefinedEscapes: number[] = [];
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '"') {
      return { value, offsets, undefinedEscapes, terminated: true, length: i + 1 - start };
    }
    if (ch === '\\' && i + 1 < source.length) {
      const next = source[i + 1]!;
      if (next === '"' || next === '\\') {
        value += next;
        offsets.push(i - start);
        i += 2;
        continue;
      }
      undefinedEscapes.push(i - start);
    }
    value += ch;
    offsets.push(i - start);
    i += 1;
  }
  return { value, offsets, undefinedEscapes, terminated: false, length: i - start };
}

/** Writes `value` as an Entra string literal, escaping `"` and `\`. */
export function quoteString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
