/**
 * The Mapping check end to end, through the built extension in Chromium: the new experience's
 * Attribute mapping page (a React view nested in another), the classic Mappings list and Edit
 * Attribute pane, live updates while the admin edits, saves or discards, the live lint of the
 * expression in the edit pane, and a Graph schema file opened in the side panel.
 */

import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageView, provisioningRoute, seedCapture } from './guide-support';
import {
  evaluateInContentScript,
  launch,
  openExtensionPage,
  readStorage,
  type Session,
} from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
  await seedCapture(session);
});
afterAll(async () => {
  await session?.close();
});

const LIVE = provisioningRoute('AttributeMapping', 'portal.azure.com', '?experience=live');

describe('Mapping check, new experience', () => {
  it('checks the users table from the nested React view and updates while the admin edits', async () => {
    const portal = await session.context.newPage();
    const t0 = Date.now();
    await portal.goto(LIVE);
    const view = await pageView(portal);
    await view.getByRole('grid').waitFor();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const users = panel.locator('section[data-object="user"]');
    await users.waitFor();
    console.log(`mapping page open → panel shows the users check: ${Date.now() - t0} ms`);

    // mailNickname → externalId is flagged with the Alibaba guide's change.
    await users
      .locator('li[data-code="externalId.source"]')
      .filter({ hasText: 'mailNickname' })
      .waitFor();
    // title has no CloudSSO field.
    await users
      .getByTestId('mapping-user-unsupported')
      .locator('li[data-target="title"]')
      .waitFor();
    // Matching on userName suits CloudSSO.
    await expect
      .poll(() => users.getByTestId('mapping-user-matching').textContent())
      .toContain('userName');
    // The truncated long expression was read whole from its title and proven.
    const display = users.locator('li.mapping-row[data-target="displayName"]');
    await display.waitFor();
    expect(await display.locator('code.source').textContent()).toMatch(
      /^IgnoreFlowIfNullOrEmpty\(.*"user-", \[objectId\]\)\)\)$/,
    );
    // userPrincipalName as userName may carry characters CloudSSO refuses: a verdict and a fix.
    const userName = users.locator('li.mapping-row[data-target="userName"]');
    expect(await userName.getAttribute('data-verdict')).toBe('unsafe');
    await userName.getByRole('button', { name: 'Copy fix' }).waitFor();

    // The admin changes externalId's source in the edit pane: the check follows without reload.
    const row = view.getByRole('row').filter({ hasText: 'externalId' });
    await row.getByRole('button', { name: 'Edit' }).click();
    const pane = view.getByRole('dialog');
    await pane.locator('input.pane-source').fill('objectId');
    await pane.getByRole('button', { name: 'Ok' }).click();
    await users.locator('li[data-code="externalId.source"]').waitFor({ state: 'detached' });
    // Discard brings the saved table back, and the problem with it.
    await view.getByRole('button', { name: 'Discard changes' }).click();
    await users.locator('li[data-code="externalId.source"]').waitFor();

    // The Groups tab: displayName with a verdict, members present.
    await view.getByRole('tab', { name: 'Groups' }).click();
    const groups = panel.locator('section[data-object="group"]');
    await groups.locator('li.mapping-row[data-target="displayName"]').waitFor();
    expect(await groups.locator('li[data-code="members.missing"]').count()).toBe(0);
    await panel.close();
    await portal.close();
  }, 120_000);

  it('lints the expression being typed in the edit pane, never typing into Entra', async () => {
    const portal = await session.context.newPage();
    await portal.goto(LIVE);
    const view = await pageView(portal);
    await view.getByRole('row').filter({ hasText: 'name.formatted' }).waitFor();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    // Groups › displayName, switched to Expression: CloudSSO's strictest name rule.
    await view.getByRole('tab', { name: 'Groups' }).click();
    await view.getByRole('row').filter({ hasText: 'members' }).waitFor();
    await view
      .getByRole('row')
      .filter({ hasText: /^displayName/ })
      .getByRole('button', { name: 'Edit' })
      .click();
    await view.locator('select.pane-kind').selectOption('expression');
    const box = view.locator('textarea.pane-expression');
    await box.fill('');
    await box.pressSequentially('[displayName]', { delay: 5 });
    const edit = panel.getByTestId('mapping-edit');
    await edit.locator('code.source').filter({ hasText: '[displayName]' }).waitFor();
    await edit.locator('[data-verdict="unsafe"]').waitFor();
    await edit.getByRole('button', { name: 'Copy fix' }).waitFor();
    // Typing on: the lint follows the text.
    await box.fill('Left(NormalizeDiacritics([displayName]), 128)');
    await box.dispatchEvent('input');
    await edit.locator('code.source').filter({ hasText: 'Left(NormalizeDiacritics' }).waitFor();
    expect(await box.inputValue()).toBe('Left(NormalizeDiacritics([displayName]), 128)');
    await panel.close();
    await portal.close();
  }, 120_000);

  it('reads the Chinese page', async () => {
    const portal = await session.context.newPage();
    await portal.goto(
      provisioningRoute('AttributeMapping', 'portal.azure.com', '?experience=live&l=zh-hans.zh-cn'),
    );
    const view = await pageView(portal);
    await view.getByRole('tab', { name: '用户' }).waitFor();
    await expect
      .poll(async () => {
        const pages = (await readStorage(session, 'session', ['mappingPages'])).mappingPages as
          Record<string, { tables: { object: string; rows: unknown[] }[] }> | undefined;
        return Object.values(pages ?? {}).flatMap((p) =>
          p.tables.map((t) => `${t.object}:${t.rows.length}`),
        );
      })
      .toContain('user:9');
    await portal.close();
  });
});

describe('Mapping check, 60 rows (timings printed, never asserted)', () => {
  it('reads and checks a 60-row table', async () => {
    const portal = await session.context.newPage();
    const t0 = Date.now();
    await portal.goto(
      provisioningRoute('AttributeMapping', 'portal.azure.com', '?experience=live&mappingRows=60'),
    );
    const view = await pageView(portal);
    await view.getByRole('grid').waitFor();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const users = panel.locator('section[data-object="user"]');
    await users.getByTestId('mapping-user-summary').filter({ hasText: 'in 60 mappings' }).waitFor();
    const read = await evaluateInContentScript(
      session.context,
      view,
      'globalThis.__mappingsReadMs',
    );
    const check = await panel.evaluate(
      () => (globalThis as { __mappingCheckMs?: number }).__mappingCheckMs,
    );
    console.log(
      `60 rows: content script read+decide ${read.injected ? Number(read.value).toFixed(1) : '?'} ms; panel check ${check?.toFixed(1)} ms; page open → all verdicts shown ${Date.now() - t0} ms`,
    );
    expect(
      await users.getByTestId('mapping-user-unsupported').locator('li').count(),
    ).toBeGreaterThan(50);
    await panel.close();
    await portal.close();
  }, 120_000);
});

describe('Mapping check, classic experience', () => {
  it('reads the attribute list and the Edit Attribute pane', async () => {
    const portal = await session.context.newPage();
    await portal.goto(
      provisioningRoute('AttributeMapping', 'portal.azure.com', '?experience=classic'),
    );
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await portal.getByRole('button', { name: 'Provision Microsoft Entra ID Groups' }).click();
    const groups = panel.locator('section[data-object="group"]');
    // The long group expression is cut with "..." in its cell and read from its title.
    await groups
      .locator('li.mapping-row[data-target="displayName"][data-verdict="proven-safe"]')
      .waitFor();
    await portal.getByRole('button', { name: 'Provision Microsoft Entra ID Users' }).click();
    const users = panel.locator('section[data-object="user"]');
    await users.locator('li[data-code="externalId.source"]').waitFor();
    // Edit the displayName row: the pane's expression is linted live.
    await portal
      .getByRole('row')
      .filter({ hasText: 'displayName' })
      .getByRole('button', { name: 'Edit' })
      .click();
    await portal.locator('select.classic-kind').selectOption('expression');
    const box = portal.locator('textarea.classic-expression');
    await box.fill('Join(" ", [givenName], [surname])');
    await box.dispatchEvent('input');
    const edit = panel.getByTestId('mapping-edit');
    await edit
      .locator('code.source')
      .filter({ hasText: 'Join(" ", [givenName], [surname])' })
      .waitFor();
    await edit.locator('[data-verdict]').waitFor();
    await panel.close();
    await portal.close();
  });
});

describe('Mapping check, schema file', () => {
  it('checks a Graph schema opened in the panel and offers the corrected copy', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel
      .getByTestId('schema-file')
      .setInputFiles(resolve('test/fixtures/mappings/graph-schema.json'));
    await panel.getByTestId('mapping-source').filter({ hasText: 'graph-schema.json' }).waitFor();
    const users = panel.locator('section[data-object="user"]');
    await users.locator('li[data-code="externalId.source"]').waitFor();
    expect(await users.getByTestId('mapping-user-unsupported').locator('li').count()).toBe(3);
    const command = await panel.getByTestId('az-command').textContent();
    expect(command).toBe(
      'az rest --method PUT --url https://graph.microsoft.com/v1.0/servicePrincipals/<servicePrincipalId>/synchronization/jobs/<jobId>/schema --body @graph-schema.corrected.json',
    );
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download corrected schema' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('"expression": "[objectId]"');
    expect(fixed).not.toContain('"targetAttributeName": "title"');
    // A file that is not a schema: a clear message, the page's check stays.
    await panel.getByRole('button', { name: 'Back to the page' }).click();
    await panel.getByTestId('schema-file').setInputFiles({
      name: 'users.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"value":[]}'),
    });
    await panel.getByRole('alert').filter({ hasText: 'not a synchronization schema' }).waitFor();
    await panel.close();
  });
});
