import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';
import { serveFixtures } from './fixture-server';
import { EXT_DIR, EXTENSION_NAME } from './paths';

// Flags that keep Chromium off the network it cannot reach here, and quiet.
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The service worker; re-resolved after a restart. */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension in a fresh profile, portals served from fixtures.
 * `userDataDir` reopens an earlier session's profile instead: a browser restart.
 */
export async function launch(
  options: {
    locale?: string;
    sites?: Record<string, string>;
    userDataDir?: string;
    timezoneId?: string;
  } = {},
): Promise<Session> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'cloudsso-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    locale: options.locale ?? 'en-US',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    // --disable-extensions-except is required: Playwright adds --disable-extensions by default.
    args: [...BASE_ARGS, `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`],
  });
  await serveFixtures(context, options.sites);
  const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  const first =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    worker: async () =>
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs })),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page (sidepanel.html, popup.html) in a tab of its own. */
export async function openExtensionPage(
  session: Session,
  page: 'sidepanel.html' | 'popup.html',
): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(`chrome-extension://${session.extensionId}/${page}`);
  return tab;
}

/** Reads extension storage from inside the service worker (the only honest view of it). */
export async function readStorage(
  session: Session,
  area: 'local' | 'session',
  keys?: string[],
): Promise<Record<string, unknown>> {
  const worker = await session.worker();
  return worker.evaluate(
    async ([a, k]) => chrome.storage[a as 'local' | 'session'].get(k ?? null),
    [area, keys ?? null] as const,
  );
}

/**
 * Evaluates an expression in the extension's isolated world of a frame (where its content script
 * runs), through CDP. Returns `{ injected: false }` when the extension has no world there.
 */
export async function evaluateInContentScript(
  context: BrowserContext,
  target: Page | Frame,
  expression: string,
): Promise<{ injected: false } | { injected: true; value: unknown }> {
  // An out-of-process frame has a session of its own; a same-origin frame is part of its page's.
  const own = await context.newCDPSession(target).catch(() => null);
  const cdp = own ?? (await context.newCDPSession('page' in target ? target.page() : target));
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string; type?: string } }[] =
      [];
    cdp.on('Runtime.executionContextCreated', (e) =>
      contexts.push(e.context as (typeof contexts)[number]),
    );
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    // A session of its own sees the frame as its root; in its page's session, find it by address.
    type Tree = { frame: { id: string; url: string }; childFrames?: Tree[] };
    const find = (tree: Tree): string | null =>
      tree.frame.url === target.url()
        ? tree.frame.id
        : ((tree.childFrames ?? []).map(find).find((id) => id !== null) ?? null);
    const frameId = own ? frameTree.frame.id : find(frameTree as Tree);
    const world = contexts.find(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.name === EXTENSION_NAME &&
        c.auxData.frameId === frameId,
    );
    if (!world) return { injected: false };
    const result = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails)
      throw new Error(result.exceptionDetails.exception?.description ?? 'evaluation failed');
    return { injected: true, value: result.result.value };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Resolves when `predicate` holds for the value `read` returns; fails with the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  predicate: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!predicate(last)) {
    if (Date.now() > deadline)
      throw new Error(`Condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
