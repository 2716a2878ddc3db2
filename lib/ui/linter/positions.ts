import type { Severity } from '../../expr';

/** 1-based line and column of a UTF-16 offset; columns count characters as an admin sees them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  // Code points, not UTF-16 units: an emoji before the problem counts as one column.
  const column = [...before.slice(lastBreak + 1)].length + 1;
  return { line, column };
}

export interface Highlight {
  start: number;
  end: number;
  severity: Severity;
  /** The diagnostic the admin is pointing at: drawn more strongly. */
  active?: boolean;
}

export interface Segment {
  text: string;
  /** The strongest severity covering this piece, or null for plain text. */
  severity: Severity | null;
  active: boolean;
  /** A zero-width problem (e.g. a missing ")") sits right before this segment. */
  caretBefore: Severity | null;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

function stronger(a: Severity | null, b: Severity): Severity {
  return a === null || RANK[b] > RANK[a] ? b : a;
}

/**
 * Splits `text` at every highlight boundary, so the mirror behind the textarea can mark each
 * piece with the strongest severity over it. Overlapping spans are fine; zero-width spans
 * become a caret mark before the next piece (or a trailing empty piece at the very end).
 */
export function segments(text: string, highlights: readonly Highlight[]): Segment[] {
  const clamp = (n: number): number => Math.max(0, Math.min(n, text.length));
  const spans = highlights.map((h) => ({
    ...h,
    start: clamp(h.start),
    end: clamp(Math.max(h.start, h.end)),
  }));
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const from = points[i]!;
    const to = points[i + 1] ?? from;
    let severity: Severity | null = null;
    let caretBefore: Severity | null = null;
    let active = false;
    for (const s of spans) {
      if (s.start === s.end && s.start === from) {
        caretBefore = stronger(caretBefore, s.severity);
        active ||= Boolean(s.active);
      } else if (s.start <= from && s.end >= to && to > from) {
        severity = stronger(severity, s.severity);
        active ||= Boolean(s.active);
      }
    }
    if (to > from || caretBefore !== null) {
      out.push({ text: text.slice(from, to), severity, active, caretBefore });
    }
  }
  return out;
}
