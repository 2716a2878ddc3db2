import { afterAll, bench, describe } from 'vitest';
import { parseCsv } from '../../lib/dryrun';
import { DryRunSession } from '../../lib/workers/dryrun-job';

/**
 * The side panel's bulk dry-run over 100,000 generated rows, as its worker does it: parse the
 * CSV, then evaluate the sanitize recipe for every row, check it against CloudSSO's user-name
 * rule and look for collisions. Target: a few seconds for 100,000 rows. Printed, never asserted
 * (the e2e test checks only that it completes, with progress, without blocking the page).
 */
const ROWS = 100_000;
const RECIPE =
  'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.@-]", , "", , )';

function generateCsv(rows: number): string {
  const given = ['Zoë', 'Jürgen', 'Søren', 'Ann', 'Đặng', '王', 'María José', "D'Arcy", 'Émile'];
  const family = ['Ångström', 'Groß', 'Ærø', 'Lee', 'Thị Hồ', '小明', 'van der Berg', 'Nuñez'];
  const lines = ['"userPrincipalName","displayName","surname","mail","givenName","objectId"'];
  for (let i = 0; i < rows; i += 1) {
    const g = given[i % given.length]!;
    const f = family[(i * 7) % family.length]!;
    // Every 50th name repeats an earlier one: collisions to find.
    const n = i % 50 === 0 ? i - 1 : i;
    lines.push(
      `"u${i}@contoso.com","${g} ${f} ${n}","${f}","u${i}@contoso.com","${g}","${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000"`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const csv = generateCsv(ROWS);
const timings: Record<string, number[]> = { parse: [], run: [] };

describe(`dry-run over ${ROWS.toLocaleString('en-US')} rows`, () => {
  bench(
    'parse the CSV',
    () => {
      const t0 = performance.now();
      parseCsv(csv);
      timings.parse!.push(performance.now() - t0);
    },
    { iterations: 3, warmupIterations: 1 },
  );

  const session = new DryRunSession();
  const file = session.load(csv);
  bench(
    'evaluate, check and find collisions (user.userName)',
    () => {
      const t0 = performance.now();
      session.run({ expression: RECIPE, targetId: 'user.userName', mapping: file.mapping });
      timings.run!.push(performance.now() - t0);
    },
    { iterations: 3, warmupIterations: 1 },
  );
});

afterAll(() => {
  const best = (xs: number[]): number => Math.min(...xs);
  const parse = best(timings.parse!);
  const run = best(timings.run!);
  console.log(
    `\ndry-run, ${ROWS.toLocaleString('en-US')} rows (${(csv.length / 1e6).toFixed(1)} MB): ` +
      `parse ${parse.toFixed(0)} ms, evaluate+check ${run.toFixed(0)} ms ` +
      `(${Math.round((ROWS / run) * 1000).toLocaleString('en-US')} rows/s), total ${(parse + run).toFixed(0)} ms`,
  );
});
