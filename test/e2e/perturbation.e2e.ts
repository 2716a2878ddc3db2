import { resolve } from 'node:path';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as azureSelectors from '@/lib/portals/azure/selectors';
import * as cloudssoSelectors from '@/lib/portals/cloudsso/selectors';
import { wordingOf } from '@/lib/portals/common/vocabulary';
import type { PropertyResult } from '../support/in-page';
import { PERTURB_KINDS, type PerturbOp } from '../support/perturb';
import { PAGE_STATES, type PageState } from '../support/page-states';
import { generateKey, UI } from './capture-support';
import { eventually, launch, readStorage, type Session } from './harness';

/**
 * The perturbation property (issue #10, docs/portals.md#testing-how-pages-are-read): every fixture
 * page state, changed at random in ways that do not change what the admin sees
 * (test/support/perturb.ts), reads the same values or a refusal with a reason, never a different
 * value. Each state is rendered from the live fixture, frozen as static HTML, and checked
 * PERTURB_RUNS times (default 500; 20000 for a long hunt) inside Chromium, whose style engine
 * decides what is inline, hidden or a flex item. PERTURB_SEED repeats a run. Then a handful of
 * variants run end to end: the live fixture is perturbed as it renders, and the extension itself
 * must capture the same key and endpoint.
 */

const RUNS = Number(process.env.PERTURB_RUNS ?? 500);
const SEED = Number(process.env.PERTURB_SEED ?? Date.now() % 1_000_000);
/** The extension's own wording: only texts equal to one of these get a marker or a new case. */
const VOCABULARY = wordingOf([azureSelectors, cloudssoSelectors]);

declare global {
  interface Window {
    __perturbation: typeof import('../support/in-page');
  }
}

/** test/support/in-page.ts and what it imports (the capture's own code), as one script. */
async function bundleInPage(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': resolve('.') } },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('test/support/in-page.ts'), formats: ['iife'], name: '__perturbation' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  return output.output[0].code;
}

/** The page's DOM as static HTML: stylesheets inlined, scripts and comments dropped. */
async function freeze(page: Page): Promise<string> {
  return page.evaluate(() => {
    const css = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
      .join('\n');
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    const live = Array.from(document.querySelectorAll('input, textarea'));
    Array.from(clone.querySelectorAll('input, textarea')).forEach((copy, i) => {
      const field = live[i] as HTMLInputElement | undefined;
      if (field && field.type !== 'password') copy.setAttribute('value', field.value);
    });
    for (const el of Array.from(
      clone.querySelectorAll('script, link[rel="stylesheet"], cloudsso-scim-assistant-notice'),
    ))
      el.remove();
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
    for (const n of comments) n.parentNode?.removeChild(n);
    const style = document.createElement('style');
    style.textContent = css;
    clone.querySelector('head')?.append(style);
    return `<!doctype html>\n${clone.outerHTML}`;
  });
}

let session: Session;
let bundle: string;
beforeAll(async () => {
  [session, bundle] = await Promise.all([launch({ timezoneId: 'UTC' }), bundleInPage()]);
});
afterAll(async () => {
  await session?.close();
});

/** Renders a state from the live fixture; returns it frozen, and what the page made up. */
async function render(state: PageState): Promise<{ html: string; key?: string; id?: string }> {
  const page = await session.context.newPage();
  try {
    await page.goto(state.url);
    await page.locator(state.ready).first().waitFor();
    if (state.action !== 'generate-key') return { html: await freeze(page) };
    const key = await generateKey(page, state.lang);
    const dialog = (await page.locator('[role="dialog"]').textContent()) ?? '';
    return { html: await freeze(page), key, id: /scimcred-[a-z0-9]+/.exec(dialog)?.[0] };
  } finally {
    await page.close();
  }
}

describe('the same value or a refusal, on every meaning-preserving change of a page', () => {
  it.each(PAGE_STATES.map((s) => [s.name, s] as const))('%s', async (_name, state) => {
    const { html, key, id } = await render(state);
    const page = await session.context.newPage();
    try {
      await page.setContent(html);
      await page.addScriptTag({ content: bundle });
      const result: PropertyResult = await page.evaluate(
        (o) => window.__perturbation.checkConsoleProperty(o),
        { pathname: state.pathname, runs: RUNS, seed: SEED, vocabulary: VOCABULARY },
      );
      // The unchanged page reads as the admin sees it.
      const t = state.truth;
      expect(result.original).toMatchObject({
        page: t.page,
        ...(t.endpoint !== undefined && { endpoint: t.endpoint }),
        ...(t.acceleratedEndpoint !== undefined && { acceleratedEndpoint: t.acceleratedEndpoint }),
        ...(t.directoryId !== undefined && { directoryId: t.directoryId }),
        ...(t.syncSwitch && { syncSwitch: t.syncSwitch }),
        ...(t.list && { list: { ...t.list, sourceColumn: true } }),
        ...(key && { key, credentialId: id }),
      });
      if (t.credentialIds)
        expect(result.original.credentials.map((c) => c.id)).toEqual(t.credentialIds);
      if (!result.ok) throw new Error(result.failure);
      expect(result.problems).toEqual([]);
      expect(result.runs).toBe(RUNS);
    } finally {
      await page.close();
    }
  });
});

describe('perturbed live consoles, end to end', () => {
  it.each([
    ['https://cloudsso.console.alibabacloud.com', 'en', 1],
    ['https://cloudsso.console.aliyun.com', 'zh-CN', 2],
    ['https://cloudsso.console.aliyun.com', 'zh-CN', 3],
  ] as const)(
    '%s (%s), variant %i: the extension keeps the key and endpoint shown',
    async (origin, lang, n) => {
      const ops = fc.sample(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...PERTURB_KINDS.filter((k) => k !== 'ids')),
            target: fc.nat(400),
            choice: fc.nat(1000),
          }),
          { minLength: 4, maxLength: 10 },
        ),
        { numRuns: 1, seed: SEED + n },
      )[0] as PerturbOp[];
      const dir = `d-perturb000${n}`;
      const page = await session.context.newPage();
      await page.goto(`${origin}/setting?dir=${dir}`);
      await page.addScriptTag({ content: bundle });
      await page.evaluate((o) => window.__perturbation.perturbLive(o.ops, o.vocabulary), {
        ops,
        vocabulary: VOCABULARY,
      });
      // Class names may be gone: find the button by its name and the key as a person reads it.
      await page.getByRole('button', { name: new RegExp(UI[lang].generate, 'i') }).click();
      const key = await eventually(
        () =>
          page.evaluate(() => {
            const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
            const inputs = Array.from(dialog?.querySelectorAll('input') ?? [], (i) => i.value);
            const text = [...inputs, dialog?.innerText ?? ''].join('\n');
            return /(?<![A-Za-z0-9-])[A-Za-z0-9]{24}(?![A-Za-z0-9])/.exec(text)?.[0] ?? null;
          }),
        (k) => k !== null,
      );
      if (!key) throw new Error('no key in the dialog');
      const site = origin.includes('aliyun.com') ? 'cn' : 'intl';
      const kept = await eventually(
        () => readStorage(session, 'session', ['scimSecret']),
        (s) => (s.scimSecret as { secret?: string } | undefined)?.secret === key,
      );
      expect(kept.scimSecret).toMatchObject({ directoryKey: `${site}:${dir}` });
      const endpoint = `https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2${lang === 'en' ? '/' : ''}`;
      const directories = await readStorage(session, 'local', ['directories']);
      expect((directories.directories as Record<string, unknown>)[`${site}:${dir}`]).toMatchObject({
        endpoint,
        endpointIssue: null,
      });
      await page.close();
    },
  );
});
