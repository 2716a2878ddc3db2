import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';
import {
  APP,
  appRoute,
  clearAll,
  expectCurrent,
  step,
  DIRECTORY_KEY,
  ENDPOINT,
  reactView,
  SECRET,
  seedCapture,
  SP,
  waitForPage,
  currentCard,
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
});

async function stateOf(panel: Page, n: number): Promise<string> {
  return (await step(panel, n).locator('.step-row .badge').textContent()) ?? '';
}

describe('step recognition', () => {
  it('follows a full walk of the six steps', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await expectCurrent(panel, 1);

    // Steps 1–2 happen in CloudSSO; the capture's records stand in for it here.
    await seedCapture(session, { syncEnabled: false });
    await expectCurrent(panel, 2);
    await expect(step(panel, 2).textContent()).resolves.toContain(
      'The SCIM synchronization switch is off.',
    );
    await seedCapture(session, { syncEnabled: true });
    await expectCurrent(panel, 3);
    expect(await stateOf(panel, 2)).toBe('Done (detected)');

    const portal = await session.context.newPage();
    await portal.goto(
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
    );
    await waitForPage(session, 'apps-list');
    await portal.getByRole('button', { name: 'New application' }).click();
    await portal.getByRole('button', { name: 'Create your own application' }).click();
    await waitForPage(session, 'create-app');
    await portal.getByLabel("What's the name of your app?").fill('CloudSSO-Prod');
    await portal.getByRole('button', { name: 'Create', exact: true }).click();
    await waitForPage(session, 'app-overview');
    await expectCurrent(panel, 3);
    await step(panel, 3).locator('.badge', { hasText: 'Done (detected)' }).waitFor();
    await panel.getByText('Entra app: CloudSSO-Prod').waitFor();

    await portal.getByRole('menuitem', { name: 'Users and groups' }).getByRole('link').click();
    await expectCurrent(panel, 4);
    expect(await stateOf(panel, 4)).toBe('Current step');
    await portal.getByRole('button', { name: 'Add user/group' }).click();
    await portal.getByLabel('Alice Zhang (User)').check();
    await portal.getByLabel('Engineering-Team (Group)').check();
    await portal.getByRole('button', { name: 'Assign', exact: true }).click();
    await step(panel, 4).locator('.badge', { hasText: 'Done (detected)' }).waitFor();

    await portal.getByRole('menuitem', { name: 'Provisioning' }).getByRole('link').click();
    await expectCurrent(panel, 5);
    await reactView(portal).getByRole('button', { name: 'New configuration' }).click();
    await waitForPage(session, 'credentials-form');
    await panel.getByRole('button', { name: 'Fill Tenant URL and Secret token' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /^Filled/ })
      .waitFor();
    await reactView(portal).getByRole('button', { name: 'Test connection' }).click();
    await reactView(portal)
      .getByText('The supplied credentials are authorized to enable provisioning')
      .waitFor();
    await reactView(portal).getByRole('button', { name: 'Create' }).click();
    await reactView(portal).getByRole('button', { name: 'Start provisioning' }).click();
    await expectCurrent(panel, 6);
    expect(await stateOf(panel, 5)).toBe('Done (detected)');

    // Step 6: the capture counts SCIM-synchronized users and groups on CloudSSO's list pages.
    await seedCapture(session, { scim: { users: 12, groups: 3 } });
    await step(panel, 6).locator('.badge', { hasText: 'Done (detected)' }).waitFor();
    await expect(step(panel, 6).textContent()).resolves.toContain('12 users, 3 groups');
  });

  it.each([
    [
      'a legacy route with a tenant prefix',
      `https://entra.microsoft.com/#@contoso.onmicrosoft.com/blade/Microsoft_AAD_IAM/ManagedAppMenuBlade/Users/appId/${APP}/objectId/${SP}`,
      4,
    ],
    [
      'the provisioning blade of its own extension',
      `https://portal.azure.com/#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`,
      5,
    ],
    [
      'a Chinese portal',
      `https://portal.azure.com/?l=zh-hans.zh-cn#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`,
      4,
    ],
  ])('recognizes %s', async (_name, url, n) => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const portal = await session.context.newPage();
    await portal.goto(url);
    await expectCurrent(panel, n);
    await expect(panel.getByRole('note').count()).resolves.toBe(0);
  });

  it('names the step it could not recognize and falls back to instructions with copy buttons', async () => {
    await seedCapture(session);
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const portal = await session.context.newPage();
    await portal.goto(appRoute('Users', 'portal.azure.com', '?shell=changed'));
    const note = panel
      .getByRole('note')
      .filter({ hasText: 'Step 4 (Assign users and groups) was not recognized on this page' });
    await note.waitFor();
    // The hinted step is current and its card opens its instructions.
    await expectCurrent(panel, 4);
    await currentCard(panel).getByText('In the app: Users and groups → Add user/group').waitFor();

    // The view shows a form whose labels changed, in a shell without titles: step 5 is hinted
    // by the address only.
    await portal.goto(appRoute('Provisioning', 'portal.azure.com', '?shell=changed&form=missing'));
    await reactView(portal).getByRole('button', { name: 'New configuration' }).click();
    await reactView(portal).getByLabel('Endpoint address').waitFor();
    await panel.getByRole('note').filter({ hasText: 'Step 5 (Configure provisioning)' }).waitFor();
    // Its card offers the values to copy by hand.
    const byHand = currentCard(panel).getByRole('region', { name: 'Fill by hand' });
    await byHand.getByRole('button', { name: 'Copy Tenant URL' }).waitFor();
    await byHand.getByRole('button', { name: 'Copy the Secret token value' }).waitFor();
  });
});

describe('Test connection, explained in CloudSSO terms', () => {
  it('reads the outcome and names the cause: wrong region, wrong path, then success', async () => {
    await seedCapture(session);
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const portal = await session.context.newPage();
    await portal.goto(appRoute('Provisioning'));
    const view = reactView(portal);
    await view.getByRole('button', { name: 'New configuration' }).click();
    await waitForPage(session, 'credentials-form');

    const test = async (tenantUrl: string): Promise<void> => {
      await view.getByLabel('Tenant URL').fill(tenantUrl);
      await view.getByLabel('Secret token').fill(SECRET);
      await view.getByRole('button', { name: 'Test connection' }).click();
    };
    await test('https://cloudsso-scim-ap-southeast-1.aliyun.com/scim/v2/');
    await step(panel, 5)
      .getByText(
        'Wrong region: the Tenant URL is for ap-southeast-1, but the CloudSSO directory is in cn-shanghai.',
      )
      .waitFor();
    expect(await stateOf(panel, 5)).toBe('Problem');

    await test('https://cloudsso-scim-cn-shanghai.aliyun.com/scim');
    await step(panel, 5).getByText('Wrong path: the Tenant URL must end in /scim/v2').waitFor();

    await test('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2');
    // The fixture accepts it (which form Entra needs is unconfirmed); the panel clears the problem.
    await view.getByText('The supplied credentials are authorized').waitFor();
    await step(panel, 5).locator('.badge', { hasText: 'Current step' }).waitFor();
  });

  it('a key pasted into Tenant URL reaches neither storage nor the panel', async () => {
    await seedCapture(session);
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const portal = await session.context.newPage();
    await portal.goto(appRoute('Provisioning'));
    const view = reactView(portal);
    await view.getByRole('button', { name: 'New configuration' }).click();
    await waitForPage(session, 'credentials-form');

    const keyNowhere = async (): Promise<void> => {
      const local = JSON.stringify(await readStorage(session, 'local'));
      const { scimSecret: _kept, ...others } = await readStorage(session, 'session');
      for (const text of [local, JSON.stringify(others), await panel.locator('body').textContent()])
        expect(text?.toLowerCase()).not.toContain(SECRET.toLowerCase());
    };
    await view.getByLabel('Tenant URL').fill(SECRET);
    await view.getByLabel('Secret token').fill(SECRET);
    await view.getByRole('button', { name: 'Test connection' }).click();
    // The failed test is recorded and shown as a problem of step 5…
    await eventually(
      async () => JSON.stringify(await readStorage(session, 'local', ['guideProgress'])),
      (text) => text.includes('"lastTest":{'),
    );
    await step(panel, 5).locator('.badge', { hasText: 'Problem' }).waitFor();
    // …without the key, which is named as the likely cause without being repeated.
    await keyNowhere();
    await step(panel, 5).getByText('The Tenant URL is empty or not a web address.').waitFor();

    // Typed as a host name, it is a URL: the background still keeps no part that holds the key.
    await view.getByLabel('Tenant URL').fill(`https://${SECRET}.example.com/scim/v2/`);
    await view.getByRole('button', { name: 'Test connection' }).click();
    await eventually(
      async () => JSON.stringify(await readStorage(session, 'local', ['guideProgress'])),
      (text) => text.includes('"kind":"https"'),
    );
    await step(panel, 5).locator('.badge', { hasText: 'Problem' }).waitFor();
    await keyNowhere();
  });

  it('points at the sync switch and at a disabled key when CloudSSO refuses', async () => {
    await seedCapture(session, { syncEnabled: false });
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const portal = await session.context.newPage();
    await portal.goto(appRoute('Provisioning', 'portal.azure.com', '?sync=off'));
    const view = reactView(portal);
    await view.getByRole('button', { name: 'New configuration' }).click();
    await waitForPage(session, 'credentials-form');
    await panel.getByRole('button', { name: 'Fill Tenant URL and Secret token' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /^Filled/ })
      .waitFor();
    await view.getByRole('button', { name: 'Test connection' }).click();
    const problems = step(panel, 5).locator('.problems');
    await problems
      .getByText('The SCIM synchronization switch is off in CloudSSO. Turn it on (step 2).')
      .waitFor();
    await problems.getByText('the SCIM credential may be disabled or deleted').waitFor();
  });
});

describe('progress, report and reset', () => {
  it('exports a Markdown report without the key', async () => {
    await seedCapture(session);
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const portal = await session.context.newPage();
    await portal.goto(appRoute('Overview'));
    await waitForPage(session, 'app-overview');
    await panel.getByText('Entra app: CloudSSO').waitFor();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export report (Markdown)' }).click(),
    ]);
    const report = readFileSync((await download.path())!, 'utf8');
    expect(report).toContain(ENDPOINT);
    expect(report).toContain('scimcred-guide0001');
    expect(report).toContain(SP);
    expect(report).toContain('| 3. Create the enterprise application | Done (detected) |');
    expect(report).not.toContain(SECRET);
    await expect(panel.getByTestId('report-preview').textContent()).resolves.not.toContain(SECRET);
  });

  it('keeps ticks per directory, and resets with one click and a confirmation (keyboard)', async () => {
    await seedCapture(session);
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await step(panel, 4).getByRole('checkbox', { name: 'Mark done: step 4' }).check();
    await step(panel, 4).locator('.badge', { hasText: 'Done (ticked)' }).waitFor();

    // Another directory has its own progress; switching back finds the tick again.
    const worker = await session.worker();
    await worker.evaluate(() => chrome.storage.local.set({ currentDirectory: 'cn:site' }));
    await worker.evaluate(async () => {
      const { directories } = (await chrome.storage.local.get('directories')) as {
        directories: Record<string, object>;
      };
      const any = Object.values(directories)[0] as Record<string, unknown>;
      await chrome.storage.local.set({
        directories: {
          ...directories,
          'cn:site': {
            ...any,
            key: 'cn:site',
            site: 'cn',
            directoryId: null,
            updatedAt: Date.now(),
          },
        },
      });
    });
    await step(panel, 4).locator('.badge', { hasText: 'Not started' }).waitFor();
    await worker.evaluate(
      (key) => chrome.storage.local.set({ currentDirectory: key }),
      DIRECTORY_KEY,
    );
    await step(panel, 4).locator('.badge', { hasText: 'Done (ticked)' }).waitFor();

    const reset = panel.getByRole('button', { name: 'Reset progress' });
    await reset.focus();
    await panel.keyboard.press('Enter');
    const confirm = panel.getByRole('group', { name: /Reset the progress of this directory/ });
    await confirm.waitFor();
    await panel.keyboard.press('Escape'); // cancel: nothing changes
    await confirm.waitFor({ state: 'detached' });
    expect(await stateOf(panel, 4)).toBe('Done (ticked)');

    await reset.click();
    // Focus moves to the confirming button.
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.textContent))
      .toBe('Yes, reset progress');
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'Progress reset.' }).waitFor();
    await step(panel, 4).locator('.badge', { hasText: 'Not started' }).waitFor();
  });
});

describe('accessibility and language', () => {
  async function busyPanel(): Promise<Page> {
    await seedCapture(session);
    const portal = await session.context.newPage();
    await portal.goto(appRoute('Provisioning', 'portal.azure.com', '?form=missing'));
    await reactView(portal).getByRole('button', { name: 'New configuration' }).click();
    await reactView(portal).getByLabel('Endpoint address').waitFor();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.getByRole('region', { name: 'Fill by hand' }).waitFor();
    return panel;
  }

  it('has no serious axe violations in light and dark', async () => {
    const panel = await busyPanel();
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      true,
    );
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('is usable by keyboard: the current step’s action and a step tick are reachable with Tab', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const reach = async (name: string): Promise<boolean> => {
      for (let i = 0; i < 80; i++) {
        await panel.keyboard.press('Tab');
        const focused = await panel.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ??
            document.activeElement?.textContent ??
            '',
        );
        if (focused.includes(name)) return true;
      }
      return false;
    };
    expect(await reach('Open CloudSSO settings')).toBe(true);
    expect(await reach('Mark done: step 1')).toBe(true);
    await panel.keyboard.press('Space');
    await step(panel, 1).locator('.badge', { hasText: 'Done (ticked)' }).waitFor();
  });
});
