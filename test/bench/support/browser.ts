import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findChromium } from '../../e2e/chromium';
import { serveFixtures } from '../../e2e/fixture-server';
import { EXT_DIR } from '../../e2e/paths';

/**
 * A Chromium for the page benchmarks, with or without the built extension, the consoles served
 * from test/fixtures as in the e2e tests. Launched by hand and driven over CDP (not Playwright's
 * persistent context) so that a browser-wide trace can attribute main-thread time to the
 * content scripts in every frame.
 *
 * Site isolation is off: the portal's React-view frames then share the page's renderer, so one
 * `Performance.getMetrics` covers every frame's script time, and the content scripts' time in
 * the frames lands on the same main thread as the page's own (the worst case for load time).
 */
export interface BenchBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-site-isolation-trials',
  '--disable-features=IsolateOrigins,site-per-process',
  '--remote-debugging-port=0',
];

export async function launchBench(withExtension: boolean): Promise<BenchBrowser> {
  if (withExtension && !existsSync(join(EXT_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXT_DIR}: run "npm run build" (npm run bench does).`);
  const profile = mkdtempSync(join(tmpdir(), 'cloudsso-bench-'));
  const extension = withExtension
    ? [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`]
    : ['--disable-extensions'];
  const proc: ChildProcess = spawn(
    findChromium(),
    [...ARGS, `--user-data-dir=${profile}`, ...extension, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 30_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    proc.on('exit', () => reject(new Error(`Chromium exited:\n${err}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  await serveFixtures(context);
  if (withExtension) {
    // The service worker is up before the first page, as it is in a browser that has been open.
    const isOurs = (url: string): boolean => url.startsWith('chrome-extension://');
    if (!context.serviceWorkers().some((w) => isOurs(w.url())))
      await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()) });
  }
  return {
    browser,
    context,
    close: async () => {
      await browser.close().catch(() => undefined);
      if (proc.exitCode === null) {
        const exited = new Promise((resolve) => proc.once('exit', resolve));
        proc.kill();
        await exited;
      }
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
      } catch {
        // A helper process may still be writing; the profile is in the system's temp folder.
      }
    },
  };
}
