import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { extensionTime, type TraceEvent } from './trace';

/** The fixtures the page benchmarks load (test/fixtures, served at the consoles' origins). */
const SP = '0f1e2d3c-4b5a-6978-8a9b-acbdcedfe0f1';
const APP = '9a8b7c6d-5e4f-4031-9201-a1b2c3d4e5f6';
export const FIXTURES = {
  /**
   * The Azure portal on the credentials form of the new provisioning experience: the top
   * document, the blade's React-view frame with the page's nested in it (the form), the two
   * React-view frames the portal pre-creates (empty), and an unlisted look-alike frame.
   */
  azure: `https://portal.azure.com/?experience=live&open=form#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`,
  /** The CloudSSO console's Settings page (endpoint, sync switch, credentials). */
  cloudsso: 'https://cloudsso.console.aliyun.com/setting',
} as const;
export type FixtureName = keyof typeof FIXTURES;

/** Trace categories that carry script evaluation, callbacks and compilation, per frame. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute'];

export interface Metrics {
  /** Main-thread script time, ms (CDP Performance.getMetrics, thread time). */
  scriptMs: number;
  /** Main-thread task time, ms. */
  taskMs: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { scriptMs: value('ScriptDuration'), taskMs: value('TaskDuration') };
}

/** A fresh tab whose main-thread metrics count from now, in thread time. */
export async function openMeasured(b: BenchBrowser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

export async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  return metrics(cdp);
}

export interface Load extends Metrics {
  /** Navigation start to the end of the top document's load event (which waits for its frames). */
  loadMs: number;
}

/**
 * Loads a fixture in a fresh tab and measures it: load time, then the main-thread time spent
 * until `settleMs` after the load (the content scripts report a moment after the page settles).
 */
export async function loadOnce(b: BenchBrowser, url: string, settleMs: number): Promise<Load> {
  const { page, cdp } = await openMeasured(b);
  const before = await metrics(cdp);
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  await page.waitForTimeout(settleMs);
  const after = await metrics(cdp);
  await page.close();
  return {
    loadMs,
    scriptMs: after.scriptMs - before.scriptMs,
    taskMs: after.taskMs - before.taskMs,
  };
}

/** The extension's main-thread time per frame during one traced load and `settleMs` after it. */
export async function tracedLoad(
  b: BenchBrowser,
  url: string,
  settleMs: number,
): Promise<{ totalMs: number; perFrameMs: number[] }> {
  const page = await b.context.newPage();
  await b.browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const trace = JSON.parse((await b.browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await page.close();
  const time = extensionTime(trace.traceEvents);
  return { totalMs: time.totalMs, perFrameMs: [...time.perFrameMs.values()] };
}
