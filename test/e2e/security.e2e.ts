import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDialog, generateKey, keptSecret, pageText } from './capture-support';
import {
  appRoute,
  clearAll,
  ENDPOINT,
  reactView,
  SECRET,
  seedCapture,
  viewState,
  waitForPage,
} from './guide-support';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';
import { NoticeDriver } from './notice';

/**
 * The key goes only where it belongs (#11, docs/security.md): an adversarial walk through the
 * real extension in Chromium. Each test is a page, or a person, trying to make the key go
 * somewhere else.
 */
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
});

const FILL = 'Fill Tenant URL and Secret token';
const OTHER_SP = '11112222-3333-4444-5555-666677778888';
const OTHER_APP = '88887777-6666-5555-4444-333322221111';

/** The fill's own outcome in the panel's status line. */
async function fill(panel: Page, expected: RegExp): Promise<string> {
  await panel.getByRole('button', { name: FILL }).click();
  const status = panel.getByRole('status').filter({ hasText: expected });
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

async function openForm(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await reactView(page).getByRole('button', { name: 'New configuration' }).click();
  return page;
}

/** Reads the clipboard from a web page the test grants clipboard access to. */
async function clipboardText(): Promise<string> {
  const origin = 'https://portal.azure.com';
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await session.context.newPage();
  try {
    await page.goto(`${origin}/extension-frame.html`);
    await page.bringToFront();
    return await page.evaluate(() => navigator.clipboard.readText());
  } finally {
    await page.close();
  }
}

describe('what a console page shows cannot choose the endpoint', () => {
  it('a synced user named "SCIM Endpoint" on the Users page changes nothing', async () => {
    const console = await session.context.newPage();
    const url = 'https://cloudsso.console.alibabacloud.com';
    await console.goto(`${url}/setting?dir=d-hostile0001`);
    const directories = async () =>
      ((await readStorage(session, 'local', ['directories'])).directories ?? {}) as Record<
        string,
        { endpoint: string | null }
      >;
    await eventually(directories, (d) => d['intl:d-hostile0001']?.endpoint === ENDPOINT);
    await console.goto(`${url}/users?dir=d-hostile0001&hostile=1`);
    await console.getByText('https://collector.example.net/scim/v2/').waitFor();
    // The page has been read (its counts arrived) and the endpoint is still CloudSSO's.
    await eventually(
      async () =>
        ((await directories())['intl:d-hostile0001'] as { scimUsers?: unknown } | undefined)
          ?.scimUsers ?? null,
      (count) => count !== null,
    );
    expect((await directories())['intl:d-hostile0001']?.endpoint).toBe(ENDPOINT);
    expect(JSON.stringify(await directories())).not.toContain('collector.example.net');
  });
});

describe('the fill goes only to the app, the form and the field it is meant for', () => {
  it('refuses an endpoint the key may not go with, and offers the values to copy by hand', async () => {
    await seedCapture(session, {
      endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com@collector.example.net/scim/v2/',
    });
    const page = await openForm(appRoute('Provisioning'));
    await waitForPage(session, 'credentials-form');
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const said = await fill(panel, /^Not filled/);
    expect(said).toContain('not a CloudSSO SCIM endpoint');
    expect(said).toContain('user name');
    await panel.getByRole('heading', { name: 'Fill by hand' }).waitFor();
    expect(await viewState(reactView(page))).toMatchObject({ tenantUrl: '', secretToken: '' });
  });

  it('asks before filling another app’s form, naming both, and fills only the app confirmed', async () => {
    await seedCapture(session);
    // The key goes into the CloudSSO app's form first: that binds it to that app.
    const ours = await openForm(appRoute('Provisioning'));
    await waitForPage(session, 'credentials-form');
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await fill(panel, /^Filled/);
    await ours.close();
    // Another SCIM app's provisioning form, in another tab: the same two labels.
    const other = await openForm(
      `https://portal.azure.com/?appname=Salesforce#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${OTHER_SP}/appId/${OTHER_APP}`,
    );
    await eventually(
      async () =>
        ((await readStorage(session, 'session', ['guideTabs'])).guideTabs ?? {}) as Record<
          string,
          { merged: { page: string; app: { name: string | null } } }
        >,
      (tabs) =>
        Object.values(tabs).some(
          (t) => t.merged.page === 'credentials-form' && t.merged.app.name === 'Salesforce',
        ),
    );
    await fill(panel, /^Not filled yet: this form belongs to another Entra app/);
    const question = panel.getByRole('group', { name: /Salesforce/ });
    expect(await question.textContent()).toContain('“CloudSSO”');
    expect(await viewState(reactView(other))).toMatchObject({ tenantUrl: '', secretToken: '' });
    await question.getByRole('button', { name: 'Fill “Salesforce” anyway' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /^Filled/ })
      .waitFor();
    expect(await viewState(reactView(other))).toMatchObject({
      tenantUrl: ENDPOINT,
      secretToken: SECRET,
    });
  });

  it('writes no key when the page turns the Secret token field into a text field mid-fill', async () => {
    await seedCapture(session);
    const page = await openForm(appRoute('Provisioning', 'portal.azure.com', '?attack=type-swap'));
    await waitForPage(session, 'credentials-form');
    const panel = await openExtensionPage(session, 'sidepanel.html');
    expect(await fill(panel, /^Not filled/)).toContain('Secret token field changed');
    const view = reactView(page);
    expect((await viewState(view)).secretToken).toBe('');
    for (const input of await view.locator('input').all())
      expect(await input.inputValue()).not.toContain(SECRET);
  });

  it('never fills a React-view host opened as a page of its own', async () => {
    await seedCapture(session);
    const page = await session.context.newPage();
    await page.goto('https://sandbox-1.reactblade.portal.azure.net/?standalone=form');
    await page.locator('input[type="password"]').waitFor();
    // It reports what it shows, as any React view does; it is simply no target.
    await waitForPage(session, 'credentials-form');
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await fill(panel, /^Not filled/);
    expect(await page.locator('input[type="password"]').inputValue()).toBe('');
  });
});

describe('the in-page notice and the clipboard', () => {
  it('a console script can neither read, hide, relabel nor press the notice', async () => {
    const console = await session.context.newPage();
    await console.goto('https://cloudsso.console.alibabacloud.com/setting?attack=notice');
    const key = await generateKey(console, 'en');
    const notice = new NoticeDriver(session.context, console);
    await notice.waitForStatus('was kept');
    const attack = await eventually(
      () =>
        console.evaluate(() => (window as unknown as { __noticeAttack: object }).__noticeAttack),
      (a) => (a as { seen: number }).seen > 0,
    );
    expect(attack).toMatchObject({ sawRoot: false, attachThrew: true });
    // Still shown, with its own words and buttons, the page's CSS and inline styles notwithstanding.
    const box = await notice.read();
    expect(box.status).toContain('was kept');
    expect(box.buttons.map((b) => b.name)).toContain('Forget the key');
    const shown = await console.evaluate(() => {
      const host = document.querySelector('cloudsso-scim-assistant-notice')!;
      const style = getComputedStyle(host);
      return { display: style.display, visibility: style.visibility, opacity: style.opacity };
    });
    expect(shown).toEqual({ display: 'inline', visibility: 'visible', opacity: '1' });
    // The page's synthetic click changed nothing: the key is still kept, and not in the page.
    expect((await keptSecret(session))?.secret).toBe(key);
    await closeDialog(console, 'en');
    expect(await pageText(console)).not.toContain(key);
  });

  it('clears the copied key from the clipboard after the time set, and at once when forgotten', async () => {
    await seedCapture(session);
    const worker = await session.worker();
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...(settings as object), clipboardClearSeconds: 15 },
      });
    });
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const captured = panel.getByRole('region', { name: 'Captured values' });
    await captured.getByRole('button', { name: 'Copy secret token' }).click();
    // Beside the button that copied: when the key leaves the clipboard.
    await captured.getByText(/cleared from the clipboard at .* \(in 1\d s\)/).waitFor();
    expect(await clipboardText()).toBe(SECRET);
    await captured
      .getByText(/Secret token cleared from the clipboard at/)
      .waitFor({ timeout: 25_000 });
    expect(await clipboardText()).toBe('');
    // Copied again, then forgotten: gone from the clipboard at once, not after the delay.
    await captured.getByRole('button', { name: 'Copy secret token' }).click();
    await eventually(clipboardText, (text) => text === SECRET);
    await captured.getByRole('button', { name: 'Forget secret' }).click();
    await eventually(clipboardText, (text) => text === '', 5_000);
    // The copy of anything else is never cleared: it is not what the extension must take back.
    await seedCapture(session);
    await captured.getByRole('button', { name: 'Copy SCIM endpoint' }).click();
    await eventually(clipboardText, (text) => text === ENDPOINT);
    const record = (await readStorage(session, 'session', ['clipboard'])).clipboard;
    expect(record).toMatchObject({ status: 'cleared', reason: 'key-gone' });
    expect(JSON.stringify(record)).not.toContain(SECRET);
  }, 60_000);
});
