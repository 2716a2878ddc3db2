import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBench, type BenchBrowser } from './support/browser';
import { churnDriver } from './support/churn';
import {
  FIXTURES,
  openMeasured,
  readMetrics,
  TRACE_CATEGORIES,
  type FixtureName,
} from './support/pages';
import { median, ms, table } from './support/stats';
import { extensionTime, type TraceEvent } from './support/trace';

/**
 * The content scripts under churn (issue #15): a fixture page makes 10,000 DOM mutations a
 * second for 10 seconds (support/churn.ts); the page's main-thread script time is measured
 * without and with the extension, alternating, and the content scripts' own time from a trace
 * of the same window (and 2 s after it, for the looks the observer owes once the page is
 * quiet). Printed, never asserted.
 */
const RUNS = Number(process.env.CHURN_RUNS ?? 3);
const PER_SECOND = 10_000;
const SECONDS = 10;
const TAIL_MS = 2_000;

interface Run {
  scriptMs: number;
  taskMs: number;
  driverMs: number;
  mutations: number;
  extensionMs: number;
}

async function churnOnce(b: BenchBrowser, url: string): Promise<Run> {
  const { page, cdp } = await openMeasured(b);
  await page.goto(url, { waitUntil: 'load' });
  // The page is read and reported once before the churn starts.
  await page.waitForTimeout(2_000);
  const before = await readMetrics(cdp);
  await b.browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  const driver = await page.evaluate(churnDriver, { perSecond: PER_SECOND, seconds: SECONDS });
  await page.waitForTimeout(TAIL_MS);
  const after = await readMetrics(cdp);
  const trace = JSON.parse((await b.browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await page.close();
  return {
    scriptMs: after.scriptMs - before.scriptMs,
    taskMs: after.taskMs - before.taskMs,
    driverMs: driver.ownMs,
    mutations: driver.mutations,
    extensionMs: extensionTime(trace.traceEvents).totalMs,
  };
}

let plain: BenchBrowser;
let withExtension: BenchBrowser;
beforeAll(async () => {
  [plain, withExtension] = [await launchBench(false), await launchBench(true)];
}, 120_000);
afterAll(async () => {
  await plain?.close();
  await withExtension?.close();
});

describe(`churn: ${PER_SECOND.toLocaleString('en')} DOM mutations a second for ${SECONDS} s (Chromium)`, () => {
  it.each(Object.keys(FIXTURES) as FixtureName[])('%s', async (name) => {
    const url = FIXTURES[name];
    const without: Run[] = [];
    const withExt: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      without.push(await churnOnce(plain, url));
      withExt.push(await churnOnce(withExtension, url));
    }
    const pageOwn = median(without.map((r) => r.scriptMs));
    const pageTasks = median(without.map((r) => r.taskMs));
    const extension = median(withExt.map((r) => r.extensionMs));
    console.log(
      [
        `\n${name}: ${url}`,
        `${RUNS} runs without and ${RUNS} with the extension, alternating; medians over ` +
          `${SECONDS} s of churn and ${TAIL_MS / 1000} s after it`,
        table([
          ['', 'without', 'with'],
          [
            'mutations',
            ...[without, withExt].map((r) => String(median(r.map((x) => x.mutations)))),
          ],
          [
            'script (ScriptDuration)',
            ...[without, withExt].map((r) => ms(median(r.map((x) => x.scriptMs)))),
          ],
          [
            'tasks (TaskDuration)',
            ...[without, withExt].map((r) => ms(median(r.map((x) => x.taskMs)))),
          ],
          ['content scripts (trace)', '-', ms(extension)],
        ]),
        `content scripts' time / page's own script time: ${((100 * extension) / pageOwn).toFixed(1)} %; ` +
          `/ page's own main-thread task time: ${((100 * extension) / pageTasks).toFixed(1)} %`,
      ].join('\n'),
    );
  });
});
