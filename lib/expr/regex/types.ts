import type { CharSet } from './charset';

/** A finding about a .NET pattern; offsets are into the pattern string (after literal escapes). */
export interface RegexIssue {
  /**
   * `regex.syntax` (.NET rejects it), `regex.unsupported` (valid .NET this extension cannot
   * evaluate faithfully), `regex.catastrophic-backtracking` (exponential),
   * `regex.polynomial-backtracking`, `regex.unicode-shorthand`, `regex.unset-backreference`.
   */
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  start: number;
  end: number;
  /** The message's variable parts (see Diagnostic.params). */
  params?: Readonly<Record<string, string | number>>;
}

/** Syntax tree of a .NET pattern, enough to translate and to analyse backtracking. */
export type RegexNode =
  | { type: 'set'; set: CharSet; start: number; end: number }
  | { type: 'assert'; js: string; kind: AssertKind; start: number; end: number }
  | { type: 'group'; capture: GroupInfo | null; alt: RegexNode[][]; start: number; end: number }
  | {
      type: 'look';
      behind: boolean;
      negate: boolean;
      alt: RegexNode[][];
      start: number;
      end: number;
    }
  /** Atomic group, emitted exactly as `(?=(body))\N` (a lookahead never backtracks). */
  | { type: 'atomic'; jsIndex: number; alt: RegexNode[][]; start: number; end: number }
  | {
      type: 'quant';
      min: number;
      max: number;
      lazy: boolean;
      body: RegexNode;
      start: number;
      end: number;
    }
  | { type: 'backref'; ref: string; start: number; end: number };

/**
 * What a zero-width assertion tests, for the backtracking analysis: `start`/`end` hold only at
 * the ends of the input (`^`, `\A`, `$`, `\z`, `\Z`; `^`/`$` without the `m` option), `line`
 * also next to a "\n" (`^`/`$` with `m`), `boundary` is `\b`, `inside-word` is `\B`, `other`
 * is `\G`.
 */
export type AssertKind = 'start' | 'end' | 'line' | 'boundary' | 'inside-word' | 'other';

export interface GroupInfo {
  /** The name as written, or undefined for an unnamed group. */
  name: string | undefined;
  /** .NET group number, assigned after parsing. */
  number: number;
  /** Position of this capture among the JavaScript regex's capturing parentheses. */
  jsIndex: number;
  start: number;
  end: number;
}
