import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';
import {
  appRoute,
  clearAll,
  ENDPOINT,
  expectCurrent,
  mergedTabs,
  reactView,
  SECRET,
  seedCapture,
  unlistedFrame,
  viewState,
  waitForPage,
  openSection,
} from './guide-support';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  for (const p of session.context.pages()) await p.close();
  await clearAll(session);
  await seedCapture(session);
});

const FILL = 'Fill Tenant URL and Secret token';

/** Opens the portal on the app's Provisioning page and clicks the entry button in the view. */
async function openForm(url: string, entry: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await reactView(page).getByRole('button', { name: entry }).click();
  await waitForPage(session, 'credentials-form');
  return page;
}

/** sidepanel.html in a tab of its own: the active tab is the panel, not the portal. */
async function fillFromPanel(): Promise<Page> {
  const panel = await openExtensionPage(session, 'sidepanel.html');
  await panel.getByRole('button', { name: FILL }).click();
  // The fill's own outcome, not some other section's announcement.
  await panel
    .getByRole('status')
    .filter({ hasText: /^(Filled|Not filled|Not kept)/ })
    .waitFor();
  return panel;
}

/** Fill is shown but off, with the reason beside it. */
async function expectFillOff(panel: Page, why: string): Promise<void> {
  const button = panel.getByRole('button', { name: FILL });
  await expect(button.isDisabled()).resolves.toBe(true);
  const hint = panel.locator(`#${await button.getAttribute('aria-describedby')}`);
  await expect(hint.textContent()).resolves.toContain(why);
}

async function expectDecoysEmpty(page: Page): Promise<void> {
  expect(await page.locator('#search-tenant-url').inputValue()).toBe('');
  expect(await page.locator('#search-secret-token').inputValue()).toBe('');
  const lookalike = unlistedFrame(page);
  // The look-alike frame shows the same form; neither its state nor its inputs got anything.
  await lookalike.locator('form input[type="password"]').waitFor();
  expect(await viewState(lookalike)).toMatchObject({
    view: 'form',
    tenantUrl: '',
    secretToken: '',
  });
  for (const input of await lookalike.locator('input').all())
    expect(await input.inputValue()).toBe('');
}

describe('Fill Tenant URL and Secret token', () => {
  it('the React-view form ignores a plain value assignment from the page (the fixture can fail)', async () => {
    const page = await openForm(appRoute('Provisioning'), 'New configuration');
    const view = reactView(page);
    await view.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="text"]')!;
      input.value = 'https://typed-by-page.example/scim/v2';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((await viewState(view)).tenantUrl).toBe('');
    expect(await view.locator('input[type="text"]').inputValue()).toBe('');
  });

  it.each([
    ['New configuration', 'portal.azure.com', ''],
    ['Get started', 'portal.azure.com', '?entry=getStarted'],
    ['Create configuration', 'entra.microsoft.com', '?entry=createConfiguration'],
    ['Connect your application', 'entra.microsoft.com', '?entry=connectYourApplication'],
    ['新建配置', 'portal.azure.com', '?l=zh-hans.zh-cn'],
    ['连接应用程序', 'entra.microsoft.com', '?l=zh-hans.zh-cn&entry=connectYourApplication'],
  ])('after "%s" on %s %s: the page’s framework holds both values', async (entry, host, query) => {
    const page = await openForm(appRoute('Provisioning', host, query), entry);
    // The browser named the form's document, so the fill is addressed to it alone.
    const [tab] = await mergedTabs(session);
    expect(tab?.form?.documentId).toMatch(/^[0-9A-F]{32}$/);
    const panel = await fillFromPanel();
    await expect(panel.getByRole('status').textContent()).resolves.toContain('Filled');
    const state = await viewState(reactView(page));
    expect(state).toMatchObject({ tenantUrl: ENDPOINT, secretToken: SECRET });
    // What the admin sees matches what the framework holds.
    expect(await reactView(page).locator('input[type="password"]').inputValue()).toBe(SECRET);
    await expectDecoysEmpty(page);
    const outcome = (await readStorage(session, 'session', ['lastFill'])).lastFill;
    expect(JSON.stringify(outcome)).not.toContain(SECRET);
  });

  it('strips a pasted "Bearer " prefix from the key', async () => {
    await seedCapture(session, { secret: `Bearer ${SECRET}` });
    const page = await openForm(appRoute('Provisioning'), 'New configuration');
    await fillFromPanel();
    expect((await viewState(reactView(page))).secretToken).toBe(SECRET);
  });

  it('fills the classic Admin Credentials section in the top document, not the search decoy', async () => {
    const page = await session.context.newPage();
    await page.goto(appRoute('Provisioning', 'portal.azure.com', '?experience=classic'));
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByLabel('Provisioning Mode').selectOption('automatic');
    // Collapsed: the fields exist but are hidden, so the fill refuses and says what to do.
    // Wait until the page has reported the hidden form: before that there is no form at all.
    await eventually(
      () => mergedTabs(session),
      (tabs) => tabs.some((t) => t.formProblem !== null),
    );
    let panel = await openExtensionPage(session, 'sidepanel.html');
    await expectFillOff(panel, 'expand Admin Credentials');
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __classicModel: { tenantUrl: string } }).__classicModel.tenantUrl,
      ),
    ).toBe('');
    await panel.close();

    await page.getByRole('button', { name: 'Admin Credentials' }).click();
    await waitForPage(session, 'credentials-form');
    panel = await fillFromPanel();
    await expect(panel.getByRole('status').textContent()).resolves.toContain('Filled');
    const model = await page.evaluate(
      () => (window as unknown as { __classicModel: object }).__classicModel,
    );
    expect(model).toMatchObject({ tenantUrl: ENDPOINT, secretToken: SECRET });
    await expectDecoysEmpty(page);
  });

  it('fills the portal tab that shows the form, not the more recent tab without it', async () => {
    const withForm = await openForm(appRoute('Provisioning'), 'New configuration');
    const other = await session.context.newPage();
    await other.goto(appRoute('Users'));
    await waitForPage(session, 'users-groups');
    await fillFromPanel();
    expect((await viewState(reactView(withForm))).tenantUrl).toBe(ENDPOINT);
  });

  it('falls back to instructions with copy buttons when the form is not recognized', async () => {
    // The portal renamed the fields: the view shows a form, but nothing labelled as expected.
    const page = await session.context.newPage();
    await page.goto(appRoute('Provisioning', 'portal.azure.com', '?form=missing'));
    await reactView(page).getByRole('button', { name: 'New configuration' }).click();
    await reactView(page).getByLabel('Endpoint address').waitFor();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await expectCurrent(panel, 5);
    // No recognized form: Fill stays off and says why, and the values are there to copy by hand.
    await expectFillOff(
      panel,
      'Turns on when an Entra tab shows the Tenant URL and Secret token form',
    );
    const fallback = panel.getByRole('region', { name: 'Fill by hand' });
    await expect(fallback.textContent()).resolves.toContain(
      'Could not recognize step 5 (Configure provisioning)',
    );
    await fallback.getByRole('button', { name: 'Copy Tenant URL' }).waitFor();
    await fallback.getByRole('button', { name: 'Copy the Secret token value' }).waitFor();
    await expect(fallback.textContent()).resolves.toContain(ENDPOINT);
    // The key is offered to copy, never shown.
    await expect(panel.locator('body').textContent()).resolves.not.toContain(SECRET);
    // Nothing was written into the unrecognized fields.
    expect(await viewState(reactView(page))).toMatchObject({ tenantUrl: '', secretToken: '' });
  });

  it('after the React view is removed and the route moves on, the panel follows and no form is left to fill', async () => {
    const page = await openForm(appRoute('Provisioning'), 'New configuration');
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await expectCurrent(panel, 5);
    // The portal destroys the view's frame and the admin goes to Users and groups.
    await page.evaluate(() => document.getElementById('reactview')!.remove());
    await page.goto(appRoute('Users'));
    await expectCurrent(panel, 4);
    // Step 4's card has no Fill; the list's step 5 can still be filled by hand.
    await expect(panel.getByRole('button', { name: FILL }).count()).resolves.toBe(0);
    expect((await mergedTabs(session)).every((t) => t.form === null)).toBe(true);
  });

  it('when only the React view is removed, the guide forgets its form and Fill turns off, saying why', async () => {
    const page = await openForm(appRoute('Provisioning'), 'New configuration');
    await page.evaluate(() => document.getElementById('reactview')!.remove());
    // The removed frame says it is gone; the merged state loses the form.
    await eventually(
      () => mergedTabs(session),
      (tabs) => tabs.length === 1 && tabs[0]!.form === null,
    );
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await expectFillOff(
      panel,
      'Turns on when an Entra tab shows the Tenant URL and Secret token form',
    );
  });

  it('fills as soon as the form appears when the admin opted in', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await (
      await openSection(panel, 'Settings')
    )
      .getByLabel('Fill Tenant URL and Secret token as soon as the form appears')
      .check();
    await eventually(
      async () =>
        (await readStorage(session, 'local', ['settings'])).settings as
          { fillWhenFormAppears?: boolean } | undefined,
      (s) => s?.fillWhenFormAppears === true,
    );
    const page = await openForm(appRoute('Provisioning'), 'New configuration');
    await eventually(
      () => viewState(reactView(page)),
      (s) => s.tenantUrl === ENDPOINT && s.secretToken === SECRET,
    );
    await panel
      .getByRole('status')
      .filter({ hasText: /^Filled Tenant URL and Secret token as soon as the form appeared/ })
      .waitFor();
  });
});
