import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeDialog, generateKey, UI } from './capture-support';
import { appRoute, reactView } from './guide-support';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';
import { NoticeDriver } from './notice';

/**
 * Issue #12, point 1: a single-page console's route change (a click on one of its own links) is
 * reported by Chromium as the tab "loading" and "complete" again, but the document and its
 * content script stay. The background used to forget the tab there: the panel said no console
 * page was open, and "Forget secret" no longer reached the console's notice.
 */

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

async function frameOrigins(): Promise<string[]> {
  const stored = await readStorage(session, 'session', ['portalFrames']);
  const frames = (stored.portalFrames ?? {}) as Record<string, { origin: string }>;
  return Object.values(frames).map((f) => f.origin);
}

/**
 * Clicks a link of the console and waits until the tab has finished "loading" (Chromium reports
 * the route change as a load) and the background has had time to act on both reports: the
 * registry writes that follow them take a few milliseconds, so 500 ms is ample.
 */
async function followLink(click: () => Promise<void>): Promise<void> {
  const worker = await session.worker();
  await worker.evaluate(() => {
    (globalThis as { __loaded?: Promise<void> }).__loaded = new Promise<void>((resolve) => {
      const listener = (_tabId: number, change: { status?: string }): void => {
        if (change.status !== 'complete') return;
        chrome.tabs.onUpdated.removeListener(listener);
        resolve();
      };
      chrome.tabs.onUpdated.addListener(listener);
    });
  });
  await click();
  await worker.evaluate(() => (globalThis as { __loaded?: Promise<void> }).__loaded);
  await new Promise((resolve) => setTimeout(resolve, 500));
}

const link = (page: Page, name: string) => () =>
  page.getByRole('link', { name, exact: true }).click();

it('keeps a CloudSSO console tab known across its own links, so Forget reaches its notice', async () => {
  const origin = 'https://cloudsso.console.alibabacloud.com';
  const console = await session.context.newPage();
  await console.goto(`${origin}/overview`);
  await eventually(frameOrigins, (o) => o.includes(origin));

  await followLink(link(console, UI.en.settings));
  await generateKey(console, 'en');
  // The notice's root is closed: read through the content script's world.
  const notice = new NoticeDriver(session.context, console);
  await notice.waitForStatus(/kept/);
  await closeDialog(console, 'en');
  await followLink(link(console, 'Overview'));
  await followLink(link(console, UI.en.settings));
  expect(await frameOrigins()).toContain(origin);

  const panel = await openExtensionPage(session, 'sidepanel.html');
  await panel.getByRole('button', { name: 'Forget secret' }).click();
  await notice.waitForStatus('The SCIM key was forgotten.');
  await Promise.all([panel.close(), console.close()]);
});

it('keeps an Entra tab and its React-view frame known across the portal’s menu links', async () => {
  const portal = await session.context.newPage();
  await portal.goto(appRoute('Overview'));
  await eventually(frameOrigins, (o) => o.includes('https://portal.azure.com'));

  await followLink(() =>
    portal.getByRole('menuitem', { name: 'Users and groups' }).getByRole('link').click(),
  );
  expect(await frameOrigins()).toContain('https://portal.azure.com');
  await followLink(() =>
    portal.getByRole('menuitem', { name: 'Provisioning' }).getByRole('link').click(),
  );
  await reactView(portal).getByRole('button', { name: 'New configuration' }).waitFor();
  const origins = await frameOrigins();
  expect(origins).toContain('https://portal.azure.com');
  expect(origins).toContain('https://sandbox-1.reactblade.portal.azure.net');
  await portal.close();
});

it('forgets a console tab that leaves for another site', async () => {
  const origin = 'https://cloudsso.console.alibabacloud.com';
  const console = await session.context.newPage();
  await console.goto(`${origin}/overview`);
  await eventually(frameOrigins, (o) => o.includes(origin));
  // A look-alike host serves the same page; the extension does not run there.
  await console.goto('https://cloudsso.console.aliyun.com.example.net/overview');
  await eventually(frameOrigins, (o) => !o.includes(origin));
  await console.close();
});
