/**
 * .NET custom date/time format strings with the en-US culture, for FormatDateTime
 * (`DateTime.ParseExact(source, inputFormat)` then `ToString(outputFormat)`, docs/research/entra-expressions.md#date-and-time-functions).
 */
import {
  DAY_NAMES,
  MONTH_NAMES,
  daysInMonth,
  expandTwoDigitYear,
  inDotNetRange,
  utcDate,
  zoneOffsetMinutes,
} from './dates';

/** A parsed DateTime: the instant plus what .NET keeps beside it. */
export interface Moment {
  /** Epoch milliseconds; Entra's "local" time is UTC, so this is also the wall clock. */
  ms: number;
  /** 100-ns ticks below the millisecond (0-9999), kept so `fffffff` round-trips. */
  subTicks: number;
  /** DateTimeKind: decides what `K` prints. */
  kind: 'utc' | 'local' | 'unspecified';
}

type FormatToken =
  { type: 'spec'; ch: string; count: number } | { type: 'literal'; text: string; quoted: boolean };

const SPEC_CHARS = 'dfFghHKmMstyz';

/** en-US standard formats, expanded to custom patterns. */
const STANDARD: Record<string, string> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  f: 'dddd, MMMM d, yyyy h:mm tt',
  F: 'dddd, MMMM d, yyyy h:mm:ss tt',
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  m: 'MMMM d',
  M: 'MMMM d',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  U: 'dddd, MMMM d, yyyy h:mm:ss tt',
  y: 'MMMM yyyy',
  Y: 'MMMM yyyy',
};

export class FormatError extends Error {}

/** Splits a format string into specifiers and literals, the way .NET reads it. */
export function tokenizeFormat(format: string): FormatToken[] {
  if (format.length === 0) throw new FormatError('The format string is empty.');
  if (format.length === 1) {
    const standard = STANDARD[format];
    if (standard === undefined) {
      throw new FormatError(`"${format}" is not a standard .NET date/time format.`);
    }
    format = standard;
  }
  const tokens: FormatToken[] = [];
  const literal = (text: string, quoted: boolean): void => {
    const last = tokens[tokens.length - 1];
    if (last?.type === 'literal' && last.quoted === quoted) last.text += text;
    else tokens.push({ type: 'literal', text, quoted });
  };
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (SPEC_CHARS.includes(ch)) {
      let j = i + 1;
      while (format[j] === ch) j++;
      tokens.push({ type: 'spec', ch, count: j - i });
      i = j;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      let text = '';
      while (j < format.length && format[j] !== ch) {
        if (format[j] === '\\' && j + 1 < format.length) j++;
        text += format[j];
        j++;
      }
      if (j >= format.length) throw new FormatError(`The quote at ${i + 1} is never closed.`);
      literal(text, true);
      i = j + 1;
    } else if (ch === '%') {
      const next = format[i + 1];
      if (next === undefined || !SPEC_CHARS.includes(next)) {
        throw new FormatError('"%" must be followed by a format specifier.');
      }
      tokens.push({ type: 'spec', ch: next, count: 1 });
      i += 2;
    } else if (ch === '\\') {
      if (i + 1 >= format.length) throw new FormatError('The format ends with "\\".');
      literal(format[i + 1]!, true);
      i += 2;
    } else if (ch === ':' || ch === '/') {
      // Time and date separators of en-US.
      literal(ch, false);
      i++;
    } else {
      literal(ch, false);
      i++;
    }
  }
  for (const t of tokens) {
    if (t.type === 'spec' && (t.ch === 'f' || t.ch === 'F') && t.count > 7) {
      throw new FormatError('At most 7 fraction digits can be formatted.');
    }
  }
  return tokens;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `DateTime.ToString(format, en-US)`. */
export function formatMoment(m: Moment, format: string): string {
  const d = new Date(m.ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const hour = d.getUTCHours();
  const ticks = d.getUTCMilliseconds() * 10_000 + m.subTicks;
  let out = '';
  for (const t of tokenizeFormat(format)) {
    if (t.type === 'literal') {
      out += t.text;
      continue;
    }
    const n = t.count;
    switch (t.ch) {
      case 'd':
        out +=
          n === 1
            ? String(day)
            : n === 2
              ? pad(day, 2)
              : n === 3
                ? DAY_NAMES[d.getUTCDay()]!.slice(0, 3)
                : DAY_NAMES[d.getUTCDay()]!;
        break;
      case 'M':
        out +=
          n === 1
            ? String(month + 1)
            : n === 2
              ? pad(month + 1, 2)
              : n === 3
                ? MONTH_NAMES[month]!.slice(0, 3)
                : MONTH_NAMES[month]!;
        break;
      case 'y':
        out += n === 1 ? String(year % 100) : n === 2 ? pad(year % 100, 2) : pad(year, n);
        break;
      case 'h':
        out += pad(hour % 12 === 0 ? 12 : hour % 12, Math.min(n, 2));
        break;
      case 'H':
        out += pad(hour, Math.min(n, 2));
        break;
      case 'm':
        out += pad(d.getUTCMinutes(), Math.min(n, 2));
        break;
      case 's':
        out += pad(d.getUTCSeconds(), Math.min(n, 2));
        break;
      case 'f':
        out += pad(ticks, 7).slice(0, n);
        break;
      case 'F': {
        const digits = pad(ticks, 7).slice(0, n).replace(/0+$/, '');
        // An all-zero "F" fraction also removes the "." written just before it.
        if (digits === '' && out.endsWith('.')) out = out.slice(0, -1);
        out += digits;
        break;
      }
      case 't':
        out += n === 1 ? (hour < 12 ? 'A' : 'P') : hour < 12 ? 'AM' : 'PM';
        break;
      case 'z':
        // The offset of "local" time, which is UTC on Entra's servers.
        out += n === 1 ? '+0' : n === 2 ? '+00' : '+00:00';
        break;
      case 'K':
        out += m.kind === 'utc' ? 'Z' : m.kind === 'local' ? '+00:00' : '';
        break;
      case 'g':
        out += 'A.D.';
        break;
    }
  }
  return out;
}

/** DateTimeStyles that change ParseExact's result (the white-space ones are always on). */
export interface ParseStyles {
  adjustToUniversal: boolean;
  assumeUniversal: boolean;
  assumeLocal: boolean;
}

export const DEFAULT_STYLES: ParseStyles = {
  adjustToUniversal: false,
  assumeUniversal: false,
  assumeLocal: false,
};

const STYLE_NAMES = new Set([
  'none',
  'allowleadingwhite',
  'allowtrailingwhite',
  'allowinnerwhite',
  'allowwhitespaces',
  'nocurrentdatedefault',
  'adjusttouniversal',
  'assumelocal',
  'assumeuniversal',
  'roundtripkind',
]);

/** "AdjustToUniversal, AssumeUniversal" → flags; unknown names are a FormatError. */
export function parseStyles(text: string): ParseStyles {
  const styles = { ...DEFAULT_STYLES };
  for (const raw of text.split(/[,|]/)) {
    const name = raw.trim().toLowerCase();
    if (name === '') continue;
    if (!STYLE_NAMES.has(name))
      throw new FormatError(`"${raw.trim()}" is not a DateTimeStyles name.`);
    if (name === 'adjusttouniversal') styles.adjustToUniversal = true;
    if (name === 'assumeuniversal') styles.assumeUniversal = true;
    if (name === 'assumelocal') styles.assumeLocal = true;
  }
  return styles;
}

interface Fields {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  ticks?: number;
  offset?: number;
  utcDesignator?: boolean;
}

/**
 * `DateTime.ParseExact(text, format, en-US, styles)` with leading/trailing white space allowed.
 * Returns undefined when the text does not match the format.
 */
export function parseExact(
  input: string,
  format: string,
  styles: ParseStyles,
  now: Date,
): Moment | undefined {
  const tokens = tokenizeFormat(format);
  const s = input.trim();
  let pos = 0;
  const f: Fields = {};

  const digits = (min: number, max: number): number | undefined => {
    let j = pos;
    while (j < s.length && j - pos < max && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j - pos < min) return undefined;
    const value = Number(s.slice(pos, j));
    pos = j;
    return value;
  };
  const word = (names: readonly string[]): number | undefined => {
    // Longest name first so "June" is not read as "Jun".
    const order = names.map((n, i) => [n, i] as const).sort((a, b) => b[0].length - a[0].length);
    for (const [name, i] of order) {
      if (s.slice(pos, pos + name.length).toLowerCase() === name.toLowerCase()) {
        pos += name.length;
        return i;
      }
    }
    return undefined;
  };
  const counted = (n: number): [number, number] => (n === 1 ? [1, 2] : [n, n]);

  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.type === 'literal') {
      const next = tokens[ti + 1];
      if (
        t.text.endsWith('.') &&
        next?.type === 'spec' &&
        next.ch === 'F' &&
        s[pos + t.text.length - 1] !== '.'
      ) {
        // ".FFF" may be absent entirely.
        const head = t.text.slice(0, -1);
        if (s.slice(pos, pos + head.length) !== head) return undefined;
        pos += head.length;
        ti++;
        continue;
      }
      for (const ch of t.text) {
        if (!t.quoted && ch === 'Z') {
          // An unquoted Z in the format is the UTC designator.
          if (s[pos] !== 'Z' && s[pos] !== 'z') return undefined;
          f.offset = 0;
          f.utcDesignator = true;
          pos++;
        } else {
          if (s[pos] !== ch) return undefined;
          pos++;
        }
      }
      continue;
    }
    const n = t.count;
    let v: number | undefined;
    switch (t.ch) {
      case 'y':
        v = n === 1 ? digits(1, 2) : digits(n, n);
        if (v === undefined) return undefined;
        f.year = n <= 2 ? expandTwoDigitYear(v) : v;
        break;
      case 'M':
        v =
          n <= 2
            ? digits(...counted(n))
            : word(n === 3 ? MONTH_NAMES.map((m) => m.slice(0, 3)) : MONTH_NAMES);
        if (v === undefined) return undefined;
        f.month = n <= 2 ? v : v + 1;
        break;
      case 'd':
        if (n <= 2) {
          v = digits(...counted(n));
          if (v === undefined) return undefined;
          f.day = v;
        } else if (word(n === 3 ? DAY_NAMES.map((m) => m.slice(0, 3)) : DAY_NAMES) === undefined) {
          return undefined;
        }
        break;
      case 'h':
        v = digits(...counted(Math.min(n, 2)));
        if (v === undefined || v < 1 || v > 12) return undefined;
        f.hour12 = v;
        break;
      case 'H':
        v = digits(...counted(Math.min(n, 2)));
        if (v === undefined) return undefined;
        f.hour = v;
        break;
      case 'm':
        v = digits(...counted(Math.min(n, 2)));
        if (v === undefined) return undefined;
        f.minute = v;
        break;
      case 's':
        v = digits(...counted(Math.min(n, 2)));
        if (v === undefined) return undefined;
        f.second = v;
        break;
      case 'f':
      case 'F': {
        const start = pos;
        v = t.ch === 'f' ? digits(n, n) : digits(0, n);
        if (v === undefined) return undefined;
        const len = pos - start;
        f.ticks = len === 0 ? 0 : Number(s.slice(start, pos).padEnd(7, '0'));
        break;
      }
      case 't': {
        const c = s[pos]?.toUpperCase();
        if (c !== 'A' && c !== 'P') return undefined;
        if (n >= 2 && s[pos + 1]?.toUpperCase() !== 'M') return undefined;
        pos += n >= 2 ? 2 : 1;
        f.pm = c === 'P';
        break;
      }
      case 'z': {
        const m = (n === 1 ? /^[+-]\d{1,2}/ : n === 2 ? /^[+-]\d{2}/ : /^[+-]\d{2}:?\d{2}/).exec(
          s.slice(pos),
        );
        if (m === null) return undefined;
        f.offset = zoneOffsetMinutes(m[0]);
        pos += m[0].length;
        break;
      }
      case 'K': {
        const m = /^(?:Z|[+-]\d{2}:?\d{2})/.exec(s.slice(pos));
        if (m !== null) {
          f.offset = m[0] === 'Z' ? 0 : zoneOffsetMinutes(m[0]);
          f.utcDesignator = m[0] === 'Z';
          pos += m[0].length;
        }
        break;
      }
      case 'g':
        if (/^A\.?D\.?/i.test(s.slice(pos))) pos += /^A\.?D\.?/i.exec(s.slice(pos))![0].length;
        break;
    }
  }
  if (pos !== s.length) return undefined;
  return toMoment(f, styles, now);
}

function toMoment(f: Fields, styles: ParseStyles, now: Date): Moment | undefined {
  // .NET CheckDefaultDateTime: no date at all → today; a partial date → missing parts default.
  let { year, month, day } = f;
  if (month === undefined && day === undefined) {
    if (year === undefined) {
      year = now.getUTCFullYear();
      month = now.getUTCMonth() + 1;
      day = now.getUTCDate();
    } else {
      month = 1;
      day = 1;
    }
  } else {
    year ??= now.getUTCFullYear();
    month ??= 1;
    day ??= 1;
  }
  if (day > daysInMonth(year, month)) return undefined;
  let hour = f.hour ?? 0;
  if (f.hour12 !== undefined) hour = (f.hour12 % 12) + (f.pm === true ? 12 : 0);
  else if (f.pm !== undefined && f.hour !== undefined && f.hour < 12 && f.pm) hour += 12;
  const ticks = f.ticks ?? 0;
  const wall = utcDate(
    year,
    month,
    day,
    hour,
    f.minute ?? 0,
    f.second ?? 0,
    Math.floor(ticks / 10_000),
  );
  if (wall === undefined) return undefined;
  let ms = wall.getTime();
  let kind: Moment['kind'];
  if (f.offset !== undefined) {
    ms -= f.offset * 60_000;
    kind = f.utcDesignator === true || styles.adjustToUniversal ? 'utc' : 'local';
  } else if (styles.assumeUniversal) {
    kind = styles.adjustToUniversal ? 'utc' : 'local';
  } else if (styles.assumeLocal) {
    kind = styles.adjustToUniversal ? 'utc' : 'local';
  } else {
    kind = styles.adjustToUniversal ? 'utc' : 'unspecified';
  }
  if (!inDotNetRange(ms)) return undefined;
  return { ms, subTicks: ticks % 10_000, kind };
}
