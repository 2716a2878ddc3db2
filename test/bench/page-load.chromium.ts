import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBench, type BenchBrowser } from './support/browser';
import { FIXTURES, loadOnce, tracedLoad, type FixtureName, type Load } from './support/pages';
import { median, medianRatio, ms, table } from './support/stats';

/**
 * What the extension costs a portal page as it loads (issue #15): each fixture loaded 20 times
 * in a browser without the extension and 20 times in one with it, alternating, in one run;
 * the median ratio of load time and of main-thread script and task time (CDP
 * Performance.getMetrics, thread time, from navigation to a second after the load), then the
 * content scripts' own main-thread time per frame from traces of 5 more loads. Printed, never
 * asserted: timings belong to the machine (docs/performance.md).
 */
const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const TRACED = 5;
const SETTLE_MS = 1_000;

let plain: BenchBrowser;
let withExtension: BenchBrowser;
beforeAll(async () => {
  [plain, withExtension] = [await launchBench(false), await launchBench(true)];
  // One load each first: caches and the extension's service worker warm, as in daily use.
  for (const url of Object.values(FIXTURES)) {
    await loadOnce(plain, url, 0);
    await loadOnce(withExtension, url, 0);
  }
}, 120_000);
afterAll(async () => {
  await plain?.close();
  await withExtension?.close();
});

describe('page load, without and with the extension (Chromium)', () => {
  it.each(Object.keys(FIXTURES) as FixtureName[])('%s', async (name) => {
    const url = FIXTURES[name];
    const without: Load[] = [];
    const withExt: Load[] = [];
    for (let i = 0; i < LOADS; i++) {
      // Alternating, and each pair in turned order, so drift in the machine hits both alike.
      if (i % 2 === 0) {
        without.push(await loadOnce(plain, url, SETTLE_MS));
        withExt.push(await loadOnce(withExtension, url, SETTLE_MS));
      } else {
        withExt.push(await loadOnce(withExtension, url, SETTLE_MS));
        without.push(await loadOnce(plain, url, SETTLE_MS));
      }
    }
    const traced = [];
    for (let i = 0; i < TRACED; i++) traced.push(await tracedLoad(withExtension, url, SETTLE_MS));
    const perFrame = traced.flatMap((t) => t.perFrameMs);
    const col = (pick: (l: Load) => number): string[] => [
      ms(median(without.map(pick))),
      ms(median(withExt.map(pick))),
      medianRatio(withExt.map(pick), without.map(pick)).toFixed(3),
    ];
    console.log(
      [
        `\n${name}: ${FIXTURES[name]}`,
        `${LOADS} loads without and ${LOADS} with the extension, alternating; medians`,
        table([
          ['', 'without', 'with', 'ratio'],
          ['load time', ...col((l) => l.loadMs)],
          ['script (ScriptDuration)', ...col((l) => l.scriptMs)],
          ['tasks (TaskDuration)', ...col((l) => l.taskMs)],
        ]),
        `content scripts' own main-thread time (${TRACED} traced loads, to ${SETTLE_MS} ms after load):`,
        `  per page ${ms(median(traced.map((t) => t.totalMs)))} (median); ` +
          `per frame ${ms(median(perFrame))} (median), ${ms(Math.max(...perFrame))} (most), ` +
          `${median(traced.map((t) => t.perFrameMs.length))} frames`,
      ].join('\n'),
    );
  });
});
