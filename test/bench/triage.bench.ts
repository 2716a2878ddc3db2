import { afterAll, bench, describe } from 'vitest';
import { readLogs, triageEntries } from '../../lib/triage';
import { generateLogJson } from '../fixtures/logs/generate';

/**
 * Provisioning-log triage over 100,000 generated records (the portal's JSON download shape), as
 * the side panel's worker does it: read the file, then group the failures by CloudSSO cause.
 * Printed, never asserted.
 */
const ENTRIES = 100_000;
const text = generateLogJson(ENTRIES);
const timings: Record<'read' | 'triage', number[]> = { read: [], triage: [] };
let entries = readLogs([{ name: 'bench.json', text }]).entries;

describe(`triage of ${ENTRIES.toLocaleString('en-US')} log entries`, () => {
  bench(
    'read the JSON download',
    () => {
      const t0 = performance.now();
      entries = readLogs([{ name: 'bench.json', text }]).entries;
      timings.read.push(performance.now() - t0);
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'group failures by cause',
    () => {
      const t0 = performance.now();
      triageEntries(entries, 'json');
      timings.triage.push(performance.now() - t0);
    },
    { iterations: 3, warmupIterations: 1 },
  );
});

afterAll(() => {
  const best = (xs: number[]): number => Math.min(...xs);
  const read = best(timings.read);
  const triage = best(timings.triage);
  console.log(
    `\ntriage, ${ENTRIES.toLocaleString('en-US')} entries (${(text.length / 1e6).toFixed(1)} MB): ` +
      `read ${read.toFixed(0)} ms, group ${triage.toFixed(0)} ms, total ${(read + triage).toFixed(0)} ms`,
  );
});
