import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDialog, generateKey, keptSecret } from './capture-support';
import { APP, pageView, provisioningRoute, restartBrowser, SP, viewState } from './guide-support';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';

/**
 * The SCIM key rotation end to end (issue #14), through the built extension: the CloudSSO
 * console at its limit of two credentials (one expiring in 15 days, one disabled), the badge and
 * the card, every step on the fixture pages, the old credential kept until the new key is
 * confirmed, a browser restart in the middle, and the report.
 */
const INTL = 'https://cloudsso.console.alibabacloud.com';
const DIR = 'intl:d-fixture00001';
const OLD = 'scimcred-fixtureold000000001';
const DISABLED = 'scimcred-fixturedis000000002';
const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
const MASK = '************';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

interface StoredCredential {
  id: string;
  status?: string | null;
  expiresAt: number | null;
}
async function credentials(): Promise<StoredCredential[]> {
  const { directories } = await readStorage(session, 'local', ['directories']);
  const d = (directories as Record<string, { credentials: StoredCredential[] }> | undefined)?.[DIR];
  return d?.credentials ?? [];
}

async function badge(): Promise<string> {
  const worker = await session.worker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

interface StoredRotation {
  steps: Record<string, { by: string } | undefined>;
  newCredentialId: string | null;
  finishedAt: number | null;
}
async function rotation(): Promise<StoredRotation | undefined> {
  const { rotations } = await readStorage(session, 'local', ['rotations']);
  return (rotations as Record<string, StoredRotation> | undefined)?.[DIR];
}

const card = (panel: Page) => panel.getByTestId('rotation-card');
const stepItem = (panel: Page, id: string) => card(panel).locator(`[data-rotation-step="${id}"]`);

/** The console row of a credential (its id is split across two text nodes). */
const row = (page: Page, id: string) => page.locator('tr.next-table-row', { hasText: id });

async function openConsole(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${INTL}/setting?creds=two`);
  return page;
}

/** The Entra app with a running job that uses the old key, as the portal keeps it per tab. */
async function openConnectivity(): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(
    ([objectId, appId, tenantUrl]) => {
      if (location.hostname !== 'portal.azure.com' || sessionStorage.getItem('fixture.portal'))
        return;
      sessionStorage.setItem(
        'fixture.portal',
        JSON.stringify({
          apps: {
            [objectId]: {
              name: 'CloudSSO',
              objectId,
              appId,
              assignments: [],
              provisioning: {
                configured: true,
                started: true,
                tenantUrl,
                scope: 'assigned',
                status: 'on',
              },
            },
          },
        }),
      );
    },
    [SP, APP, ENDPOINT] as const,
  );
  await page.goto(provisioningRoute('Connectivity', 'portal.azure.com', '?experience=live'));
  return page;
}

describe('rotating the SCIM key', () => {
  it('badge and card, each step, the old credential kept until the new key is confirmed', async () => {
    // The console lists both credentials with their state.
    await openConsole();
    await eventually(credentials, (list) => list.length === 2);
    expect((await credentials()).map((c) => [c.id, c.status])).toEqual([
      [DISABLED, 'disabled'],
      [OLD, 'enabled'],
    ]);
    const expiresAt = (await credentials()).find((c) => c.id === OLD)!.expiresAt!;

    // The daily check: an alarm, and the badge with the days left.
    expect(await eventually(badge, (b) => b !== '')).toBe('15d');
    const worker = await session.worker();
    const alarm = await worker.evaluate(() => chrome.alarms.get('rotation.expiry-check'));
    expect(alarm?.periodInMinutes).toBe(1440);

    // The side panel opens on the card naming the directory, the credential and the date.
    let panel = await openExtensionPage(session, 'sidepanel.html');
    await card(panel).waitFor();
    const first = panel.locator('main > section').first();
    expect(await first.getAttribute('data-testid')).toBe('rotation-card');
    await card(panel).getByRole('heading', { name: 'Rotate the SCIM key' }).waitFor();
    const lead = await card(panel).locator('.lead').textContent();
    expect(lead).toContain(OLD);
    expect(lead).toContain('d-fixture00001');
    expect(lead).toContain(new Date(expiresAt).toISOString().slice(0, 10));
    await card(panel).getByRole('button', { name: 'Start the rotation' }).click();

    // Make room: delete the disabled credential, never the one Entra uses.
    const makeRoom = stepItem(panel, 'make-room');
    await makeRoom.getByText(`delete ${DISABLED} first (it is disabled)`).waitFor();
    expect(await makeRoom.getAttribute('aria-current')).toBe('step');

    // A browser restart in the middle: the rotation resumes where it was.
    session = await restartBrowser(session);
    panel = await openExtensionPage(session, 'sidepanel.html');
    await stepItem(panel, 'make-room').getByText(`delete ${DISABLED} first`).waitFor();
    const console = await openConsole();

    // Generating a third credential is refused by the console; deleting the disabled one works.
    await console.getByRole('button', { name: 'Generate New SCIM Credential' }).click();
    await console
      .getByRole('alert')
      .getByText(/at most two SCIM credentials/)
      .waitFor();
    await row(console, DISABLED).getByRole('button', { name: 'Delete' }).click();
    await stepItem(panel, 'make-room').getByText('Done (seen on the page)').waitFor();

    // Generate: the capture keeps the new key; the card names the new credential.
    await generateKey(console, 'en');
    await closeDialog(console, 'en');
    const kept = await eventually(
      () => keptSecret(session),
      (k) => k !== null,
    );
    const newId = kept!.credentialId as string;
    await stepItem(panel, 'generate').getByText('Done (seen on the page)').waitFor();
    await card(panel).getByText(`New credential: ${newId}`).waitFor();

    // The old credential's steps wait for the confirmation, and it stays enabled.
    for (const id of ['disable-old', 'delete-old']) {
      await stepItem(panel, id).getByText('Waits for the confirmation').waitFor();
      expect(await stepItem(panel, id).getByRole('checkbox').isDisabled()).toBe(true);
    }
    expect((await credentials()).find((c) => c.id === OLD)?.status).toBe('enabled');

    // Fill on Connectivity: the saved secret is masked, replaced by the admin's click.
    const entra = await openConnectivity();
    const view = await pageView(entra);
    await eventually(
      () => viewState(view),
      (s) => s.view === 'live-connectivity' && s.secretToken === MASK,
    );
    await stepItem(panel, 'fill')
      .getByRole('button', { name: 'Fill Tenant URL and Secret token' })
      .click();
    await eventually(
      () => viewState(view),
      (s) => s.secretToken === kept!.secret && s.tenantUrl === ENDPOINT,
    );
    await stepItem(panel, 'fill').getByText('Done (seen on the page)').waitFor();

    // Test connection, detected from the page; Save ticked by hand.
    await view.getByRole('button', { name: 'Test connection' }).click();
    await stepItem(panel, 'test').getByText('Done (seen on the page)').waitFor();
    await view.getByRole('button', { name: 'Save', exact: true }).click();
    await stepItem(panel, 'save').getByRole('checkbox').check();
    await stepItem(panel, 'save').getByText('Done (ticked)').waitFor();

    // Still no way to disable the old credential before the confirmation.
    expect(await stepItem(panel, 'disable-old').getByRole('checkbox').isDisabled()).toBe(true);
    expect((await rotation())?.steps['disable-old']).toBeUndefined();

    // Confirm: the next cycle succeeded.
    await stepItem(panel, 'confirm').getByRole('button', { name: 'Next cycle succeeded' }).click();
    await stepItem(panel, 'confirm').getByText('Confirmed by a sync cycle').waitFor();

    // Disable, then delete the old credential on the console: both detected from the list.
    await console.bringToFront();
    await row(console, OLD).getByRole('button', { name: 'Disable' }).click();
    await stepItem(panel, 'disable-old').getByText('Done (seen on the page)').waitFor();
    expect(await badge()).toBe('');
    await row(console, OLD).getByRole('button', { name: 'Delete' }).click();
    const done = await eventually(rotation, (r) => r?.finishedAt != null);
    expect(done?.newCredentialId).toBe(newId);
    expect(done?.steps['delete-old']?.by).toBe('detected');
    await card(panel).waitFor({ state: 'detached' });

    // The report records the rotation: ids and dates, never the key.
    await panel
      .getByRole('button', { name: /Export report/ })
      .first()
      .waitFor();
    const report = (await panel.getByTestId('report-preview').textContent()) ?? '';
    expect(report).toContain('## Key rotation');
    expect(report).toContain(OLD);
    expect(report).toContain(newId);
    expect(report).toContain(DISABLED);
    expect(report).not.toContain(kept!.secret as string);
  }, 120_000);
});
