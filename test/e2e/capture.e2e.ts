import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDialog, generateKey, keptSecret, pageText, UI, type Lang } from './capture-support';
import { NoticeDriver } from './notice';
import { openSection } from './guide-support';
import {
  evaluateInContentScript,
  eventually,
  launch,
  openExtensionPage,
  readStorage,
  type Session,
} from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const INTL = 'https://cloudsso.console.alibabacloud.com';
const CN = 'https://cloudsso.console.aliyun.com';
const ENDPOINT_EN = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
const ENDPOINT_ZH = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2';

type Directories = Record<string, Record<string, unknown> & { credentials: { id: string }[] }>;
const directories = async (): Promise<Directories> =>
  ((await readStorage(session, 'local', ['directories'])).directories ?? {}) as Directories;

async function localHolds(text: string): Promise<boolean> {
  return JSON.stringify(await readStorage(session, 'local')).includes(text);
}

async function openConsole(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/** Presses Tab, as a keyboard user does, until `target` has the focus. */
async function forgetAll(): Promise<void> {
  const worker = await session.worker();
  await worker.evaluate(() => chrome.storage.session.remove('scimSecret'));
}

async function setSettings(change: Record<string, unknown>): Promise<void> {
  const worker = await session.worker();
  await worker.evaluate(async (c) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: {
        secretTtlMinutes: 30,
        askBeforeKeepingSecret: false,
        fillWhenFormAppears: false,
        ...(settings as object),
        ...c,
      },
    });
  }, change);
}

describe('capture on the CloudSSO console', () => {
  it.each([
    {
      name: 'international site, English',
      origin: INTL,
      query: '',
      lang: 'en',
      key: 'intl:d-fixture00001',
      endpoint: ENDPOINT_EN,
    },
    {
      name: 'China site, Simplified Chinese',
      origin: CN,
      query: '',
      lang: 'zh-CN',
      key: 'cn:d-fixture00001',
      endpoint: ENDPOINT_ZH,
    },
    {
      name: 'international site, Simplified Chinese',
      origin: INTL,
      query: '?lang=zh-CN&dir=d-fixture00002',
      lang: 'zh-CN',
      key: 'intl:d-fixture00002',
      endpoint: ENDPOINT_ZH,
    },
    {
      name: 'China site, English, no directory id shown',
      origin: CN,
      query: '?lang=en&nodir=1',
      lang: 'en',
      key: 'cn:site',
      endpoint: ENDPOINT_EN,
    },
    {
      // The first fixture's rendering: each value one text node (the others split them as React
      // does, the endpoint and the key into several adjacent nodes).
      name: 'China site, Simplified Chinese, values as single text nodes',
      origin: CN,
      query: '?text=plain&dir=d-fixture00003',
      lang: 'zh-CN',
      key: 'cn:d-fixture00003',
      endpoint: ENDPOINT_ZH,
    },
  ] as {
    name: string;
    origin: string;
    query: string;
    lang: Lang;
    key: string;
    endpoint: string;
  }[])(
    '$name: keeps the key in session storage and the endpoint per directory',
    async ({ origin, query, lang, key: directoryKey, endpoint }) => {
      const page = await openConsole(`${origin}/overview${query}`);
      // The single-page console changes route without a reload.
      await page.getByRole('link', { name: UI[lang].settings, exact: true }).click();
      const key = await generateKey(page, lang);

      const kept = await eventually(
        () => keptSecret(session),
        (s) => s?.secret === key,
      );
      expect(kept).toMatchObject({ directoryKey });
      expect((kept!.forgetAt as number) - (kept!.capturedAt as number)).toBe(30 * 60_000);
      const dialogId = await page
        .locator('[role="dialog"]')
        .getByText(/^scimcred-/)
        .textContent();
      const record = (await directories())[directoryKey]!;
      expect(record).toMatchObject({
        endpoint,
        endpointIssue: null,
        region: 'cn-shanghai',
        syncEnabled: true,
      });
      expect(record.credentials.map((c) => c.id)).toContain(dialogId);
      expect(kept!.credentialId).toBe(dialogId);

      await new NoticeDriver(session.context, page).waitForStatus('kept');
      await closeDialog(page, lang);
      // After the dialog closes the key is nowhere in the page, our notice included.
      expect(await pageText(page)).not.toContain(key);
      expect(await localHolds(key)).toBe(false);
      await page.close();
    },
  );

  it('captures nothing on a look-alike origin serving the same console', async () => {
    const fake = await openConsole(
      'https://cloudsso.console.aliyun.com.example.net/setting?lang=en',
    );
    const fakeKey = await generateKey(fake, 'en');
    expect(await evaluateInContentScript(session.context, fake, 'location.origin')).toEqual({
      injected: false,
    });
    expect(await fake.locator('cloudsso-scim-assistant-notice').count()).toBe(0);

    // The same steps on the real origin afterwards: only that key arrives.
    const real = await openConsole(`${INTL}/setting?dir=d-lookalike01`);
    const realKey = await generateKey(real, 'en');
    await eventually(
      () => keptSecret(session),
      (s) => s?.secret === realKey,
    );
    const session_ = JSON.stringify(await readStorage(session, 'session'));
    expect(session_).not.toContain(fakeKey);
    expect(session_).not.toContain('example.net');
    expect(await localHolds(fakeKey)).toBe(false);
    expect(JSON.stringify(await directories())).not.toContain('example.net');
    await Promise.all([fake.close(), real.close()]);
  });
});

describe('the side panel', () => {
  it('follows the console live: key, reveal, accelerated endpoint, switch, second key, forget', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const region = panel.getByRole('region', { name: 'Captured values' });
    const page = await openConsole(`${INTL}/setting?dir=d-livepanel01`);
    await region.getByText(ENDPOINT_EN, { exact: true }).waitFor();

    const first = await generateKey(page, 'en');
    await region.getByText(/Forgotten in \d+:\d\d/).waitFor();
    expect(await region.textContent()).not.toContain(first);
    await region.getByRole('button', { name: 'Reveal secret' }).click();
    await region.getByText(first, { exact: true }).waitFor();
    // Shown as text, never in a form field.
    expect(
      await panel
        .locator('input, textarea')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).not.toContain(first);
    await closeDialog(page, 'en');

    // The older credential listed by the console expires within 90 days.
    await region.getByText(/scimcred-fixtureold000000001 expires on .+, in \d+ days/).waitFor();

    await page.getByRole('button', { name: 'Enable Accelerated Endpoint' }).click();
    await region
      .getByText('https://cloudsso-scim-cn-shanghai-accelerate.aliyun.com/scim/v2/', {
        exact: true,
      })
      .waitFor();
    await region.getByRole('button', { name: 'Copy accelerated endpoint' }).waitFor();

    await page.getByRole('switch').click();
    await region.getByText(/^SCIM synchronization is off/).waitFor();

    const second = await generateKey(page, 'en');
    await region.getByText(second, { exact: true }).waitFor();
    expect(await region.textContent()).not.toContain(first);
    await closeDialog(page, 'en');

    const notice = new NoticeDriver(session.context, page);
    await notice.waitForStatus('was kept');
    await region.getByRole('button', { name: 'Forget secret' }).click();
    await panel.getByRole('status').getByText('The SCIM key was forgotten.').waitFor();
    await region.getByText(/^No key kept/).waitFor();
    expect(await keptSecret(session)).toBeNull();
    // The console's notice no longer says the key is kept.
    await notice.waitForStatus('The SCIM key was forgotten.');
    await Promise.all([page.close(), panel.close()]);
  });

  it('forgets a key whose time is up, and keeps the next for the limit set in Settings', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const region = panel.getByRole('region', { name: 'Captured values' });
    const page = await openConsole(`${INTL}/setting?dir=d-timeout0001`);
    await generateKey(page, 'en');
    await region.getByText(/Forgotten in/).waitFor();

    // A shortened limit: the kept key's forgetAt moved two seconds ahead.
    const worker = await session.worker();
    await worker.evaluate(async () => {
      const { scimSecret } = await chrome.storage.session.get('scimSecret');
      await chrome.storage.session.set({
        scimSecret: { ...(scimSecret as object), forgetAt: Date.now() + 2_000 },
      });
    });
    await region.getByText(/^No key kept/).waitFor();
    await eventually(
      () => keptSecret(session),
      (s) => s === null,
    );
    await closeDialog(page, 'en');

    // A key already past its time when read is gone even before any timer fires.
    await generateKey(page, 'en');
    await eventually(
      () => keptSecret(session),
      (s) => s !== null,
    );
    await panel.close();
    await worker.evaluate(async () => {
      const { scimSecret } = await chrome.storage.session.get('scimSecret');
      await chrome.storage.session.set({
        scimSecret: { ...(scimSecret as object), forgetAt: Date.now() - 1 },
      });
    });
    const reopened = await openExtensionPage(session, 'sidepanel.html');
    await reopened
      .getByRole('region', { name: 'Captured values' })
      .getByText(/^No key kept/)
      .waitFor();
    await eventually(
      () => keptSecret(session),
      (s) => s === null,
    );
    await closeDialog(page, 'en');

    // The limit is a setting from 5 to 120 minutes.
    const settings = await openSection(reopened, 'Settings');
    const minutes = settings.getByLabel('Keep the SCIM key for (minutes)');
    await minutes.fill('3');
    await minutes.press('Enter');
    await reopened
      .getByRole('status')
      .getByText('Enter a whole number of minutes from 5 to 120.')
      .waitFor();
    await minutes.fill('5');
    await minutes.press('Enter');
    await reopened
      .getByRole('status')
      .getByText('The SCIM key will be kept for 5 minutes.')
      .waitFor();
    const key = await generateKey(page, 'en');
    const kept = await eventually(
      () => keptSecret(session),
      (s) => s?.secret === key,
    );
    expect((kept!.forgetAt as number) - (kept!.capturedAt as number)).toBe(5 * 60_000);
    await closeDialog(page, 'en');

    // A higher limit never extends the key already kept; a lower one shortens it.
    await minutes.fill('120');
    await minutes.press('Enter');
    await reopened
      .getByRole('status')
      .getByText('The SCIM key will be kept for 120 minutes.')
      .waitFor();
    const longKey = await generateKey(page, 'en');
    const long = await eventually(
      () => keptSecret(session),
      (s) => s?.secret === longKey,
    );
    expect((long!.forgetAt as number) - (long!.capturedAt as number)).toBe(120 * 60_000);
    await closeDialog(page, 'en');
    await minutes.fill('10');
    await minutes.press('Enter');
    await eventually(
      () => keptSecret(session),
      (s) => s !== null && (s.forgetAt as number) - (s.capturedAt as number) === 10 * 60_000,
    );
    await reopened
      .getByRole('region', { name: 'Captured values' })
      .getByText(/Forgotten in (?:[5-9]:\d\d|10:00)/)
      .waitFor();
    await setSettings({ secretTtlMinutes: 30 });
    await Promise.all([page.close(), reopened.close()]);
  });

  it('asks before keeping when set, and a page script cannot answer for the admin', async () => {
    await forgetAll();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await (
      await openSection(panel, 'Settings')
    )
      .getByLabel('Ask before keeping the SCIM key')
      .check();
    await panel
      .getByRole('status')
      .getByText('The key is kept only after you confirm on the page.')
      .waitFor();

    const page = await openConsole(`${INTL}/setting?dir=d-askfirst01`);
    const notice = new NoticeDriver(session.context, page);
    const key = await generateKey(page, 'en');
    await notice.waitForButton('Keep the key');
    // Asked, not yet kept.
    expect(await keptSecret(session)).toBeNull();
    // The page's own script cannot reach the buttons (the root is closed), and a synthetic
    // click on the notice does nothing.
    expect(
      await page.evaluate(() => {
        const host = document.querySelector('cloudsso-scim-assistant-notice');
        host?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        return host?.shadowRoot ?? null;
      }),
    ).toBeNull();
    await notice.waitForStatus('Keep this SCIM key');
    expect(await keptSecret(session)).toBeNull();
    await notice.click('Keep the key');
    await eventually(
      () => keptSecret(session),
      (s) => s?.secret === key,
    );
    await closeDialog(page, 'en');

    await generateKey(page, 'en');
    await notice.click('Don’t keep');
    await notice.waitForStatus('The SCIM key was not kept.');
    expect((await keptSecret(session))?.secret).toBe(key);
    await closeDialog(page, 'en');

    // Escape while asked, from the keyboard: "Don't keep", and the notice closes.
    await generateKey(page, 'en');
    await notice.tabTo('Keep the key');
    await page.keyboard.press('Escape');
    await notice.waitGone();
    expect((await keptSecret(session))?.secret).toBe(key);
    await closeDialog(page, 'en');
    await setSettings({ askBeforeKeepingSecret: false });
    await Promise.all([page.close(), panel.close()]);
  });

  it('after a capture the notice points to Entra: Continue opens the side panel, the time counts down', async () => {
    await forgetAll();
    const page = await openConsole(`${INTL}/setting?dir=d-continue01`);
    await generateKey(page, 'en');
    const notice = new NoticeDriver(session.context, page);
    const time = async (): Promise<string> =>
      /Forgotten in \d+:\d\d \(at [^)]*\)/.exec((await notice.read()).text)?.[0] ?? '';
    const first = await eventually(time, (now) => now !== '');
    await eventually(time, (now) => now !== '' && now !== first);
    // The next step is in Entra: the primary action; Forget is there, secondary.
    const { buttons } = await notice.read();
    expect(buttons.map((b) => [b.name, b.primary])).toEqual([
      ['Continue in Entra', true],
      ['Forget the key', false],
      ['Close', false],
    ]);
    // Chromium lets the admin's click in the page open the side panel.
    await notice.click('Continue in Entra');
    await notice.waitForStatus(/^The side panel is open/);
    const worker = await session.worker();
    await eventually(
      () =>
        worker.evaluate(async () => {
          const runtime = chrome.runtime as unknown as {
            getContexts(f: object): Promise<{ documentUrl?: string }[]>;
          };
          return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
        }),
      (n) => n === 1,
    );
    await closeDialog(page, 'en');
    await page.close();
  });

  it('forgets from the in-page notice, by keyboard', async () => {
    await forgetAll();
    const page = await openConsole(`${CN}/setting?dir=d-notice00001`);
    const key = await generateKey(page, 'zh-CN');
    await eventually(
      () => keptSecret(session),
      (s) => s?.secret === key,
    );
    const notice = new NoticeDriver(session.context, page);
    await notice.tabTo('Forget the key');
    await page.keyboard.press('Enter');
    await notice.waitForStatus('The SCIM key was forgotten.');
    expect(await keptSecret(session)).toBeNull();
    await page.close();
  });

  it('names an element it cannot find, and withdraws it once found', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const region = panel.getByRole('region', { name: 'Captured values' });
    const page = await openConsole(`${INTL}/setting?dir=d-broken0001&broken=endpoint`);
    await region.getByText('SCIM endpoint not recognized on this page').waitFor();
    const tabs = (await readStorage(session, 'session', ['captureTabs'])).captureTabs as Record<
      string,
      { problems: { element: string }[] }
    >;
    expect(Object.values(tabs).flatMap((t) => t.problems.map((p) => p.element))).toContain(
      'scim-endpoint',
    );
    await page.goto(`${INTL}/setting?dir=d-broken0001`);
    await region.getByText(ENDPOINT_EN, { exact: true }).waitFor();
    await region
      .getByText('SCIM endpoint not recognized on this page')
      .waitFor({ state: 'detached' });
    await Promise.all([page.close(), panel.close()]);
  });

  it('names a renamed User Settings tab and a renamed key dialog, and keeps no key from the latter', async () => {
    await forgetAll();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const region = panel.getByRole('region', { name: 'Captured values' });
    const page = await openConsole(`${INTL}/setting?dir=d-renamed001&broken=tab`);
    await region.getByText('User Settings tab not recognized on this page').waitFor();

    await page.goto(`${INTL}/setting?dir=d-renamed001&broken=dialog`);
    await region
      .getByText('User Settings tab not recognized on this page')
      .waitFor({ state: 'detached' });
    const key = await generateKey(page, 'en');
    await region.getByText(/^A dialog shows what looks like a SCIM key/).waitFor();
    // Under a title it does not know, the capture reports the dialog and does not guess.
    expect(await keptSecret(session)).toBeNull();
    expect(JSON.stringify(await readStorage(session, 'session'))).not.toContain(key);
    await closeDialog(page, 'en');
    await region
      .getByText(/^A dialog shows what looks like a SCIM key/)
      .waitFor({ state: 'detached' });
    await Promise.all([page.close(), panel.close()]);
  });

  it('counts SCIM-synchronized users and groups for the verification step', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const region = panel.getByRole('region', { name: 'Captured values' });
    const page = await openConsole(`${CN}/setting?dir=d-counts0001`);
    await eventually(
      () => region.getByLabel('Directory').inputValue(),
      (v) => v === 'cn:d-counts0001',
    );
    // The counts sit behind the region's Details.
    await region.getByRole('button', { name: 'Details' }).click();
    await page.getByRole('link', { name: UI['zh-CN'].users, exact: true }).click();
    await region.getByText('Users with Source “SCIM Synchronization”: 3 of 5 listed').waitFor();
    await page.getByRole('link', { name: UI['zh-CN'].groups, exact: true }).click();
    await region.getByText('Groups with Source “SCIM Synchronization”: 2 of 3 listed').waitFor();
    expect((await directories())['cn:d-counts0001']).toMatchObject({
      scimUsers: { scim: 3, listed: 5 },
      scimGroups: { scim: 2, listed: 3 },
    });
    await Promise.all([page.close(), panel.close()]);
  });
});
