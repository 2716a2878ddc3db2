/**
 * Dates as Entra's provisioning service handles them: UTC, printed in the en-US general format
 * `M/d/yyyy h:mm:ss tt` (docs/research/entra-expressions.md#dates), with VB.NET DateAdd/DateDiff semantics (docs/research/entra-expressions.md#date-and-time-functions).
 * Entra's servers run in UTC, so ".NET local time" is UTC here too.
 */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const DAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const MS_PER_DAY = 86_400_000;
/** Milliseconds between 1601-01-01 (Windows FILETIME epoch) and 1970-01-01. */
const FILETIME_OFFSET_MS = 11_644_473_600_000n;
/** .NET DateTime covers years 1 to 9999. */
const MIN_MS = yearStart(1);
const MAX_MS = yearStart(10000) - 1;

function yearStart(year: number): number {
  // Date.UTC maps years 0-99 to 1900-1999, so set the year explicitly.
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

/** A UTC instant from calendar parts, or undefined when the parts are not a real date. */
export function utcDate(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || year < 1 || year > 9999) return undefined;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function inDotNetRange(ms: number): boolean {
  return ms >= MIN_MS && ms <= MAX_MS;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `M/d/yyyy h:mm:ss tt`, the string form of a DateTime value (docs/research/entra-expressions.md#values-and-their-string-forms). */
export function formatGeneralDate(d: Date): string {
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return (
    `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${pad(d.getUTCFullYear(), 4)} ` +
    `${h12}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)} ${h < 12 ? 'AM' : 'PM'}`
  );
}

const TIME = String.raw`(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?(?:\s*([AaPp][Mm]))?)?`;
const ZONE = String.raw`\s*(Z|z|GMT|UTC|[+-]\d{1,2}(?::?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}${ZONE}$`);
const YMD_SLASH = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}${ZONE}$`);
const US = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}${ZONE}$`);
const MONTH_FIRST = new RegExp(
  String.raw`^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}${ZONE}$`,
);
const DAY_FIRST = new RegExp(
  String.raw`^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})${TIME}${ZONE}$`,
);

/** en-US two-digit years: 00-49 → 20xx, 50-99 → 19xx (TwoDigitYearMax 2049). */
export function expandTwoDigitYear(yy: number): number {
  return yy <= 49 ? 2000 + yy : 1900 + yy;
}

export function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => {
    const ml = m.toLowerCase();
    return ml === lower || ml.slice(0, 3) === lower;
  });
  return i === -1 ? undefined : i + 1;
}

/** Offset in minutes of "+08:00", "-0500", "+8", "Z", "GMT". */
export function zoneOffsetMinutes(zone: string): number {
  if (/^(?:Z|z|GMT|UTC)$/.test(zone)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone)!;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * CDate / VB `Conversions.ToDate` for the formats Entra's samples use: ISO 8601 (with or without
 * time, offset after the date or the time), en-US `M/d/yyyy h:mm:ss tt`, `yyyy/M/d`, and month
 * names. A string without an offset is read as UTC (Entra's local time). Undefined = unparseable.
 */
export function parseDateText(input: string): Date | undefined {
  const text = input.trim();
  let year: number;
  let month: number | undefined;
  let day: number;
  let rest: (string | undefined)[];
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text)) ?? (m = YMD_SLASH.exec(text))) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
    rest = m.slice(4);
  } else if ((m = US.exec(text))) {
    month = Number(m[1]);
    day = Number(m[2]);
    year = m[3]!.length === 2 ? expandTwoDigitYear(Number(m[3])) : Number(m[3]);
    rest = m.slice(4);
  } else if ((m = MONTH_FIRST.exec(text))) {
    month = monthFromName(m[1]!);
    day = Number(m[2]);
    year = Number(m[3]);
    rest = m.slice(4);
  } else if ((m = DAY_FIRST.exec(text))) {
    day = Number(m[1]);
    month = monthFromName(m[2]!);
    year = Number(m[3]);
    rest = m.slice(4);
  } else {
    return undefined;
  }
  if (month === undefined) return undefined;
  const [hh, mm, ss, fraction, ampm, zone] = rest;
  let hour = hh === undefined ? 0 : Number(hh);
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = ampm.toUpperCase() === 'PM';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const ms = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000 + 1e-9);
  const local = utcDate(
    year,
    month,
    day,
    hour,
    mm === undefined ? 0 : Number(mm),
    ss === undefined ? 0 : Number(ss),
    ms,
  );
  if (local === undefined) return undefined;
  const offset = zone === undefined ? 0 : zoneOffsetMinutes(zone);
  const result = new Date(local.getTime() - offset * 60_000);
  return inDotNetRange(result.getTime()) ? result : undefined;
}

/** DateTime → Windows FILETIME ticks (100 ns since 1601-01-01 UTC), as NumFromDate returns. */
export function toFileTime(d: Date): bigint {
  return (BigInt(d.getTime()) + FILETIME_OFFSET_MS) * 10_000n;
}

/** FILETIME ticks → DateTime (sub-millisecond ticks are dropped); undefined when out of range. */
export function fromFileTime(ticks: bigint): Date | undefined {
  if (ticks < 0n) return undefined;
  const ms = Number(ticks / 10_000n - FILETIME_OFFSET_MS);
  return inDotNetRange(ms) ? new Date(ms) : undefined;
}

/** VB interval codes, case-insensitive as in `DateIntervalFromString`. */
export type DateInterval = 'yyyy' | 'q' | 'm' | 'y' | 'd' | 'w' | 'ww' | 'h' | 'n' | 's';

export function parseInterval(text: string): DateInterval | undefined {
  const lower = text.toLowerCase();
  return (['yyyy', 'q', 'm', 'y', 'd', 'w', 'ww', 'h', 'n', 's'] as const).find((i) => i === lower);
}

function addMonths(d: Date, months: number): Date | undefined {
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month));
  if (year < 1 || year > 9999) return undefined;
  return utcDate(
    year,
    month,
    day,
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

/** VB.NET `DateAdd`: the number is truncated to an integer first; months clamp to the month end. */
export function vbDateAdd(interval: DateInterval, number: number, d: Date): Date | undefined {
  const n = Math.trunc(number);
  let result: Date | undefined;
  switch (interval) {
    case 'yyyy':
      result = addMonths(d, n * 12);
      break;
    case 'q':
      result = addMonths(d, n * 3);
      break;
    case 'm':
      result = addMonths(d, n);
      break;
    case 'y':
    case 'd':
    case 'w':
      result = new Date(d.getTime() + n * MS_PER_DAY);
      break;
    case 'ww':
      result = new Date(d.getTime() + n * 7 * MS_PER_DAY);
      break;
    case 'h':
      result = new Date(d.getTime() + n * 3_600_000);
      break;
    case 'n':
      result = new Date(d.getTime() + n * 60_000);
      break;
    case 's':
      result = new Date(d.getTime() + n * 1000);
      break;
  }
  return result !== undefined && inDotNetRange(result.getTime()) ? result : undefined;
}

/**
 * VB.NET `DateDiff` (Sunday as first day of week): calendar differences for years, quarters and
 * months; truncated totals for days, hours, minutes, seconds; `ww` counts week starts crossed.
 */
export function vbDateDiff(interval: DateInterval, d1: Date, d2: Date): number {
  const span = d2.getTime() - d1.getTime();
  const y1 = d1.getUTCFullYear();
  const y2 = d2.getUTCFullYear();
  switch (interval) {
    case 'yyyy':
      return y2 - y1;
    case 'q':
      return (y2 - y1) * 4 + Math.trunc(d2.getUTCMonth() / 3) - Math.trunc(d1.getUTCMonth() / 3);
    case 'm':
      return (y2 - y1) * 12 + d2.getUTCMonth() - d1.getUTCMonth();
    case 'y':
    case 'd':
      return Math.trunc(span / MS_PER_DAY);
    case 'w':
      return Math.trunc(Math.trunc(span / MS_PER_DAY) / 7);
    case 'ww': {
      // Both dates move back to the day before their week's Sunday, keeping the time of day.
      const back1 = d1.getTime() - (d1.getUTCDay() + 1) * MS_PER_DAY;
      const back2 = d2.getTime() - (d2.getUTCDay() + 1) * MS_PER_DAY;
      return Math.trunc(Math.trunc((back2 - back1) / MS_PER_DAY) / 7);
    }
    case 'h':
      return Math.trunc(span / 3_600_000);
    case 'n':
      return Math.trunc(span / 60_000);
    case 's':
      return Math.trunc(span / 1000);
  }
}
