import type { Output } from '../../expr';
import type { RowResult } from '../../lint';

/**
 * What an expression loses on the test names, beside the verdict: an expression CloudSSO always
 * accepts can still turn "Sales & Marketing" into "alesarketing", or two departments into one
 * name. Computed from the rows the linter evaluated (corpus and the admin's own samples). Pure.
 */
export interface Loss {
  label: string;
  input: string;
  output: string;
}

export interface Losses {
  /** Rows whose result lost letters of the name (accents and case do not count). */
  dropped: (Loss & { letters: number })[];
  /** Groups of rows with different names that give the same result (ignoring case). */
  merged: Loss[][];
  /** Rows whose result keeps none of the name's letters: a fallback (e.g. group-<objectId>). */
  fallbacks: Loss[];
}

/** Letters of a text, accents and case folded away, counted. */
function letters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const ch of folded) if (/\p{L}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function firstValue(output: Output | undefined): string | null {
  if (typeof output === 'string') return output;
  if (Array.isArray(output)) return output[0] ?? null;
  return null;
}

/** The name the row stands for: the attribute the expression reads first, else all of them. */
function nameOf(row: RowResult, primary: string): string {
  const own = row.inputs[primary];
  if (typeof own === 'string') return own;
  return Object.values(row.inputs)
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
}

export function lossesOf(rows: readonly RowResult[], primary: string): Losses {
  const dropped: Losses['dropped'] = [];
  const fallbacks: Loss[] = [];
  const byResult = new Map<string, Loss[]>();
  for (const row of rows) {
    if (row.error) continue;
    const output = firstValue(row.output);
    const input = nameOf(row, primary);
    if (output === null || output === '') continue;
    const loss = { label: row.label, input, output };
    const key = output.toLowerCase();
    byResult.set(key, [...(byResult.get(key) ?? []), loss]);
    const want = letters(input);
    if (want.size === 0) continue;
    const got = letters(output);
    let kept = 0;
    let missing = 0;
    for (const [ch, n] of want) {
      const have = got.get(ch) ?? 0;
      kept += Math.min(n, have);
      missing += Math.max(0, n - have);
    }
    if (kept === 0) fallbacks.push(loss);
    else if (missing > 0) dropped.push({ ...loss, letters: missing });
  }
  const merged = [...byResult.values()].filter(
    (group) => new Set(group.map((l) => l.input)).size > 1,
  );
  return { dropped, merged, fallbacks };
}
