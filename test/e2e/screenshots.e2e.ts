import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { closeDialog, generateKey } from './capture-support';
import { appRoute, reactView, seedCapture, waitForPage } from './guide-support';
import { launch, openExtensionPage, type Session } from './harness';

/**
 * Screenshots of every screen from the fixture flow, for the README (docs/images/) and for a
 * person to look at: side panel and popup at 360 and 420 px, light, dark and Chinese, and the
 * in-page notice. A script more than a test: skipped unless SCREENSHOTS=1 (`npm run
 * screenshots`). All shots go to SCREENSHOTS_DIR (default .output/screenshots); the few the
 * README shows are copied to docs/images/ under stable names.
 */
const ON = process.env.SCREENSHOTS === '1';
const OUT = resolve(process.env.SCREENSHOTS_DIR ?? '.output/screenshots');
const README = resolve('docs/images');
const WIDTHS = [360, 420] as const;
const THEMES = [
  { name: 'light', locale: 'en-US', scheme: 'light' },
  { name: 'dark', locale: 'en-US', scheme: 'dark' },
  { name: 'zh', locale: 'zh-CN', scheme: 'light' },
] as const;
type Theme = (typeof THEMES)[number];

/** The README's pictures: which shot, under which name. */
const README_SHOTS: Record<string, string> = {
  'panel-first-run-light-360': 'side-panel-first-run.png',
  'panel-step5-filled-light-420': 'side-panel-fill.png',
  'popup-fix-dark-420': 'popup-linter.png',
};

const sessions: Session[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
});

async function shoot(page: Page, name: string, theme: Theme, width: number): Promise<void> {
  const file = `${name}-${theme.name}-${width}.png`;
  await page.setViewportSize({ width, height: 640 });
  await page.emulateMedia({ colorScheme: theme.scheme });
  // Let the layout settle (fonts, the status line) before the picture.
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(OUT, file), fullPage: true });
  const readme = README_SHOTS[`${name}-${theme.name}-${width}`];
  if (readme) await page.screenshot({ path: join(README, readme), fullPage: false });
}

async function everyWidth(page: Page, name: string, theme: Theme): Promise<void> {
  for (const width of WIDTHS) await shoot(page, name, theme, width);
}

describe.skipIf(!ON).each(THEMES)('screenshots, $name', (theme) => {
  it(
    'walks the fixture flow and takes a picture of every screen',
    { timeout: 180_000 },
    async () => {
      mkdirSync(OUT, { recursive: true });
      mkdirSync(README, { recursive: true });
      const session = await launch({ locale: theme.locale });
      sessions.push(session);
      const zh = theme.locale === 'zh-CN';

      // A new admin: nothing captured, no console open.
      const panel = await openExtensionPage(session, 'sidepanel.html');
      await panel.locator('#current-step-title').waitFor();
      await everyWidth(panel, 'panel-first-run', theme);

      // Step 1 on the CloudSSO console: the key is captured, the notice points to Entra.
      const console = await session.context.newPage();
      const site = zh ? 'cloudsso.console.aliyun.com' : 'cloudsso.console.alibabacloud.com';
      await console.goto(`https://${site}/setting?dir=d-shots00001`);
      await generateKey(console, zh ? 'zh-CN' : 'en');
      await console.locator('cloudsso-scim-assistant-notice').getByRole('status').waitFor();
      await closeDialog(console, zh ? 'zh-CN' : 'en');
      await console.setViewportSize({ width: 900, height: 600 });
      await console.emulateMedia({ colorScheme: theme.scheme });
      await console.waitForTimeout(150);
      await console.screenshot({ path: join(OUT, `notice-${theme.name}.png`) });
      if (theme.name === 'light')
        await console.screenshot({ path: join(README, 'in-page-notice.png') });
      await panel.bringToFront();
      await everyWidth(panel, 'panel-captured', theme);
      const captured = panel.locator('section[aria-labelledby="captured-heading"]');
      await captured.locator('button[aria-controls="captured-details"]').click();
      await everyWidth(panel, 'panel-captured-details', theme);
      await console.close();

      // Step 5 in Entra: the form is open, Fill is on, then filled.
      await seedCapture(session);
      const portal = await session.context.newPage();
      const lang = zh ? '?l=zh-hans.zh-cn' : '';
      await portal.goto(appRoute('Provisioning', 'portal.azure.com', lang));
      await reactView(portal)
        .getByRole('button', { name: zh ? '新建配置' : 'New configuration' })
        .click();
      await waitForPage(session, 'credentials-form');
      await panel.bringToFront();
      await panel.locator('.fill-action button.primary:not([disabled])').waitFor();
      await everyWidth(panel, 'panel-step5-ready', theme);
      await panel.locator('.fill-action button.primary').click();
      await panel.locator('.fill-outcome').waitFor();
      await everyWidth(panel, 'panel-step5-filled', theme);

      // A provisioning page whose form the extension cannot read: the values by hand.
      await portal.goto(
        appRoute('Provisioning', 'portal.azure.com', zh ? `${lang}&form=missing` : '?form=missing'),
      );
      await reactView(portal)
        .getByRole('button', { name: zh ? '新建配置' : 'New configuration' })
        .click();
      await panel.bringToFront();
      await panel.locator('section.fallback').waitFor();
      await everyWidth(panel, 'panel-step5-by-hand', theme);
      await portal.close();

      // The linter in the side panel, with the sanitize recipe that drops capitals.
      await panel.locator('#expression-linter button.disclosure').click();
      const box = panel.locator('#panel-expr');
      await box.fill('Replace([displayName], , "[^a-z]", , "", , )');
      await panel.locator('#panel-target').selectOption('group.displayName');
      await panel.locator('#expression-linter .verdict').waitFor();
      await everyWidth(panel, 'panel-linter', theme);

      // The popup: an unsafe expression, then its proven fix.
      const popup = await openExtensionPage(session, 'popup.html');
      await popup.locator('#popup-target').selectOption('group.displayName');
      await popup.locator('#popup-expr').fill('Replace([displayName], , "[^a-z]", , "", , )');
      await popup.locator('.verdict').waitFor();
      await everyWidth(popup, 'popup-unsafe', theme);
      await popup
        .locator('.fix button')
        .filter({ hasText: zh ? '使用此修正' : 'Use this fix' })
        .click();
      await popup.locator('.verdict-proven-safe').waitFor();
      await everyWidth(popup, 'popup-fix', theme);
    },
  );
});
