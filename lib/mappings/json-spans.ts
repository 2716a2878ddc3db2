/**
 * A JSON reader that remembers where every value sits in the text, so a corrected schema can
 * change one mapping and leave every other byte as the admin's file had it (JSON.stringify would
 * reorder nothing but would reformat everything). Strict RFC 8259; a byte order mark is allowed.
 */

export type JsonNode =
  | { type: 'object'; start: number; end: number; members: JsonMember[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'literal'; start: number; end: number; value: boolean | null };

export interface JsonMember {
  key: string;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
  }
}

export function parseJsonSpans(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, i);
  };
  const str = (): { start: number; end: number; value: string } => {
    const start = i;
    const end = scanString(text, i);
    if (end < 0) fail('unterminated or invalid string');
    i = end;
    return { start, end, value: JSON.parse(text.slice(start, end)) as string };
  };
  const value = (depth: number): JsonNode => {
    if (depth > 200) fail('nesting too deep');
    ws();
    const start = i;
    const ch = text[i];
    if (ch === '{') {
      i++;
      const members: JsonMember[] = [];
      ws();
      if (text[i] === '}') return { type: 'object', start, end: ++i, members };
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const k = str();
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        members.push({ key: k.value, value: value(depth + 1) });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return { type: 'object', start, end: ++i, members };
        fail('expected "," or "}"');
      }
    }
    if (ch === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') return { type: 'array', start, end: ++i, items };
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return { type: 'array', start, end: ++i, items };
        fail('expected "," or "]"');
      }
    }
    if (ch === '"') return { type: 'string', ...str() };
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m) {
      i += m[0].length;
      return { type: 'number', start, end: i, value: Number(m[0]) };
    }
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { type: 'literal', start, end: i, value: v };
      }
    }
    return fail('unexpected character');
  };
  const root = value(0);
  ws();
  if (i !== text.length) fail('text after the JSON value');
  return root;
}

/** End offset (past the closing quote) of the string starting at `at`, or -1. */
function scanString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -1;
    if (c === 0x5c) {
      const n = text[i + 1];
      if (n === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -1;
        i += 6;
      } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
      else return -1;
    } else i++;
  }
  return -1;
}

export const member = (node: JsonNode | undefined, key: string): JsonNode | undefined =>
  node?.type === 'object' ? node.members.find((m) => m.key === key)?.value : undefined;

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits; everything outside them stays byte for byte. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

/**
 * The edits that remove `remove` (indexes) from an array with the commas that separated them;
 * what stays keeps its own spacing.
 */
export function removeItems(items: readonly JsonNode[], remove: ReadonlySet<number>): TextEdit[] {
  const kept = items.map((_, i) => i).filter((i) => !remove.has(i));
  if (items.length === 0 || remove.size === 0) return [];
  if (kept.length === 0) return [{ start: items[0]!.start, end: items.at(-1)!.end, text: '' }];
  const lastKept = kept.at(-1)!;
  const edits: TextEdit[] = [];
  for (const i of [...remove].sort((a, b) => a - b)) {
    // Before the last kept item: up to the next item's start, taking this item's comma.
    if (i < lastKept) edits.push({ start: items[i]!.start, end: items[i + 1]!.start, text: '' });
  }
  // After it: from the end of the last kept item, taking the comma before them, in one edit.
  if (lastKept < items.length - 1) {
    edits.push({ start: items[lastKept]!.end, end: items.at(-1)!.end, text: '' });
  }
  return edits;
}

/** The indentation of the line `offset` is on, to indent a replaced value like its neighbours. */
export function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}
