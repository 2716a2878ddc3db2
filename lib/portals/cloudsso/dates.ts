import { PATTERNS } from './selectors';

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * Every date (and time) written in a text, as epoch milliseconds, in order. The console prints
 * "2024-05-01 10:20:30" or "2024/5/1 10:20"; without a zone that is the browser's local time,
 * since consoles render local time [?]. ISO strings with a zone are honoured.
 */
export function findDateTimes(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(PATTERNS.dateTime)) {
    const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(
      (part) => Number(part ?? 0),
    ) as [number, number, number, number, number, number];
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
      continue;
    const zone = m[7];
    const at = zone
      ? Date.UTC(year, month - 1, day, hour, minute, second) - zoneOffsetMinutes(zone) * 60_000
      : new Date(year, month - 1, day, hour, minute, second).getTime();
    if (Number.isFinite(at)) found.push(at);
  }
  return found;
}
