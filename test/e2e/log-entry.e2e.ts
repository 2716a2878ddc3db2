import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEntraApp } from './entra-support';
import { pageView } from './guide-support';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';

/**
 * On Entra's Provisioning logs page with a failure's details open, the side panel explains that
 * entry as the triage explains a download (issue #14 item 4): the new experience (its page one
 * React-view frame further in) and the classic blade, English and Chinese.
 */
let session: Session;
let panel: Page;
beforeAll(async () => {
  session = await launch();
  panel = await openExtensionPage(session, 'sidepanel.html');
});
afterAll(async () => {
  await session?.close();
});

const entryCard = () => panel.getByTestId('log-entry-card');

describe('explaining the open provisioning-log entry', () => {
  it('new experience: a rejected group name, then a 401 picked in the list, then closed', async () => {
    const page = await openEntraApp(session, 'ProvisioningLogs', '?experience=live&logentry=name');
    await entryCard().getByRole('heading', { name: 'Why “财务部/北京 ☂” failed' }).waitFor();
    await entryCard()
      .getByRole('heading', { name: /Names CloudSSO rejects/ })
      .waitFor();
    const chars =
      (await entryCard()
        .getByText(/Characters CloudSSO rejects/)
        .textContent()) ?? '';
    expect(chars).toContain('displayName');
    expect(chars).toContain('“/”');
    expect(chars).toContain('“☂”');
    await entryCard().getByText('Proven-safe expression for displayName').waitFor();
    expect(await entryCard().locator('code.expression').textContent()).toMatch(/\[displayName\]/);
    await entryCard().getByText('7c0a5d2e-1111-4000-8000-00000000b002').waitFor();

    // Another entry picked in the list: the 401 asks for a new key.
    const view: Frame = await pageView(page);
    await view.getByRole('row', { name: /Bob Li/ }).click();
    await entryCard()
      .getByRole('heading', { name: /SCIM key rejected/ })
      .waitFor();
    await entryCard().getByRole('button', { name: 'Rotate the SCIM key' }).waitFor();
    await entryCard()
      .getByText(/Entra says: .*CredentialValidationFailure/)
      .waitFor();

    // Closed: the card goes.
    await view.getByRole('button', { name: 'Close' }).click();
    await entryCard().waitFor({ state: 'detached' });
    await page.close();
  }, 60_000);

  it('classic blade in Chinese: the 401 entry, nothing of the page kept past its tab', async () => {
    const page = await openEntraApp(
      session,
      'ProvisioningLogs',
      '?experience=classic&l=zh-hans&logentry=401',
    );
    await entryCard()
      .getByRole('heading', { name: /SCIM key rejected/ })
      .waitFor();
    const stored = await readStorage(session, 'session', ['logEntry']);
    expect(stored.logEntry).toMatchObject({
      entry: {
        status: '失败',
        errorCode: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
        displayName: 'Bob Li',
        objectType: 'user',
        objectId: '5f1c2d3e-0000-4000-8000-00000000a001',
        modified: [{ name: 'userName', oldValue: null, newValue: 'bob.li@contoso.com' }],
      },
    });
    // The blade's menu names Provision on demand and the open entry's steps end in "Perform
    // action: 失败": read on the same look, that is no on-demand result (nor any status).
    const { provisioningStatus } = await readStorage(session, 'session', ['provisioningStatus']);
    expect(provisioningStatus ?? null).toBeNull();
    await page.close();
    await entryCard().waitFor({ state: 'detached' });
    await eventually(
      async () => (await readStorage(session, 'session', ['logEntry'])).logEntry ?? null,
      (v) => v === null,
    );
  }, 60_000);

  it('a successful entry open: no explanation, the list alone: no card', async () => {
    const page = await openEntraApp(session, 'ProvisioningLogs', '?experience=live&logentry=ok');
    const view = await pageView(page);
    await view.getByText('Activity details').waitFor();
    await view.getByRole('row', { name: /Alice Zhang/ }).waitFor();
    // A success has no error code, so the page says nothing to the extension.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await entryCard().count()).toBe(0);
    await page.close();
  }, 60_000);
});
