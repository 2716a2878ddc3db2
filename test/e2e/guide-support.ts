import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { eventually, launch, readStorage, type Session } from './harness';

/** Helpers shared by the guide and fill suites. */

export const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
export const SECRET = 'Zx8aAJCtpbyPJ8saXeYDgyw4Q2';
export const DIRECTORY_KEY = 'intl:d-guide123';
export const SP = '0f1e2d3c-4b5a-6978-8a9b-acbdcedfe0f1';
export const APP = '9a8b7c6d-5e4f-4031-9201-a1b2c3d4e5f6';

export interface SeedOptions {
  secret?: string | null;
  endpoint?: string | null;
  syncEnabled?: boolean | null;
  region?: string | null;
  credentialExpiresAt?: number | null;
  scim?: { users: number; groups: number } | null;
}

/**
 * Stands in for the CloudSSO capture: writes the captured key (session) and the directory
 * (local) exactly in the capture's storage shapes.
 */
export async function seedCapture(session: Session, options: SeedOptions = {}): Promise<void> {
  const worker = await session.worker();
  await worker.evaluate(
    async ([o, key]) => {
      const now = Date.now();
      const secret = o.secret === undefined ? 'Zx8aAJCtpbyPJ8saXeYDgyw4Q2' : o.secret;
      if (secret === null) await chrome.storage.session.remove('scimSecret');
      else
        await chrome.storage.session.set({
          scimSecret: {
            secret,
            credentialId: 'scimcred-guide0001',
            directoryKey: key,
            capturedAt: now,
            forgetAt: now + 30 * 60_000,
          },
        });
      const count = (n: number) => ({ scim: n, listed: n, countedAt: now });
      await chrome.storage.local.set({
        currentDirectory: key,
        directories: {
          [key]: {
            key,
            site: 'intl',
            directoryId: 'd-guide123',
            endpoint:
              o.endpoint === undefined
                ? 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/'
                : o.endpoint,
            acceleratedEndpoint: null,
            endpointIssue: null,
            acceleratedEndpointIssue: null,
            region: o.region === undefined ? 'cn-shanghai' : o.region,
            syncEnabled: o.syncEnabled === undefined ? true : o.syncEnabled,
            credentials: [
              {
                id: 'scimcred-guide0001',
                createdAt: now - 86_400_000,
                expiresAt: o.credentialExpiresAt ?? now + 364 * 86_400_000,
                createdFrom: 'console',
              },
            ],
            scimUsers: o.scim ? count(o.scim.users) : null,
            scimGroups: o.scim ? count(o.scim.groups) : null,
            updatedAt: now,
          },
        },
      });
    },
    [options, DIRECTORY_KEY] as const,
  );
}

export async function clearAll(session: Session): Promise<void> {
  const worker = await session.worker();
  await worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.remove(['scimSecret', 'guideTabs', 'lastFill', 'captureTabs']);
  });
}

interface MergedTab {
  step: number | null;
  page: string;
  form: { frameId: number; documentId: string | null } | null;
  formProblem: string | null;
}

/** The merged recognition of every Entra tab the background knows. */
export async function mergedTabs(session: Session): Promise<MergedTab[]> {
  const stored = await readStorage(session, 'session', ['guideTabs']);
  const tabs = (stored.guideTabs ?? {}) as Record<string, { merged: MergedTab }>;
  return Object.values(tabs).map((t) => t.merged);
}

/** Waits until the background recognized `page` in some tab. */
export function waitForPage(session: Session, page: string): Promise<MergedTab[]> {
  return eventually(
    () => mergedTabs(session),
    (tabs) => tabs.some((t) => t.page === page),
  );
}

/** The React-view frame that shows the portal's provisioning views. */
export function reactView(page: Page): Frame {
  const frame = page
    .frames()
    .find((f) => f.url().startsWith('https://sandbox-1.reactblade.portal.azure.net'));
  if (!frame) throw new Error('No React-view frame on this page');
  return frame;
}

/**
 * The React-view frame that shows the page of the new provisioning experience (sandbox-2),
 * nested in the blade's frame or beside it, wherever the fixture put it; waits for it, since
 * the blade's frame creates a nested one only once it is told what to show.
 */
export async function pageView(page: Page): Promise<Frame> {
  const find = (): Frame | undefined =>
    page.frames().find((f) => f.url().startsWith('https://sandbox-2.reactblade.portal.azure.net'));
  await eventually(
    async () => find() !== undefined,
    (found) => found,
  );
  return find()!;
}

export const provisioningRoute = (menu: string, host = 'portal.azure.com', query = ''): string =>
  `https://${host}/${query}#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/${menu}/objectId/${SP}/appId/${APP}`;

export function unlistedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith('https://unlisted.example.net'));
  if (!frame) throw new Error('No unlisted frame on this page');
  return frame;
}

/** The React view's own state, read in the page's main world (what its framework knows). */
export function viewState(frame: Frame): Promise<{
  view: string;
  tenantUrl: string;
  secretToken: string;
  result: { ok: boolean; text: string } | null;
}> {
  return frame.evaluate(() => (window as unknown as { __reactviewState: never }).__reactviewState);
}

export function currentStep(panel: Page): Locator {
  return panel.locator('ol[aria-label="Setup steps"] > li[aria-current="step"]');
}

export const appRoute = (menu: string, host = 'portal.azure.com', query = ''): string =>
  `https://${host}/${query}#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${menu}/objectId/${SP}/appId/${APP}`;

export const TITLES = [
  'Create the SCIM credential',
  'Enable SCIM synchronization',
  'Create the enterprise application',
  'Assign users and groups',
  'Configure provisioning',
  'Verify the synchronization',
];

/** Waits until the panel marks step `n` as the current one, and only that one. */
export async function expectCurrent(panel: Page, n: number): Promise<void> {
  await currentStep(panel)
    .filter({ hasText: TITLES[n - 1] })
    .waitFor();
  expect(await panel.locator('li[aria-current="step"]').count()).toBe(1);
}

export function step(panel: Page, n: number): Locator {
  return panel
    .getByRole('list', { name: 'Setup steps' })
    .getByRole('listitem')
    .filter({ hasText: TITLES[n - 1] })
    .first();
}

/**
 * Closes the browser and starts it again on the same profile, as the admin quitting and
 * reopening Chrome: local storage stays, session storage and tabs are gone. Use the returned
 * session from then on (its close() removes the profile).
 */
export async function restartBrowser(session: Session): Promise<Session> {
  await session.context.close();
  return launch({ userDataDir: session.userDataDir });
}

/** The current step's card at the top of the side panel. */
export function currentCard(panel: Page): Locator {
  return panel.locator('section.current-step');
}

/** Opens a side-panel section that starts closed ("Settings", "Expression linter"). */
export async function openSection(
  panel: Page,
  name: 'Settings' | 'Expression linter',
): Promise<Locator> {
  const region = panel.getByRole('region', { name });
  const toggle = region.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return region;
}

/** The "Copied" (or why not) confirmation beside a copy button. */
export function copyOutcome(button: Locator): Locator {
  return button.locator('xpath=..').locator('.copy-outcome');
}
