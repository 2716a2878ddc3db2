import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  appRoute,
  pageView,
  provisioningRoute,
  reactView,
  seedCapture,
  waitForPage,
} from './guide-support';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';

/**
 * The Chinese UI is Chinese throughout (issue #16, point 4): one walk through every screen of the
 * side panel and the popup in zh-CN, through the built extension, collecting visible text runs and
 * aria-label/title/placeholder values that hold an English word of three letters or more. Product
 * names, acronyms, the expression language and what sits in code/monospace elements, inputs and
 * the admin's own values are allowed; anything else is untranslated text and fails the test.
 */

/** Product and vendor names, units and formats a Chinese screen legitimately shows in Latin script. */
const ALLOWED = new Set(
  [
    'CloudSSO',
    'SCIM',
    'Entra',
    'Microsoft',
    'Azure',
    'Alibaba',
    'Cloud',
    'Aliyun',
    'Graph',
    'Chrome',
    'Edge',
    'Markdown',
    'Shell', // Azure Cloud Shell
    'rest', // the `az rest` command
    'null',
    'active',
    'Email', // CloudSSO's field, named as its API names it beside UserName and GroupName
    // The expression language's function names and the attributes admins type.
    'Append',
    'Coalesce',
    'Join',
    'Replace',
    'Switch',
    'Left',
    'Mid',
    'Split',
    'Trim',
    'Word',
    'Item',
    'Not',
    'Now',
    'Guid',
    'Redact',
    'surname',
    'mail',
    'department',
    'true',
    'false',
    // Fixture values the admin typed or that the console shows (names of groups, apps, files).
  ].map((w) => w.toLowerCase()),
);

const GROUPS_CSV = resolve('test/fixtures/csv/entra-groups.csv');
const LOG_JSON = resolve('test/fixtures/logs/download.json');

/**
 * The admin's own data the screens show as it is: every cell of the CSV file given to the
 * dry-run, and the names and Entra's error reasons of the log download given to the triage.
 */
function adminValues(): string[] {
  const cells = readFileSync(GROUPS_CSV, 'utf8').split(/[\r\n,]+/);
  const fromLog: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string' && /^(displayName|reason)$/.test(key)) fromLog.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(JSON.parse(readFileSync(LOG_JSON, 'utf8')));
  return [...cells, ...fromLog, GROUPS_CSV.split('/').pop()!, LOG_JSON.split('/').pop()!]
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
    .sort((a, b) => b.length - a.length);
}
const ADMIN_VALUES = adminValues();

interface Found {
  screen: string;
  text: string;
}

/** Visible text (and accessible names) holding an English word the allow-list does not cover. */
async function english(page: Page, screen: string): Promise<Found[]> {
  const runs = await page.evaluate(() => {
    // Code, monospace and form values are the admin's or the engine's own text, not UI text.
    const CODE =
      'code, kbd, pre, samp, .mono, .expression, textarea, input, select, [translate="no"]';
    const visible = (el: Element): boolean => {
      if (el.closest('[hidden], [aria-hidden="true"]')) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!text || !el || el.closest(CODE) || !(visible(el) || el.closest('.visually-hidden')))
        continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest('[hidden]') || el.closest(CODE.replace(', input, select, textarea', '')))
        continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(`${value} [${name}]`);
      }
    }
    return out;
  });
  const found: Found[] = [];
  for (const text of runs) {
    let prose = text;
    for (const value of ADMIN_VALUES) prose = prose.split(value).join(' ');
    const words = prose
      // Quoted values are inputs and outputs ("Sales & Marketing" → "alesarketing").
      .replace(/"[^"]*"|“[^”]*”|'[^']*'/g, ' ')
      .split(/[\s，。：；、（）“”「」《》！？·…—]+/u)
      // Identifiers, paths, URLs, expressions and numbers-with-units are code, not prose.
      .filter(
        (token) =>
          !/[._/:@[\](){}=$<>#\\]|\d/.test(token) &&
          !/[a-z][A-Z]/.test(token) &&
          // Region ids such as cn-shanghai.
          !/^[a-z]{2}-[a-z]+$/.test(token),
      )
      .flatMap((token) => token.match(/[A-Za-z]{3,}/g) ?? [])
      .filter((w) => !/^[A-Z]{2,}s?$/.test(w) && !ALLOWED.has(w.toLowerCase()));
    if (words.length > 0) found.push({ screen, text: text.slice(0, 160) });
  }
  return found;
}

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

it('shows no untranslated English on any screen in zh-CN', { timeout: 120_000 }, async () => {
  const found: Found[] = [];
  const check = async (page: Page, screen: string): Promise<void> => {
    found.push(...(await english(page, screen)));
  };

  // First run, with settings and the linter open.
  const panel = await openExtensionPage(session, 'sidepanel.html');
  await panel.locator('#current-step-title').waitFor();
  expect(await panel.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await check(panel, 'first run');
  await panel.locator('#settings-heading button').click();
  await panel.locator('#expression-linter h2 button').click();
  await check(panel, 'settings and linter, empty');

  // Captured values, step 5 open in Entra, filled.
  await seedCapture(session);
  const portal = await session.context.newPage();
  await portal.goto(appRoute('Provisioning', 'portal.azure.com', '?l=zh-hans.zh-cn'));
  await reactView(portal).getByRole('button', { name: '新建配置' }).click();
  await waitForPage(session, 'credentials-form');
  await panel.bringToFront();
  await panel.locator('section.captured button[aria-controls="captured-details"]').click();
  await check(panel, 'captured, details open');
  await panel.locator('.fill-action button:not([disabled])').click();
  await panel.locator('.fill-outcome').waitFor();
  await panel.locator('section.current-step button[aria-controls="current-step-body"]').click();
  await check(panel, 'step 5 filled');

  // A form the extension cannot read: the values by hand.
  await portal.goto(appRoute('Provisioning', 'portal.azure.com', '?l=zh-hans.zh-cn&form=missing'));
  await reactView(portal).getByRole('button', { name: '新建配置' }).click();
  await panel.locator('section.fallback').waitFor();
  await check(panel, 'fill by hand');

  // The linter with an unsafe expression and its fix, then a dry-run.
  await panel.locator('#panel-target').selectOption('group.displayName');
  await panel.locator('#panel-expr').fill('Replace([displayName], , "[^a-z]", , "", , )');
  await panel.locator('#expression-linter .verdict-unsafe').waitFor();
  await panel.locator('#expression-linter .details-toggle').click();
  await check(panel, 'linter unsafe with details');
  await panel.locator('#panel-expr').fill('Join(" ", [displayName] “x”)');
  await panel.locator('#expression-linter .diagnostic').first().waitFor();
  await check(panel, 'linter with syntax errors');
  await panel.locator('#panel-expr').fill('Replace([displayName], , "[^a-z]", , "", , )');
  await panel.locator('#expression-linter .verdict-unsafe').waitFor();
  await panel.locator('#dryrun-file').setInputFiles(GROUPS_CSV);
  await panel.locator('.dryrun-results').waitFor();
  await check(panel, 'dry-run');

  // The Mapping check: the page's mappings with the edit pane's lint, then a schema file.
  await portal.goto(
    provisioningRoute('AttributeMapping', 'portal.azure.com', '?experience=live&l=zh-hans.zh-cn'),
  );
  const view = await pageView(portal);
  await view.getByRole('grid').waitFor();
  await panel.bringToFront();
  const mappings = panel.locator('#mapping-check');
  await mappings.locator('section[data-object="user"] li.mapping-row').first().waitFor();
  await view
    .getByRole('row')
    .filter({ hasText: 'name.formatted' })
    .getByRole('button', { name: '编辑' })
    .click();
  await view.locator('textarea.pane-expression').fill('Join(" ", [givenName], [surname], "x")');
  await view.locator('textarea.pane-expression').dispatchEvent('input');
  await mappings
    .getByTestId('mapping-edit')
    .locator('code.source')
    .filter({ hasText: '"x"' })
    .waitFor();
  await check(panel, 'mapping check with the edit pane');
  await portal.close();
  await panel
    .getByTestId('schema-file')
    .setInputFiles(resolve('test/fixtures/mappings/graph-schema.json'));
  await mappings.getByTestId('corrected-schema').locator('summary').click();
  await check(panel, 'mapping check of a schema file');

  // The Provisioning logs page with a rejected name's details open: the entry explained.
  const logs = await session.context.newPage();
  await logs.goto(
    provisioningRoute(
      'ProvisioningLogs',
      'portal.azure.com',
      '?experience=live&logentry=name&l=zh-hans.zh-cn',
    ),
  );
  await panel.bringToFront();
  await panel.getByTestId('log-entry-card').locator('[data-cause="rejected-name"]').waitFor();
  await check(panel, 'log entry open in Entra');
  await logs.close();
  await panel.getByTestId('log-entry-card').waitFor({ state: 'detached' });

  // Log triage with the portal's JSON download.
  await panel.locator('#log-triage button[aria-controls="triage-body"]').click();
  await panel.getByTestId('triage-file').setInputFiles(LOG_JSON);
  await panel.getByTestId('triage-results').locator('[data-cause]').first().waitFor();
  await check(panel, 'log triage');

  // The rotation card: the console at its limit of two credentials, one expiring soon.
  const cloudsso = await session.context.newPage();
  await cloudsso.goto('https://cloudsso.console.alibabacloud.com/setting?creds=two');
  await eventually(
    async () => (await readStorage(session, 'local', ['directories'])).directories,
    (d) => JSON.stringify(d ?? {}).includes('scimcred-fixtureold000000001'),
  );
  const rotationPanel = await openExtensionPage(session, 'sidepanel.html');
  const card = rotationPanel.getByTestId('rotation-card');
  await card.waitFor();
  await check(rotationPanel, 'rotation card');
  await card.locator('button.primary').first().click();
  await card.locator('[data-rotation-step="make-room"]').waitFor();
  await check(rotationPanel, 'rotation started');
  await cloudsso.close();

  // The popup: an unsafe expression and its fix.
  const popup = await openExtensionPage(session, 'popup.html');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await popup.locator('#popup-target').selectOption('group.displayName');
  await popup.locator('#popup-expr').fill('Replace([displayName], , "[^a-z]", , "", , )');
  await popup.locator('.verdict-unsafe').waitFor();
  await check(popup, 'popup unsafe');
  await popup.locator('#popup-expr').fill('Join(" ", [displayName] “x”)');
  await popup.locator('.diagnostic').first().waitFor();
  await check(popup, 'popup syntax errors');

  const unique = found.filter((f, i) => found.findIndex((g) => g.text === f.text) === i);
  console.log(
    unique.length === 0
      ? 'zh-CN walk: no untranslated English'
      : `zh-CN walk: ${unique.length} untranslated text runs\n${unique.map((f) => `  [${f.screen}] ${f.text}`).join('\n')}`,
  );
  expect(unique).toEqual([]);
});
