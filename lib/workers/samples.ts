import type { Attributes } from '../expr';

/** The admin's own sample, as the linter evaluates it. */
export interface OwnSample {
  label: string;
  attrs: Attributes;
}

/**
 * Turns the "own samples" field into objects: one sample per non-blank line. A plain line is the
 * value of `primary` (the first attribute the expression reads); a line written as a JSON object,
 * `{"givenName": "Ana", "surname": "Ruiz"}`, sets several attributes. A line that starts with
 * "{" but is not a JSON object of strings is taken as plain text.
 */
export function parseOwnSamples(text: string, primary: string): OwnSample[] {
  const samples: OwnSample[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const attrs = jsonAttributes(raw.trim()) ?? { [primary]: raw };
    samples.push({ label: raw.length > 60 ? `${raw.slice(0, 59)}…` : raw, attrs });
  }
  return samples;
}

function jsonAttributes(line: string): Attributes | null {
  if (!line.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const attrs: Attributes = {};
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' || v === null) attrs[key] = v;
      else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) attrs[key] = v;
      else return null;
    }
    return attrs;
  } catch {
    return null;
  }
}
