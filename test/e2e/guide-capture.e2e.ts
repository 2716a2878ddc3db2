import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeDialog, generateKey, UI } from './capture-support';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';
import {
  appRoute,
  expectCurrent,
  pageView,
  provisioningRoute,
  reactView,
  step,
  viewState,
  waitForPage,
} from './guide-support';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

/**
 * The whole product path: the CloudSSO capture (issue #4) keeps the key and endpoint, then the
 * guide fills them into the Entra form from the side panel, and follows both consoles.
 */
it('captures on the CloudSSO console, then fills the Entra form with what was captured', async () => {
  const panel = await openExtensionPage(session, 'sidepanel.html');
  await expectCurrent(panel, 1);

  const console = await session.context.newPage();
  await console.goto('https://cloudsso.console.alibabacloud.com/overview');
  await console.getByRole('link', { name: UI.en.settings, exact: true }).click();
  const key = await generateKey(console, 'en');
  // Steps 1 and 2 are detected from the capture; from the CloudSSO page the panel points on to
  // the next step, in Entra.
  await step(panel, 1).locator('.badge', { hasText: 'Done (detected)' }).waitFor();
  await step(panel, 2).locator('.badge', { hasText: 'Done (detected)' }).waitFor();
  await expectCurrent(panel, 3);
  await closeDialog(console, 'en');
  const directories = (await readStorage(session, 'local', ['directories'])).directories as Record<
    string,
    { endpoint: string }
  >;
  const endpoint = Object.values(directories)[0]!.endpoint;

  const portal = await session.context.newPage();
  await portal.goto(appRoute('Provisioning'));
  await expectCurrent(panel, 5);
  await reactView(portal).getByRole('button', { name: 'New configuration' }).click();
  await waitForPage(session, 'credentials-form');
  await panel.getByRole('button', { name: 'Fill Tenant URL and Secret token' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: /^Filled/ })
    .waitFor();
  // The page's own framework holds what CloudSSO showed.
  expect(await viewState(reactView(portal))).toMatchObject({
    tenantUrl: endpoint,
    secretToken: key,
  });

  // Step 6 is checked on CloudSSO's list pages: the capture counts SCIM-synchronized entries.
  // The admin switches back to the console tab; the panel follows the active tab.
  await console.bringToFront();
  await console.getByRole('link', { name: UI.en.users, exact: true }).click();
  await expectCurrent(panel, 6);
  await eventually(
    async () => (await step(panel, 6).textContent()) ?? '',
    (text) => /SCIM-synchronized in CloudSSO: 3 users/.test(text),
  );
  await console.getByRole('link', { name: UI.en.groups, exact: true }).click();
  await eventually(
    async () => (await step(panel, 6).textContent()) ?? '',
    (text) => /SCIM-synchronized in CloudSSO: 3 users, 2 groups/.test(text),
  );
  await step(panel, 6).locator('.badge', { hasText: 'Done (detected)' }).waitFor();
});

/**
 * The same path on the China site (Simplified Chinese console, values rendered as adjacent text
 * nodes) to the live new-experience form: visual labels only, in a second React-view frame nested
 * in the blade's frame.
 */
it('captures on the China site, then fills the nested live form that names its fields only visually', async () => {
  const worker = await session.worker();
  await worker.evaluate(() => chrome.storage.session.remove('scimSecret'));
  const console = await session.context.newPage();
  await console.goto('https://cloudsso.console.aliyun.com/setting?dir=d-chinasite01');
  const key = await generateKey(console, 'zh-CN');
  const endpoint = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2';
  await eventually(
    () => readStorage(session, 'session', ['scimSecret']),
    (s) => (s.scimSecret as { secret?: string } | undefined)?.secret === key,
  );
  await closeDialog(console, 'zh-CN');

  const portal = await session.context.newPage();
  await portal.goto(provisioningRoute('Overview', 'entra.microsoft.com', '?experience=live'));
  const view = await pageView(portal);
  await view.getByRole('button', { name: 'Connect your application' }).click();
  await waitForPage(session, 'credentials-form');
  const panel = await openExtensionPage(session, 'sidepanel.html');
  await panel.getByRole('button', { name: 'Fill Tenant URL and Secret token' }).click();
  await panel
    .getByRole('status')
    .filter({ hasText: /^Filled/ })
    .waitFor();
  expect(await viewState(view)).toMatchObject({ tenantUrl: endpoint, secretToken: key });
});
