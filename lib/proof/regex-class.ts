/**
 * Reads the one regex shape whose effect the analysis can state exactly: a single character
 * class, escape or literal, optionally quantified (`[^A-Za-z0-9_.-]`, `\\s+`, `[\\p{Cc}\\p{Cf}]*`).
 * `Replace(x, , P, , R, , )` with such a P replaces EVERY character of the class, so what survives
 * is known. Anything else (alternation, groups, anchors, lookarounds, .NET-only syntax) returns
 * null and the Replace rule falls back to "characters of the input plus the replacement".
 *
 * Sets follow .NET's definitions (entra-expressions.md §5.6): \d = \p{Nd}, \w = [\p{L}\p{Mn}\p{Nd}
 * \p{Pc}], \s = [\f\n\r\t\v\x85\p{Z}], `.` = anything but \n. The unit tests compare every set
 * with what the evaluator's translated regex actually removes.
 */

import { CharSet, MAX_UNIT } from './charset';
import { propertyBmp } from './unicode';

/** Astral code points (U+10000 and up) in a class: none, all of them, or an unknown part. */
export type AstralPart = 'none' | 'all' | 'some';

export interface CodePointClass {
  /** Members in U+0000–U+FFFF (surrogate code points stand for lone surrogates). */
  bmp: CharSet;
  astral: AstralPart;
}

export interface SingleAtomPattern {
  cls: CodePointClass;
  /** Quantifier bounds; `{1,1}` when there is none. */
  minRep: number;
  maxRep: number;
  lazy: boolean;
}

const EMPTY_CLASS: CodePointClass = { bmp: CharSet.EMPTY, astral: 'none' };

function union(a: CodePointClass, b: CodePointClass): CodePointClass {
  const astral: AstralPart =
    a.astral === 'all' || b.astral === 'all'
      ? 'all'
      : a.astral === 'none' && b.astral === 'none'
        ? 'none'
        : 'some';
  return { bmp: a.bmp.union(b.bmp), astral };
}

function negate(a: CodePointClass): CodePointClass {
  const astral: AstralPart = a.astral === 'all' ? 'none' : a.astral === 'none' ? 'all' : 'some';
  return { bmp: a.bmp.complement(MAX_UNIT), astral };
}

function bmpOnly(set: CharSet): CodePointClass {
  return { bmp: set, astral: 'none' };
}

/** A Unicode property: exact on the BMP; astral letters/digits exist, so "some" there. */
function property(name: string): CodePointClass | null {
  const bmp = propertyBmp(name);
  if (!bmp) return null;
  // Controls (Cc) and surrogates (Cs) have no astral members; every other category might.
  return { bmp, astral: name === 'Cc' || name === 'Cs' ? 'none' : 'some' };
}

function unionAll(parts: (CodePointClass | null)[]): CodePointClass | null {
  let out = EMPTY_CLASS;
  for (const p of parts) {
    if (!p) return null;
    out = union(out, p);
  }
  return out;
}

const DIGIT = (): CodePointClass | null => property('Nd');
const WORD = (): CodePointClass | null =>
  unionAll([property('L'), property('Mn'), property('Nd'), property('Pc')]);
const SPACE = (): CodePointClass | null =>
  unionAll([bmpOnly(CharSet.of(0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85)), property('Z')]);

const SIMPLE_ESCAPES: Record<string, number> = {
  t: 0x09,
  n: 0x0a,
  r: 0x0d,
  f: 0x0c,
  v: 0x0b,
  e: 0x1b,
  a: 0x07,
};

class Reader {
  pos = 0;
  constructor(readonly src: string) {}
  get done(): boolean {
    return this.pos >= this.src.length;
  }
  peek(): string {
    return this.src[this.pos] ?? '';
  }
  next(): string {
    return this.src[this.pos++] ?? '';
  }
}

/** After a backslash: a class escape, or a single code point; null when not understood. */
function readEscape(r: Reader, inClass: boolean): CodePointClass | number | null {
  const c = r.next();
  if (c === '') return null;
  switch (c) {
    case 'd':
      return DIGIT();
    case 'D': {
      const d = DIGIT();
      return d && negate(d);
    }
    case 'w':
      return WORD();
    case 'W': {
      const w = WORD();
      return w && negate(w);
    }
    case 's':
      return SPACE();
    case 'S': {
      const s = SPACE();
      return s && negate(s);
    }
    case 'p':
    case 'P': {
      const m = /^\{([A-Za-z]+)\}/.exec(r.src.slice(r.pos));
      if (!m) return null;
      r.pos += m[0].length;
      // Only general categories mean the same in .NET and JavaScript; block names do not.
      if (!/^(?:[LMNPSZC][a-z]?)$/.test(m[1]!)) return null;
      const p = property(m[1]!);
      return p && (c === 'P' ? negate(p) : p);
    }
    case 'x': {
      const m = /^[0-9A-Fa-f]{2}/.exec(r.src.slice(r.pos));
      if (!m) return null;
      r.pos += 2;
      return parseInt(m[0], 16);
    }
    case 'u': {
      const m = /^[0-9A-Fa-f]{4}/.exec(r.src.slice(r.pos));
      if (!m) return null;
      r.pos += 4;
      return parseInt(m[0], 16);
    }
    case 'b':
      // \b is a backspace inside a class and a word boundary outside it.
      return inClass ? 0x08 : null;
    default:
      if (c in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[c]!;
      // Escaped punctuation stands for itself; escaped letters/digits are other constructs.
      if (/[A-Za-z0-9]/.test(c)) return null;
      return c.charCodeAt(0);
  }
}

function readClass(r: Reader): CodePointClass | null {
  // r is just past "[".
  let negated = false;
  if (r.peek() === '^') {
    negated = true;
    r.next();
  }
  let out = EMPTY_CLASS;
  let first = true;
  for (;;) {
    if (r.done) return null;
    let c = r.peek();
    if (c === ']' && !first) {
      r.next();
      break;
    }
    first = false;
    let lo: CodePointClass | number | null;
    if (c === '[') return null; // .NET subtraction or POSIX-like syntax: not read here
    r.next();
    if (c === '\\') lo = readEscape(r, true);
    else {
      const cp = c.charCodeAt(0);
      if (cp >= 0xd800 && cp <= 0xdfff) return null; // astral literal inside a class
      lo = cp;
    }
    if (lo === null) return null;
    if (
      typeof lo === 'number' &&
      r.peek() === '-' &&
      r.src[r.pos + 1] !== ']' &&
      r.pos + 1 < r.src.length
    ) {
      r.next();
      c = r.next();
      if (c === '[') return null; // subtraction
      let hi: CodePointClass | number | null;
      if (c === '\\') hi = readEscape(r, true);
      else {
        const cp = c.charCodeAt(0);
        if (cp >= 0xd800 && cp <= 0xdfff) return null;
        hi = cp;
      }
      if (typeof hi !== 'number' || hi < lo) return null;
      out = union(out, bmpOnly(CharSet.range(lo, hi)));
    } else {
      out = union(out, typeof lo === 'number' ? bmpOnly(CharSet.of(lo)) : lo);
    }
  }
  return negated ? negate(out) : out;
}

function readQuantifier(r: Reader): { min: number; max: number; lazy: boolean } | null {
  let min = 1;
  let max = 1;
  const c = r.peek();
  if (c === '*' || c === '+' || c === '?') {
    r.next();
    min = c === '+' ? 1 : 0;
    max = c === '?' ? 1 : Infinity;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.pos));
    if (!m) return null;
    r.pos += m[0].length;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (max < min) return null;
  }
  let lazy = false;
  if (r.peek() === '?') {
    r.next();
    lazy = true;
  }
  return { min, max, lazy };
}

/** The pattern as one quantified class, or null when it is anything more complex. */
export function readSingleAtom(pattern: string): SingleAtomPattern | null {
  const r = new Reader(pattern);
  if (r.done) return null;
  const c = r.next();
  let cls: CodePointClass | null;
  if (c === '[') cls = readClass(r);
  else if (c === '\\') {
    const e = readEscape(r, false);
    cls = typeof e === 'number' ? bmpOnly(CharSet.of(e)) : e;
  } else if (c === '.') cls = negate(bmpOnly(CharSet.of(0x0a)));
  else if ('()|^$*+?{}]'.includes(c)) cls = null;
  else {
    const cp = c.charCodeAt(0);
    cls = cp >= 0xd800 && cp <= 0xdfff ? null : bmpOnly(CharSet.of(cp));
  }
  if (!cls) return null;
  const q = readQuantifier(r);
  if (!q || !r.done) return null;
  return { cls, minRep: q.min, maxRep: q.max, lazy: q.lazy };
}

/**
 * UTF-16 units that a global replace of this class ALWAYS consumes wherever they occur.
 * Surrogates count only when every astral code point and every lone surrogate is in the class:
 * then both .NET (unit by unit) and a `u`-flag JavaScript regex (code point by code point)
 * consume them.
 */
export function unitsAlwaysConsumed(cls: CodePointClass): CharSet {
  const nonSurrogate = cls.bmp.subtract(CharSet.SURROGATES);
  const allSurrogates = CharSet.SURROGATES.isSubsetOf(cls.bmp) && cls.astral === 'all';
  return allSurrogates ? nonSurrogate.union(CharSet.SURROGATES) : nonSurrogate;
}

/** UTF-16 units that may occur inside a match of this class (astral → any surrogate). */
export function unitsPossiblyMatched(cls: CodePointClass): CharSet {
  return cls.astral === 'none' ? cls.bmp : cls.bmp.union(CharSet.SURROGATES);
}
