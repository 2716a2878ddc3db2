import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openEntraApp } from './entra-support';
import { SP, waitForPage } from './guide-support';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';

/**
 * The rotation's "Confirm the new key works" step detected on Entra's pages (issue #14): the
 * Overview's cycle status in the new experience (its page one React-view frame further in) and
 * the classic blade, Provision on demand's result, English and Chinese; a quarantine shows in the
 * card and confirms nothing.
 */
const DIR = 'intl:d-fixture00001';
const OLD = 'scimcred-fixtureold000000001';
const NEW = 'scimcred-fixturenew000000003';

let session: Session;
let panel: Page;
beforeAll(async () => {
  session = await launch();
  panel = await openExtensionPage(session, 'sidepanel.html');
});
afterAll(async () => {
  await session?.close();
});

/** A rotation whose new key was filled, tested and saved a moment ago; no page status yet. */
beforeEach(async () => {
  const worker = await session.worker();
  await worker.evaluate(
    async ([key, oldId, newId]) => {
      const now = Date.now();
      await chrome.storage.session.remove('provisioningStatus');
      const mark = { by: 'detected', at: now };
      await chrome.storage.local.set({
        rotations: {
          [key]: {
            directoryKey: key,
            oldCredentialId: oldId,
            oldExpiresAt: now + 15 * 86_400_000,
            removedCredentialId: null,
            newCredentialId: newId,
            startedAt: now - 60_000,
            steps: {
              'make-room': mark,
              generate: mark,
              fill: mark,
              test: mark,
              save: { by: 'ticked', at: now },
            },
            confirmedBy: null,
            finishedAt: null,
          },
        },
      });
    },
    [DIR, OLD, NEW] as const,
  );
});

interface StoredRotation {
  steps: Record<string, { by: string } | undefined>;
  confirmedBy: string | null;
}
async function rotation(): Promise<StoredRotation | undefined> {
  const { rotations } = await readStorage(session, 'local', ['rotations']);
  return (rotations as Record<string, StoredRotation> | undefined)?.[DIR];
}

const card = () => panel.getByTestId('rotation-card');
const stepItem = (id: string) => card().locator(`[data-rotation-step="${id}"]`);

const openEntra = (menu: string, query: string): Promise<Page> =>
  openEntraApp(session, menu, query);

describe('confirming the new key on the page', () => {
  it('new experience: a completed cycle on the Overview confirms it and unlocks the old credential', async () => {
    await stepItem('confirm').getByText('To do').waitFor();
    expect(await stepItem('disable-old').getByRole('checkbox').isDisabled()).toBe(true);
    const page = await openEntra('Overview', '?experience=live');
    const done = await eventually(rotation, (r) => r?.steps.confirm !== undefined, 20_000);
    expect(done?.steps.confirm?.by).toBe('detected');
    expect(done?.confirmedBy).toBe('cycle');
    await stepItem('confirm').getByText('Done (seen on the page)').waitFor();
    await stepItem('confirm').getByText('Confirmed by a sync cycle').waitFor();
    expect(await stepItem('disable-old').getByRole('checkbox').isDisabled()).toBe(false);
    expect(done?.steps['disable-old']).toBeUndefined();
    await page.close();
  }, 60_000);

  it('classic blade in Chinese, in quarantine: nothing confirmed, the card says why', async () => {
    const page = await openEntra('Overview', '?experience=classic&cycle=quarantine&l=zh-hans');
    const problem = card().getByTestId('rotation-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('quarantine');
    expect(await problem.textContent()).toContain('quarantine');
    expect(await problem.textContent()).toContain(OLD);
    expect((await rotation())?.steps.confirm).toBeUndefined();
    expect(await stepItem('disable-old').getByRole('checkbox').isDisabled()).toBe(true);
    await page.close();
  }, 60_000);

  it('a cycle still in progress confirms nothing and warns of nothing', async () => {
    const page = await openEntra('Overview', '?experience=live&cycle=progress');
    await eventually(
      async () =>
        (await readStorage(session, 'session', ['provisioningStatus'])).provisioningStatus,
      (s) => (s as { cycle?: string } | undefined)?.cycle === 'in-progress',
    );
    expect((await rotation())?.steps.confirm).toBeUndefined();
    expect(await card().getByTestId('rotation-problem').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('Provision on demand: success confirms it (Chinese), a failed run shows the warning', async () => {
    const failed = await openEntra('ProvisionOnDemand', '?experience=live&ondemand=failure');
    const problem = card().getByTestId('rotation-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('on-demand-failed');
    await failed.close();
    const ok = await openEntra('ProvisionOnDemand', '?experience=live&ondemand=success&l=zh-hans');
    const done = await eventually(rotation, (r) => r?.steps.confirm !== undefined, 20_000);
    expect(done?.confirmedBy).toBe('on-demand');
    await stepItem('confirm').getByText('Confirmed by Provision on demand').waitFor();
    await problem.waitFor({ state: 'detached' });
    await ok.close();
  }, 60_000);
  it('an Overview seen before the fill does not count; coming back to it after the fill does', async () => {
    const worker = await session.worker();
    const setFill = (at: number | null) =>
      worker.evaluate(
        async ([key, t]) => {
          const { rotations } = await chrome.storage.local.get('rotations');
          const r = (rotations as Record<string, { steps: Record<string, unknown> }>)[key]!;
          if (t === null) delete r.steps.fill;
          else r.steps.fill = { by: 'detected', at: t };
          await chrome.storage.local.set({ rotations });
        },
        [DIR, at] as const,
      );
    await setFill(null);
    const page = await openEntra('Overview', '?experience=live');
    await eventually(
      async () =>
        (await readStorage(session, 'session', ['provisioningStatus'])).provisioningStatus,
      (s) => (s as { cycle?: string } | undefined)?.cycle === 'completed',
    );
    await setFill(Date.now());
    expect((await rotation())?.steps.confirm).toBeUndefined();
    // Connectivity, then back to the Overview in the same tab: seen again, now after the fill.
    const blade = page
      .frames()
      .find((f) => f.url().startsWith('https://sandbox-1.reactblade.portal.azure.net'))!;
    await blade.getByRole('treeitem', { name: 'Connectivity' }).getByRole('link').click();
    // Read and reported: the same quiet moment reports the status (none here) and the page.
    await waitForPage(session, 'credentials-form');
    await blade.getByRole('treeitem', { name: 'Overview' }).first().getByRole('link').click();
    const done = await eventually(rotation, (r) => r?.steps.confirm !== undefined, 20_000);
    expect(done?.confirmedBy).toBe('cycle');
    await page.close();
  }, 60_000);

  it("another app's Overview confirms nothing; the app the key went into does", async () => {
    const worker = await session.worker();
    const keyWentInto = (app: string | null) =>
      worker.evaluate(
        async ([key, objectId]) => {
          if (objectId === null) return chrome.storage.local.remove('guideProgress');
          const now = Date.now();
          const progress = {
            steps: {},
            currentApp: objectId,
            fillApp: objectId,
            apps: {},
            updatedAt: now,
          };
          // As lib/storage writes it: the value, and its version in WXT's "<key>$" metadata.
          await chrome.storage.local.set({
            guideProgress: { [key]: progress },
            guideProgress$: { v: 2 },
          });
        },
        [DIR, app] as const,
      );
    await keyWentInto('11111111-2222-4333-8444-555555555555');
    const page = await openEntra('Overview', '?experience=live');
    // Seen and kept, with the app its tab shows: it is just not this key's app.
    await eventually(
      async () =>
        (await readStorage(session, 'session', ['provisioningStatus'])).provisioningStatus,
      (s) => (s as { appObjectId?: string } | undefined)?.appObjectId === SP,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect((await rotation())?.steps.confirm).toBeUndefined();
    await stepItem('confirm').getByText('To do').waitFor();
    // The key went into this app after all: the same completed cycle now confirms it.
    await keyWentInto(SP);
    const done = await eventually(rotation, (r) => r?.steps.confirm !== undefined, 20_000);
    expect(done?.confirmedBy).toBe('cycle');
    await keyWentInto(null);
    await page.close();
  }, 60_000);
});
