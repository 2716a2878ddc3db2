import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, appRoute, reactView, seedCapture, SECRET, SP } from './guide-support';
import { launch, openExtensionPage, type Session } from './harness';

/**
 * "Copy page outline" end to end: a console page the extension cannot read offers the button in
 * the side panel, and what lands on the clipboard holds the page's structure and the extension's
 * own words, never the values on the page.
 */

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const COPY = 'Copy page outline';

/**
 * Reads the clipboard as the admin would: pastes it into a text box of a blank page. (Chromium
 * grants no clipboard-read permission to an extension origin through automation.)
 */
async function pasteClipboard(): Promise<string> {
  const page = await session.context.newPage();
  try {
    await page.setContent('<textarea aria-label="paste"></textarea>');
    const box = page.getByRole('textbox', { name: 'paste' });
    await box.focus();
    await page.keyboard.press('ControlOrMeta+V');
    return await box.inputValue();
  } finally {
    await page.close();
  }
}

/** Clicks the panel's "Copy page outline" and returns what it put on the clipboard. */
async function copyOutline(panel: Page, scope: ReturnType<Page['locator']>): Promise<string> {
  await panel.bringToFront();
  // Whatever was on the clipboard before must not pass for the outline.
  await panel.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
  await scope.getByRole('button', { name: COPY }).click();
  await scope.getByText('Copied', { exact: true }).waitFor();
  return pasteClipboard();
}

describe('Copy page outline', () => {
  it('on a CloudSSO page whose endpoint label was renamed, copies its structure and known words, not its values', async () => {
    const directoryId = 'd-outline0001';
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const region = panel.getByRole('region', { name: 'Captured values' });
    const consolePage = await session.context.newPage();
    await consolePage.goto(
      `https://cloudsso.console.alibabacloud.com/setting?dir=${directoryId}&broken=endpoint`,
    );
    await region.getByText('SCIM endpoint not recognized on this page').waitFor();
    const endpoint = await consolePage
      .getByText(/^https:\/\/cloudsso-scim-/)
      .first()
      .textContent();
    expect(endpoint).toMatch(/^https:\/\/cloudsso-scim-cn-shanghai\.aliyun\.com/);

    const outline = await copyOutline(panel, region.locator('.problems'));
    expect(outline).toContain('CloudSSO SCIM Assistant: page outline');
    expect(outline).toContain('page: settings');
    expect(outline).toContain('=== top document 0: https://cloudsso.console.alibabacloud.com');
    // The extension's own words stay; the page's values do not.
    expect(outline).toContain('"SCIM-based User Synchronization Configuration"');
    expect(outline).toMatch(/role=tab aria-selected=true .*\n +div .*"User Settings"\n/);
    expect(outline).toContain('a://a');
    for (const value of [endpoint!, 'cloudsso-scim-cn-shanghai', directoryId, 'scimcred-'])
      expect(outline).not.toContain(value);
    // The renamed label is there as a shape, where a maintainer can see it.
    expect(outline).toMatch(/label "AAAA AAAA \(aaaa\)"\n/);
    await Promise.all([consolePage.close(), panel.close()]);
  });

  it('on an Entra page whose React view shows a form it cannot read, copies every frame under its origin', async () => {
    await seedCapture(session);
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const portal = await session.context.newPage();
    // The portal renamed the fields: the view shows a form, nothing labelled as expected.
    await portal.goto(appRoute('Provisioning', 'portal.azure.com', '?form=missing'));
    await reactView(portal).getByRole('button', { name: 'New configuration' }).click();
    await reactView(portal).getByLabel('Endpoint address').waitFor();
    // Fill stays off without a recognized form; the card offers the values and the outline.
    const fallback = panel.getByRole('region', { name: 'Fill by hand' });
    await fallback.waitFor();

    const outline = await copyOutline(panel, fallback);
    expect(outline).toContain('portal: Azure portal / Entra admin center');
    expect(outline).toMatch(
      /page: provisioning \(Microsoft_AAD_IAM\/ManagedAppMenuBlade\/Provisioning\)/,
    );
    expect(outline).toContain('=== top document 0: https://portal.azure.com');
    expect(outline).toMatch(/=== frame \d+: https:\/\/sandbox-1\.reactblade\.portal\.azure\.net\n/);
    expect(outline).toMatch(/iframe origin=https:\/\/sandbox-1\.reactblade\.portal\.azure\.net/);
    // The view's own section holds its form: inputs by type, the known button's name.
    const view = outline.split(/=== frame \d+: https:\/\/sandbox-1\.reactblade/)[1] ?? '';
    expect(view).toMatch(/input type=password/);
    expect(view).toContain('button type=button "Test connection"');
    // A frame off the allow-list is not named.
    expect(outline).toContain('iframe (other origin)');
    expect(outline).not.toContain('unlisted.example.net');
    // No ids of the app (they are in the address), no key.
    for (const value of [SP, APP, SP.slice(0, 8), APP.slice(0, 8), 'objectId', SECRET])
      expect(outline).not.toContain(value);
    await Promise.all([portal.close(), panel.close()]);
  });
});
