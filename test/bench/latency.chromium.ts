import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchBench, type BenchBrowser } from './support/browser';
import { FIXTURES } from './support/pages';
import { median, ms, table } from './support/stats';

/**
 * What the admin waits for (issue #15, item 5), in the built extension in Chromium: the capture
 * (the key shown in CloudSSO's dialog to the key in storage.session), the side panel and the
 * popup opening, and the popup linter's verdict after a keystroke on a 1,000-character
 * expression. Printed, never asserted (docs/performance.md). Times from different processes are
 * compared on the epoch clock (`performance.timeOrigin + performance.now()`).
 */
const RUNS = Number(process.env.LATENCY_RUNS ?? 10);

let bench: BenchBrowser;
let extensionId: string;
const rows: string[][] = [['', 'median', 'most', 'goal']];
const report = (what: string, values: number[], goal: string): void => {
  rows.push([what, ms(median(values)), ms(Math.max(...values)), goal]);
};

beforeAll(async () => {
  bench = await launchBench(true);
  const worker = serviceWorker();
  extensionId = new URL(worker.url()).host;
}, 120_000);
afterAll(async () => {
  console.log(
    [`\nlatency, ${RUNS} runs each (the extension built in .output/chrome-mv3)`, table(rows)].join(
      '\n',
    ),
  );
  await bench?.close();
});

function serviceWorker(): Worker {
  const found = bench.context
    .serviceWorkers()
    .find((w) => w.url().startsWith('chrome-extension://'));
  if (!found) throw new Error('The extension’s service worker is not running.');
  return found;
}

const extensionPage = (name: string): string => `chrome-extension://${extensionId}/${name}`;

describe('latency (Chromium)', () => {
  it('capture: the key shown in the dialog, to the key in storage.session', async () => {
    const values: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const worker = serviceWorker();
      // The worker notes when the key lands; the page notes when its dialog shows the key.
      await worker.evaluate(() => {
        const g = globalThis as { __keyStoredAt?: number };
        g.__keyStoredAt = 0;
        chrome.storage.session.onChanged.addListener(function noted(
          changes: Record<string, { newValue?: unknown }>,
        ) {
          if (!changes.scimSecret?.newValue) return;
          g.__keyStoredAt = performance.timeOrigin + performance.now();
          chrome.storage.session.onChanged.removeListener(noted);
        });
      });
      const page = await bench.context.newPage();
      await page.addInitScript(() => {
        const g = globalThis as { __keyShownAt?: number };
        new MutationObserver((_, observer) => {
          const field = document.querySelector<HTMLElement>(
            '[role="dialog"] input.next-input, [role="dialog"] .secret-value',
          );
          const text = field instanceof HTMLInputElement ? field.value : field?.textContent;
          if (!text || text.length < 24) return;
          g.__keyShownAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true, characterData: true });
      });
      await page.goto(`${FIXTURES.cloudsso}?lang=en`, { waitUntil: 'load' });
      await page.getByRole('button', { name: 'Generate New SCIM Credential' }).click();
      await page.waitForFunction(() => (globalThis as { __keyShownAt?: number }).__keyShownAt);
      const shownAt = await page.evaluate(
        () => (globalThis as { __keyShownAt?: number }).__keyShownAt!,
      );
      let storedAt = 0;
      for (let t = 0; t < 100 && storedAt === 0; t++) {
        storedAt = await worker.evaluate(
          () => (globalThis as { __keyStoredAt?: number }).__keyStoredAt ?? 0,
        );
        if (storedAt === 0) await page.waitForTimeout(50);
      }
      if (storedAt === 0) throw new Error('The key was not kept within 5 s.');
      values.push(storedAt - shownAt);
      await page.close();
      await worker.evaluate(() => chrome.storage.session.remove('scimSecret'));
    }
    report('capture: key shown → key in storage.session', values, '≤ 100 ms');
  });

  it('side panel: opening to the current step painted', async () => {
    const first: number[] = [];
    const step: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await bench.context.newPage();
      await page.goto(extensionPage('sidepanel.html'));
      await page.locator('#current-step-title').waitFor();
      const paint = await paintTimes(page, 'panel-first-step');
      first.push(paint.firstPaint);
      step.push(paint.element);
      await page.close();
    }
    report('side panel: first contentful paint', first, '');
    report('side panel: current step painted (meaningful)', step, '≤ 150 ms');
  });

  it('popup: opening to its first paint', async () => {
    const values: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await bench.context.newPage();
      await page.goto(extensionPage('popup.html'));
      await page.getByRole('textbox', { name: 'Expression' }).waitFor();
      values.push((await paintTimes(page, null)).firstPaint);
      await page.close();
    }
    report('popup: first contentful paint', values, '≤ 100 ms');
  });

  it('popup linter: a keystroke to the verdict, 1,000-character expression', async () => {
    const expression = longExpression();
    const values: number[] = [];
    const page = await bench.context.newPage();
    await page.goto(extensionPage('popup.html'));
    const box = page.getByRole('textbox', { name: 'Expression' });
    for (let i = 0; i < RUNS; i++) {
      // Everything but the closing parenthesis: the summary shows the syntax error.
      await box.fill(expression.slice(0, -1));
      await page.waitForFunction(
        (text) => document.querySelector('[role="status"]')?.textContent?.startsWith(text),
        '1 error',
      );
      await page.evaluate(() => {
        const g = globalThis as { __keyAt?: number; __verdictAt?: number };
        g.__keyAt = 0;
        g.__verdictAt = 0;
        const onKey = (e: KeyboardEvent): void => {
          if (e.key !== ')') return;
          g.__keyAt = e.timeStamp;
          document.removeEventListener('keydown', onKey, true);
        };
        document.addEventListener('keydown', onKey, true);
        const line = document.querySelector('[role="status"]')!;
        const before = line.textContent;
        new MutationObserver((_, observer) => {
          if (line.textContent === before) return;
          g.__verdictAt = performance.now();
          observer.disconnect();
        }).observe(line, { childList: true, subtree: true, characterData: true });
      });
      await box.press('End');
      await page.keyboard.type(')');
      await page.waitForFunction(() => (globalThis as { __verdictAt?: number }).__verdictAt);
      values.push(
        await page.evaluate(() => {
          const g = globalThis as { __keyAt?: number; __verdictAt?: number };
          return g.__verdictAt! - g.__keyAt!;
        }),
      );
    }
    await page.close();
    report(
      `popup linter: keystroke → verdict (${expression.length} characters)`,
      values,
      '≤ 50 ms',
    );
  });
});

/** First contentful paint and, when named, an element's paint (Element Timing), from navigation. */
async function paintTimes(
  page: Page,
  element: string | null,
): Promise<{ firstPaint: number; element: number }> {
  return page.evaluate(async (name) => {
    const entries = (type: string): Promise<PerformanceEntry[]> =>
      new Promise((resolve) => {
        const observer = new PerformanceObserver((list) => {
          observer.disconnect();
          resolve(list.getEntries());
        });
        observer.observe({ type, buffered: true });
        // Nothing buffered of that type: no entry will come.
        setTimeout(() => {
          observer.disconnect();
          resolve([]);
        }, 1000);
      });
    const paints = await entries('paint');
    const fcp = paints.find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN;
    if (name === null) return { firstPaint: fcp, element: NaN };
    const shown = (await entries('element')) as (PerformanceEntry & {
      identifier: string;
      renderTime: number;
    })[];
    const mine = shown.find((e) => e.identifier === name);
    return { firstPaint: fcp, element: mine ? mine.renderTime || mine.startTime : NaN };
  }, element);
}

/**
 * A realistic long mapping: the display name cleaned of one character class after another,
 * about 1,000 characters, ending with the parenthesis the benchmark types.
 */
function longExpression(): string {
  const classes = ['[^A-Za-z0-9._@-]', '[!#$%^&*]', '[()]', '[,;:]', '[ ]+', '[?=+~]'];
  let expression = 'NormalizeDiacritics([displayName])';
  for (let i = 0; expression.length < 975; i++) {
    expression = `Replace(${expression}, , "${classes[i % classes.length]}", , "", , )`;
  }
  return `Left(${expression}, 64)`;
}
