import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLogJson } from '../fixtures/logs/generate';
import { launch, openExtensionPage, type Session } from './harness';

/**
 * Provisioning-log triage in the side panel through the built extension: the portal's JSON and
 * CSV downloads from test/fixtures/logs, groups by CloudSSO cause, the CSV export, and a
 * generated 100,000-entry download read in the worker with progress while the panel answers.
 */
const LOGS = resolve('test/fixtures/logs');
let session: Session;
let panel: Page;

beforeAll(async () => {
  session = await launch();
  panel = await openExtensionPage(session, 'sidepanel.html');
  const region = panel.getByRole('region', { name: 'Provisioning log triage' });
  await region.getByRole('button', { name: 'Provisioning log triage', exact: true }).click();
});
afterAll(async () => {
  await session?.close();
});

const results = (): Locator => panel.getByTestId('triage-results');
const group = (cause: string): Locator => results().locator(`[data-cause="${cause}"]`);

async function open(...files: string[]): Promise<void> {
  await panel.getByTestId('triage-file').setInputFiles(files);
}

async function groupCounts(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const g of await results().locator('[data-cause]').all()) {
    out[(await g.getAttribute('data-cause'))!] = (await g.locator('h3 .badge').textContent())!;
  }
  return out;
}

describe('provisioning-log triage in the side panel', () => {
  it('groups the JSON download by CloudSSO cause, with the proven fix and an export', async () => {
    await open(join(LOGS, 'download.json'));
    await results().getByText('10 entries, 8 failures (download.json)').waitFor();
    expect(await groupCounts()).toEqual({
      credential: '1',
      endpoint: '1',
      quarantine: '1',
      'rejected-name': '2',
      duplicate: '1',
      'multi-valued': '1',
      other: '1',
    });
    const rejected = group('rejected-name');
    await rejected.getByText('王小明', { exact: true }).waitFor();
    await rejected.getByText('财务部 🚀 Finance', { exact: true }).waitFor();
    await rejected.getByText('0a1b2c3d-0002-4000-8000-000000000002').waitFor();
    await rejected.getByText('userName · Characters CloudSSO rejects: “王” “小” “明”').waitFor();
    await rejected.getByText('Proven-safe expression for userName').waitFor();
    expect(await rejected.locator('code.expression').first().textContent()).toContain(
      'NormalizeDiacritics([userPrincipalName])',
    );
    await group('duplicate')
      .getByText('Same name as Ann Lee (0a1b2c3d-0004-4000-8000-000000000004)')
      .waitFor();
    await group('credential').getByRole('button', { name: 'Rotate the SCIM key' }).waitFor();
    await group('other').getByText('Timeout: The request to the target timed out.').waitFor();

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      results().getByRole('button', { name: 'Export all as CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFCause,Display name,Object id,Detail')).toBe(true);
    expect(csv).toContain('rejected-name,王小明,0a1b2c3d-0002-4000-8000-000000000002');
    expect(csv.trim().split('\n')).toHaveLength(9);
  });

  it('reads the three CSV files as one download, the same groups', async () => {
    await open(
      join(LOGS, 'ProvisioningLogs.csv'),
      join(LOGS, 'ProvisioningLogs_ModifiedProperties.csv'),
      join(LOGS, 'ProvisioningLogs_ProvisioningSteps.csv'),
    );
    await results()
      .getByText(/^10 entries, 8 failures \(ProvisioningLogs\.csv/)
      .waitFor();
    expect(Object.keys(await groupCounts())).toHaveLength(7);
    await group('multi-valued').getByText('Carol 😀 Chen').waitFor();
  });

  it('says what is wrong with a file that is not a provisioning log, and keeps the panel', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-e2e-'));
    const users = join(dir, 'users.csv');
    writeFileSync(users, 'objectId,displayName\n1,a\n');
    await open(users);
    await panel
      .getByRole('alert')
      .getByText(/users\.csv does not look like a provisioning-log download/)
      .waitFor();
  });

  it('reads 100,000 entries in the worker with progress, the panel answering meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-big-'));
    const big = join(dir, 'big.json');
    writeFileSync(big, generateLogJson(100_000));
    await open(big);
    const progress = panel.locator('.triage-progress');
    await progress.waitFor();
    const seen = new Set<string>();
    // While the worker runs, the page's own thread keeps answering.
    while (await progress.isVisible()) {
      const label = await progress
        .locator('.caption')
        .textContent({ timeout: 2000 })
        .catch(() => null);
      if (label) seen.add(label);
      expect(await panel.evaluate(() => document.readyState)).toBe('complete');
      await panel.waitForTimeout(100);
    }
    await results().getByText('100,000 entries, 25,000 failures (big.json)').waitFor({
      timeout: 60_000,
    });
    expect(seen.size).toBeGreaterThan(1);
  }, 120_000);
});
