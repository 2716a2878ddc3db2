import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { churnDriver } from '../bench/support/churn';
import { generateKey, keptSecret, UI } from './capture-support';
import {
  appRoute,
  clearAll,
  mergedTabs,
  pageView,
  provisioningRoute,
  waitForPage,
} from './guide-support';
import { eventually, launch, readStorage, type Session } from './harness';

/**
 * The content scripts on a page that never stops changing (a grid updating, a spinner turning,
 * rows coming and going: support/churn.ts, run in the page's own world) still see what they must
 * while it churns: the key's dialog, a route change, the credentials form appearing. Their
 * watcher (lib/portals/common/watch.ts) reads such a page on a schedule instead of on every
 * change; a watcher that waited for the page to go quiet would see none of these before the
 * churn stopped.
 */
const CHURN = { perSecond: 5_000, seconds: 12 };
/** Well inside the churn: whatever is seen in this time was seen while the page churned. */
const WITHIN_MS = 6_000;

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

/** Waits, no longer than WITHIN_MS, until the background recognized `kind` in some tab. */
function seen(kind: string): Promise<unknown> {
  return eventually(
    () => mergedTabs(session),
    (tabs) => tabs.some((t) => t.page === kind),
    WITHIN_MS,
  );
}

/**
 * Starts the churn in a page or frame; it outlasts every wait of these tests, and ends with its
 * page (the promise then resolves: nothing is asserted of it).
 */
function churn(target: Page | Frame): Promise<unknown> {
  return target.evaluate(churnDriver, CHURN).catch(() => undefined);
}

describe('a page that keeps changing', () => {
  it('CloudSSO: keeps the key from a dialog that opens mid-churn, and follows a route change', async () => {
    const page = await session.context.newPage();
    await page.goto('https://cloudsso.console.alibabacloud.com/setting?dir=d-churn00001');
    const directories = async (): Promise<Record<string, Record<string, unknown>>> =>
      ((await readStorage(session, 'local', ['directories'])).directories ?? {}) as Record<
        string,
        Record<string, unknown>
      >;
    await eventually(directories, (d) => d['intl:d-churn00001']?.endpoint !== undefined);
    void churn(page);

    const key = await generateKey(page, 'en');
    const kept = await eventually(
      () => keptSecret(session),
      (s) => s?.secret === key,
      WITHIN_MS,
    );
    expect(kept).toMatchObject({ secret: key, directoryKey: 'intl:d-churn00001' });

    await page.locator('[role="dialog"]').getByRole('button', { name: UI.en.ok }).click();
    await page.getByRole('link', { name: UI.en.users, exact: true }).click();
    // The Users page's SCIM-synchronized users are counted (the churning grid is listed too,
    // but none of its rows is synchronized).
    await eventually(
      directories,
      (d) => (d['intl:d-churn00001']?.scimUsers as { scim?: number } | undefined)?.scim === 3,
      WITHIN_MS,
    );
    // Closing the page ends the churn (it outlasts every wait above).
    await page.close();
  });

  it('Azure: reports a route change of the churning top document and a form that appears in a churning view', async () => {
    await clearAll(session);
    const page = await session.context.newPage();
    await page.goto(provisioningRoute('Overview', 'portal.azure.com', '?experience=live'));
    await waitForPage(session, 'provisioning-start');

    // The top document churns; its route moves to the app's Users and groups.
    void churn(page);
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      new URL(appRoute('Users')).hash,
    );
    await seen('users-groups');

    // Back on the provisioning page, the React view that shows it churns, and the form opens.
    await page.goto(provisioningRoute('Overview', 'portal.azure.com', '?experience=live'));
    await waitForPage(session, 'provisioning-start');
    const live = await pageView(page);
    void churn(live);
    await live.getByRole('button', { name: 'Connect your application' }).click();
    await seen('credentials-form');
    await page.close();
  });
});
