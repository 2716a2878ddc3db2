/**
 * Parser for .NET regular expressions (System.Text.RegularExpressions, default options) as used
 * in Replace's regexPattern. It applies inline options while parsing (case-insensitivity becomes
 * case-closed sets, `m`/`s`/`n`/`x` change how anchors, dots, groups and white space read), so the
 * tree it builds needs no flags. Problems are collected as issues, never thrown.
 */
import {
  ALL_UNITS,
  type CharSet,
  boundaryWordSet,
  caseClose,
  digitSet,
  negate,
  propertySet,
  setSource,
  spaceSet,
  subtract,
  union,
  unit,
  wordSet,
} from './charset';
import type { AssertKind, GroupInfo, RegexIssue, RegexNode } from './types';

interface Options {
  i: boolean;
  m: boolean;
  s: boolean;
  n: boolean;
  x: boolean;
}

export interface ParsedRegex {
  alt: RegexNode[][];
  groups: GroupInfo[];
  /** Capturing parentheses the JavaScript translation will have (groups + atomic helpers). */
  jsCaptureCount: number;
  issues: RegexIssue[];
  /** A back-reference is case-insensitive: JS needs the `i` flag for it. */
  backrefIgnoringCase: boolean;
  /** Some part of the pattern is case-sensitive (then the `i` flag cannot be used). */
  someCaseSensitive: boolean;
  usesUnicodeShorthand: { start: number; end: number } | undefined;
}

const NEWLINE = 0x0a;
const DOT: CharSet = negate(unit(NEWLINE));

const WORD_BOUNDARY = (): string => {
  const w = setSource(boundaryWordSet());
  return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
};
const NOT_WORD_BOUNDARY = (): string => {
  const w = setSource(boundaryWordSet());
  return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
};

/** One element of a character class: a character (can end a range) or a class like \\d. */
interface ClassAtom {
  set: CharSet;
  single: boolean;
  /** The character's code unit when `single`, else -1. */
  code: number;
}

export function parseRegex(pattern: string): ParsedRegex {
  const parsed = new RegexParser(pattern, undefined).run();
  // Like .NET, decide "\\12" (back-reference or octal) knowing every group number: if the
  // pattern has such a multi-digit escape, read it again with the numbers of the first pass.
  if (!/\\[1-9]\d/.test(pattern)) return parsed;
  return new RegexParser(pattern, new Set(parsed.groups.map((g) => g.number))).run();
}

class RegexParser {
  private pos = 0;
  private options: Options = { i: false, m: false, s: false, n: false, x: false };
  private readonly groups: GroupInfo[] = [];
  private readonly backrefs: { node: RegexNode & { type: 'backref' } }[] = [];
  private jsCount = 0;
  private readonly issues: RegexIssue[] = [];
  private backrefIgnoringCase = false;
  private someCaseSensitive = false;
  private unicodeShorthand: { start: number; end: number } | undefined;

  constructor(
    private readonly p: string,
    /** Group numbers known from a first pass; undefined on the first pass. */
    private readonly knownNumbers: ReadonlySet<number> | undefined,
  ) {}

  run(): ParsedRegex {
    const alt = this.alternation();
    while (this.pos < this.p.length) {
      // Only an unmatched ")" stops the top level early; keep reading for further problems.
      this.syntax('Too many ")": this parenthesis closes nothing.', this.pos, this.pos + 1);
      this.pos++;
      this.alternation();
    }
    this.numberGroups();
    this.resolveBackrefs();
    return {
      alt,
      groups: this.groups,
      jsCaptureCount: this.jsCount,
      issues: this.issues,
      backrefIgnoringCase: this.backrefIgnoringCase,
      someCaseSensitive: this.someCaseSensitive,
      usesUnicodeShorthand: this.unicodeShorthand,
    };
  }

  private issue(
    code: string,
    severity: RegexIssue['severity'],
    message: string,
    start: number,
    end: number,
  ): void {
    this.issues.push({ code, severity, message, start, end: Math.max(end, start) });
  }

  private unsupported(message: string, start: number, end: number): void {
    this.issue('regex.unsupported', 'warning', message, start, end);
  }

  private syntax(message: string, start: number, end: number): void {
    this.issue('regex.syntax', 'error', message, start, end);
  }

  // ---- structure ----

  private alternation(): RegexNode[][] {
    const branches: RegexNode[][] = [this.sequence()];
    while (this.p[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): RegexNode[] {
    const items: RegexNode[] = [];
    for (;;) {
      this.skipExtended();
      const c = this.p[this.pos];
      if (c === undefined || c === '|' || c === ')') return items;
      const start = this.pos;
      if (c === '*' || c === '+' || c === '?' || (c === '{' && this.quantifierAhead())) {
        const end = this.quantifierEnd();
        this.syntax(`Quantifier "${this.p.slice(start, end)}" follows nothing.`, start, end);
        this.pos = end;
        continue;
      }
      const atom = this.atom();
      if (atom === null) continue;
      items.push(this.quantified(atom));
    }
  }

  private skipExtended(): void {
    if (!this.options.x) return;
    for (;;) {
      const c = this.p[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v')
        this.pos++;
      else if (c === '#') {
        while (this.pos < this.p.length && this.p[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  private quantifierAhead(): boolean {
    return /^\{\d+(?:,\d*)?\}/.test(this.p.slice(this.pos, this.pos + 24));
  }

  private quantifierEnd(): number {
    const c = this.p[this.pos];
    let end = this.pos + 1;
    if (c === '{') end = this.p.indexOf('}', this.pos) + 1;
    if (this.p[end] === '?') end++;
    return end;
  }

  private quantified(atom: RegexNode): RegexNode {
    let node = atom;
    let quantified = false;
    for (;;) {
      this.skipExtended();
      const c = this.p[this.pos];
      const start = this.pos;
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{' && this.quantifierAhead()) {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.pos))!;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.pos += m[0].length - 1;
        if (max < min) this.syntax(`Illegal {x,y} with x > y.`, start, this.pos + 1);
      } else return node;
      this.pos++;
      let lazy = false;
      if (this.p[this.pos] === '?') {
        lazy = true;
        this.pos++;
      }
      if (quantified) {
        this.syntax(
          `Nested quantifier "${this.p.slice(start, this.pos)}": .NET does not allow a quantifier right after another (there are no possessive quantifiers).`,
          start,
          this.pos,
        );
        continue;
      }
      quantified = true;
      node = { type: 'quant', min, max, lazy, body: atom, start: atom.start, end: this.pos };
    }
  }

  private atom(): RegexNode | null {
    const start = this.pos;
    const c = this.p[this.pos]!;
    switch (c) {
      case '(': {
        // "(?i)" changes the options for the rest of the enclosing group, which restores them.
        const inline = /^\(\?([imnsx]*)(?:-([imnsx]*))?\)/.exec(this.p.slice(this.pos));
        if (inline !== null && (inline[1] !== '' || inline[2] !== undefined)) {
          this.pos += inline[0].length;
          this.applyOptions(inline[1]!, inline[2] ?? '');
          return null;
        }
        return this.group();
      }
      case '[':
        return this.charClass();
      case '.':
        this.pos++;
        return this.set(this.options.s ? ALL_UNITS : DOT, start, false);
      case '^':
        this.pos++;
        return this.options.m
          ? { type: 'assert', js: '(?<=^|\\n)', kind: 'line', start, end: this.pos }
          : { type: 'assert', js: '^', kind: 'start', start, end: this.pos };
      case '$':
        this.pos++;
        return {
          type: 'assert',
          js: this.options.m ? '(?=\\n|$)' : '(?=\\n?$)',
          kind: this.options.m ? 'line' : 'end',
          start,
          end: this.pos,
        };
      case '\\':
        return this.escape();
      default: {
        this.pos++;
        return this.set(unit(c.charCodeAt(0)), start, true);
      }
    }
  }

  private set(set: CharSet, start: number, foldable: boolean): RegexNode {
    if (foldable) {
      if (this.options.i) set = caseClose(set);
      else this.someCaseSensitive = true;
    }
    return { type: 'set', set, start, end: this.pos };
  }

  // ---- groups ----

  private group(): RegexNode | null {
    const start = this.pos;
    this.pos++; // (
    const saved = { ...this.options };
    let node: RegexNode | null;
    if (this.p[this.pos] !== '?') {
      if (this.options.n) node = this.groupBody(start, null);
      else node = this.groupBody(start, this.openCapture(undefined, start));
    } else {
      node = this.construct(start);
    }
    this.options = saved;
    return node;
  }

  private openCapture(name: string | undefined, start: number): GroupInfo {
    const info: GroupInfo = { name, number: 0, jsIndex: ++this.jsCount, start, end: start };
    this.groups.push(info);
    return info;
  }

  /** Reads the alternation up to ")" and builds a group around it. */
  private groupBody(start: number, capture: GroupInfo | null): RegexNode {
    const alt = this.alternation();
    this.close(start);
    if (capture !== null) capture.end = this.pos;
    return { type: 'group', capture, alt, start, end: this.pos };
  }

  private close(start: number): void {
    if (this.p[this.pos] === ')') this.pos++;
    else this.syntax('This "(" is never closed.', start, start + 1);
  }

  private construct(start: number): RegexNode | null {
    const rest = this.p.slice(this.pos);
    if (rest.startsWith('?:')) {
      this.pos += 2;
      return this.groupBody(start, null);
    }
    if (rest.startsWith('?=') || rest.startsWith('?!')) {
      this.pos += 2;
      return this.look(start, false, rest[1] === '!');
    }
    if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
      this.pos += 3;
      return this.look(start, true, rest[2] === '!');
    }
    if (rest.startsWith('?>')) {
      this.pos += 2;
      const jsIndex = ++this.jsCount;
      const alt = this.alternation();
      this.close(start);
      return { type: 'atomic', jsIndex, alt, start, end: this.pos };
    }
    if (rest.startsWith('?#')) {
      const end = this.p.indexOf(')', this.pos);
      if (end === -1) {
        this.syntax('This comment "(?#" is never closed.', start, start + 3);
        this.pos = this.p.length;
      } else this.pos = end + 1;
      return null;
    }
    if (rest.startsWith('?(')) {
      this.pos++;
      this.unsupported(
        'Conditional groups "(?(…)yes|no)" are .NET-only; this extension cannot evaluate them.',
        start,
        start + 3,
      );
      // Read the condition (a group) and the branches so parsing can continue.
      this.group();
      return this.groupBody(start, null);
    }
    const named = /^\?(?:<(?![=!])([^>]*)>|'([^']*)')/.exec(rest);
    if (named !== null) {
      const name = named[1] ?? named[2]!;
      this.pos += named[0].length;
      const nameStart = start + 3;
      if (name.includes('-')) {
        this.unsupported(
          `Balancing group "${name}" is .NET-only; this extension cannot evaluate it.`,
          start,
          this.pos,
        );
        return this.groupBody(start, null);
      }
      if (!/^(?:\d+|[\p{L}\p{Mn}\p{Nd}\p{Pc}]+)$/u.test(name) || /^0\d/.test(name)) {
        this.syntax(
          `Invalid group name "${name}": use letters, digits and "_".`,
          nameStart,
          nameStart + name.length,
        );
        return this.groupBody(start, null);
      }
      return this.groupBody(start, this.openCapture(name, start));
    }
    const opts = /^\?([imnsx]*)(?:-([imnsx]*))?:/.exec(rest);
    if (opts !== null && (opts[1] !== '' || opts[2] !== undefined)) {
      this.pos += opts[0].length;
      this.applyOptions(opts[1]!, opts[2] ?? '');
      return this.groupBody(start, null);
    }
    const end = Math.min(this.p.length, this.pos + 2);
    this.syntax(`Unrecognized grouping construct "(${this.p.slice(this.pos, end)}".`, start, end);
    this.pos++;
    return this.groupBody(start, null);
  }

  private applyOptions(on: string, off: string): void {
    for (const f of on) this.options[f as keyof Options] = true;
    for (const f of off) this.options[f as keyof Options] = false;
  }

  private look(start: number, behind: boolean, negateIt: boolean): RegexNode {
    const alt = this.alternation();
    this.close(start);
    return { type: 'look', behind, negate: negateIt, alt, start, end: this.pos };
  }

  // ---- escapes ----

  private escape(): RegexNode | null {
    const start = this.pos;
    const c = this.p[this.pos + 1];
    if (c === undefined) {
      this.syntax('Illegal "\\" at the end of the pattern.', start, start + 1);
      this.pos++;
      return null;
    }
    this.pos += 2;
    const assert = (js: string, kind: AssertKind): RegexNode => ({
      type: 'assert',
      js,
      kind,
      start,
      end: this.pos,
    });
    switch (c) {
      case 'b':
        this.noteShorthand(start);
        return assert(WORD_BOUNDARY(), 'boundary');
      case 'B':
        this.noteShorthand(start);
        return assert(NOT_WORD_BOUNDARY(), 'inside-word');
      case 'A':
        return assert('^', 'start');
      case 'z':
        return assert('$', 'end');
      case 'Z':
        return assert('(?=\\n?$)', 'end');
      case 'G':
        this.unsupported(
          '"\\G" (where the previous match ended) has no JavaScript equivalent here; this extension cannot evaluate it.',
          start,
          this.pos,
        );
        return assert('', 'other');
      case 'k':
        return this.namedBackref(start);
      default:
        break;
    }
    if (c >= '1' && c <= '9') {
      const m = /^\d+/.exec(this.p.slice(start + 1))!;
      const number = Number(m[0]);
      if (number > 9 && this.knownNumbers !== undefined && !this.knownNumbers.has(number)) {
        // Not a group: .NET reads up to three octal digits as a character code.
        const octal = /^[0-7]{1,3}/.exec(m[0]);
        if (octal === null) {
          this.syntax(
            `Reference to undefined group number ${number}.`,
            start,
            start + 1 + m[0].length,
          );
          this.pos = start + 1 + m[0].length;
          return null;
        }
        this.pos = start + 1 + octal[0].length;
        const code = parseInt(octal[0], 8) & 0xff;
        return this.set(unit(code), start, true);
      }
      this.pos = start + 1 + m[0].length;
      const node: RegexNode & { type: 'backref' } = {
        type: 'backref',
        ref: m[0],
        start,
        end: this.pos,
      };
      this.backrefs.push({ node });
      if (this.options.i) this.backrefIgnoringCase = true;
      return node;
    }
    this.pos = start;
    const set = this.classEscape(false);
    if (set === undefined) return null;
    return { type: 'set', set: set.set, start, end: this.pos };
  }

  private namedBackref(start: number): RegexNode | null {
    const m = /^(?:<([^>]*)>|'([^']*)')/.exec(this.p.slice(this.pos));
    if (m === null) {
      this.syntax('Malformed "\\k<…>" named back-reference.', start, this.pos);
      return null;
    }
    this.pos += m[0].length;
    const node: RegexNode & { type: 'backref' } = {
      type: 'backref',
      ref: m[1] ?? m[2]!,
      start,
      end: this.pos,
    };
    this.backrefs.push({ node });
    if (this.options.i) this.backrefIgnoringCase = true;
    return node;
  }

  private noteShorthand(start: number): void {
    this.unicodeShorthand ??= { start, end: start + 2 };
  }

  /**
   * An escape that stands for characters (outside or inside a class). `pos` is at the "\".
   * Returns the set and whether it may form a range end (a single character).
   */
  private classEscape(inClass: boolean): ClassAtom | undefined {
    const start = this.pos;
    const c = this.p[this.pos + 1];
    if (c === undefined) {
      this.syntax('Illegal "\\" at the end of the pattern.', start, start + 1);
      this.pos++;
      return undefined;
    }
    this.pos += 2;
    const one = (code: number): ClassAtom => {
      let set = unit(code);
      if (this.options.i) set = caseClose(set);
      else this.someCaseSensitive = true;
      return { set, single: true, code };
    };
    const cls = (set: CharSet): ClassAtom => ({ set, single: false, code: -1 });
    switch (c) {
      case 'w':
        this.noteShorthand(start);
        return cls(wordSet());
      case 'W':
        this.noteShorthand(start);
        return cls(negate(wordSet()));
      case 'd':
        this.noteShorthand(start);
        return cls(digitSet());
      case 'D':
        this.noteShorthand(start);
        return cls(negate(digitSet()));
      case 's':
        return cls(spaceSet());
      case 'S':
        return cls(negate(spaceSet()));
      case 'p':
      case 'P': {
        const m = /^\{([^}]*)\}/.exec(this.p.slice(this.pos));
        if (m === null) {
          this.syntax(
            `"\\${c}" must be followed by a property name in braces, e.g. \\${c}{L}.`,
            start,
            this.pos,
          );
          return undefined;
        }
        this.pos += m[0].length;
        const found = propertySet(m[1]!);
        if (found.kind === 'invalid') {
          this.syntax(`Unknown Unicode property "${m[1]}".`, start, this.pos);
          return undefined;
        }
        if (found.kind === 'unknown-block') {
          this.unsupported(
            `This extension does not know the block "${m[1]}", so it cannot evaluate this pattern.`,
            start,
            this.pos,
          );
          return undefined;
        }
        let set = found.set;
        if (this.options.i) set = caseClose(set);
        return cls(c === 'P' ? negate(set) : set);
      }
      case 'b':
        // Inside a class, \b is a backspace.
        if (inClass) return one(0x08);
        break;
      case 'a':
        return one(0x07);
      case 'e':
        return one(0x1b);
      case 'f':
        return one(0x0c);
      case 'n':
        return one(0x0a);
      case 'r':
        return one(0x0d);
      case 't':
        return one(0x09);
      case 'v':
        return one(0x0b);
      case 'x':
      case 'u': {
        const len = c === 'x' ? 2 : 4;
        const hex = this.p.slice(this.pos, this.pos + len);
        if (!new RegExp(`^[0-9A-Fa-f]{${len}}$`).test(hex)) {
          this.syntax(`"\\${c}" needs exactly ${len} hexadecimal digits.`, start, this.pos);
          return undefined;
        }
        this.pos += len;
        return one(parseInt(hex, 16));
      }
      case 'c': {
        const letter = this.p[this.pos];
        if (letter === undefined || !/[A-Za-z@[\\\]^_]/.test(letter)) {
          this.syntax('"\\c" must be followed by a control letter (A-Z).', start, this.pos);
          return undefined;
        }
        this.pos++;
        return one(letter.toUpperCase().charCodeAt(0) & 31);
      }
      default:
        break;
    }
    if (c >= '0' && c <= '7' && (c === '0' || inClass)) {
      const m = /^[0-7]{1,3}/.exec(this.p.slice(start + 1))!;
      this.pos = start + 1 + m[0].length;
      return one(parseInt(m[0], 8) & 0xff);
    }
    if (/[\p{L}\p{Nd}_]/u.test(c)) {
      this.syntax(`Unrecognized escape sequence "\\${c}".`, start, this.pos);
      return undefined;
    }
    return one(c.charCodeAt(0));
  }

  // ---- character classes ----

  private charClass(): RegexNode {
    const start = this.pos;
    const set = this.classBody();
    return { type: 'set', set, start, end: this.pos };
  }

  /** `pos` at "["; returns the set, with case closure and negation applied. */
  private classBody(): CharSet {
    const start = this.pos;
    this.pos++;
    let negated = false;
    if (this.p[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const parts: CharSet[] = [];
    let subtraction: CharSet | undefined;
    let first = true;
    for (;;) {
      const c = this.p[this.pos];
      if (c === undefined) {
        this.syntax('This "[" is never closed.', start, start + 1);
        break;
      }
      if (c === ']' && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (c === '-' && this.p[this.pos + 1] === '[' && parts.length > 0) {
        this.pos++;
        subtraction = this.classBody();
        if (this.pos >= this.p.length) {
          // The pattern ended inside the subtraction: the outer class is unclosed too, and a
          // span past the end would point at nothing.
          this.syntax('This "[" is never closed.', start, start + 1);
        } else if (this.p[this.pos] !== ']') {
          this.syntax(
            'A subtraction must be the last element in a character class.',
            this.pos,
            this.pos + 1,
          );
        } else this.pos++;
        break;
      }
      const lo = this.classAtom();
      if (lo === undefined) continue;
      if (
        this.p[this.pos] === '-' &&
        this.p[this.pos + 1] !== ']' &&
        this.p[this.pos + 1] !== undefined
      ) {
        if (this.p[this.pos + 1] === '[') {
          // "[a-[b]]": the "-" starts a subtraction after a single atom.
          parts.push(lo.set);
          continue;
        }
        const dash = this.pos;
        this.pos++;
        const hi = this.classAtom();
        if (hi === undefined) continue;
        if (!lo.single || !hi.single) {
          this.syntax(
            'A character range cannot start or end with a class like \\d or \\w.',
            dash - 1,
            this.pos,
          );
          continue;
        }
        const a = lo.code;
        const b = hi.code;
        if (a > b) {
          this.syntax('This range is in reverse order.', dash - 1, this.pos);
          continue;
        }
        let range: CharSet = [a, b];
        if (this.options.i) range = caseClose(range);
        parts.push(range);
        continue;
      }
      parts.push(lo.set);
    }
    let set = union(...parts);
    if (!this.options.i) this.someCaseSensitive = true;
    if (negated) set = negate(set);
    if (subtraction !== undefined) set = subtract(set, subtraction);
    return set;
  }

  private classAtom(): ClassAtom | undefined {
    const c = this.p[this.pos]!;
    if (c === '\\') return this.classEscape(true);
    this.pos++;
    let set = unit(c.charCodeAt(0));
    if (this.options.i) set = caseClose(set);
    return { set, single: true, code: c.charCodeAt(0) };
  }

  // ---- numbering ----

  /** .NET numbers unnamed groups first, then named ones (first free numbers, in order). */
  private numberGroups(): void {
    let next = 1;
    const used = new Set<number>();
    for (const g of this.groups) {
      if (g.name === undefined) {
        g.number = next++;
        used.add(g.number);
      }
    }
    for (const g of this.groups) {
      if (g.name !== undefined && /^\d+$/.test(g.name)) {
        g.number = Number(g.name);
        if (used.has(g.number)) {
          this.unsupported(
            `Group number ${g.number} is used twice; this extension cannot evaluate that.`,
            g.start,
            g.end,
          );
        }
        used.add(g.number);
      }
    }
    const byName = new Map<string, GroupInfo>();
    let free = 1;
    for (const g of this.groups) {
      if (g.name === undefined || /^\d+$/.test(g.name)) continue;
      const earlier = byName.get(g.name);
      if (earlier !== undefined) {
        g.number = earlier.number;
        this.unsupported(
          `The group name "${g.name}" is used twice; this extension cannot evaluate that.`,
          g.start,
          g.end,
        );
        continue;
      }
      while (used.has(free)) free++;
      g.number = free;
      used.add(free);
      byName.set(g.name, g);
    }
  }

  private resolveBackrefs(): void {
    for (const { node } of this.backrefs) {
      const target = findGroup(this.groups, node.ref);
      if (target !== undefined) {
        if (target.end > node.start || node.start < target.start) {
          this.issue(
            'regex.unset-backreference',
            'warning',
            `"${this.p.slice(node.start, node.end)}" refers to a group that has not finished matching yet; .NET then fails the match while JavaScript matches nothing, so results may differ.`,
            node.start,
            node.end,
          );
        }
        continue;
      }
      this.syntax(`Reference to undefined group "${node.ref}".`, node.start, node.end);
    }
  }
}

/** The group a .NET reference ("1", "name") designates. */
export function findGroup(groups: readonly GroupInfo[], ref: string): GroupInfo | undefined {
  if (/^\d+$/.test(ref)) return groups.find((g) => g.number === Number(ref));
  return groups.find((g) => g.name === ref);
}
