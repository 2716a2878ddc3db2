import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { closeDialog, generateKey } from './capture-support';
import {
  appRoute,
  pageView,
  provisioningRoute,
  reactView,
  seedCapture,
  waitForPage,
} from './guide-support';
import { launch, openExtensionPage, type Session } from './harness';
import { NoticeDriver } from './notice';

/**
 * Screenshots of every screen from the fixture flow, for the README (docs/images/) and for a
 * person to look at: side panel and popup at 360 and 420 px, light, dark and Chinese, and the
 * in-page notice. A script more than a test: skipped unless SCREENSHOTS=1 (`npm run
 * screenshots`). All shots go to SCREENSHOTS_DIR (default .output/screenshots); the few the
 * README shows are copied to docs/images/ under stable names. The store's pictures (1280x800,
 * English and Chinese, light) go to docs/store/: each is two real screenshots side by side,
 * composed by the same browser, never edited by hand.
 */
const ON = process.env.SCREENSHOTS === '1';
const OUT = resolve(process.env.SCREENSHOTS_DIR ?? '.output/screenshots');
const README = resolve('docs/images');
const STORE = resolve('docs/store');
const STORE_SIZE = { width: 1280, height: 800 } as const;
/** The side panel's width in the store pictures: Chromium's default is about this. */
const STORE_PANEL = 400;
const STORE_GAP = 16;
/** The page beside the side panel: the rest of the picture. */
const STORE_PAGE = STORE_SIZE.width - STORE_PANEL - STORE_GAP;
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

/** One screen of `page` at the given size, as PNG bytes (not saved). */
async function capture(
  page: Page,
  width: number,
  theme: Theme,
  scrollTo?: string,
): Promise<Buffer> {
  await page.setViewportSize({ width, height: STORE_SIZE.height });
  await page.emulateMedia({ colorScheme: theme.scheme });
  // The part the picture is about, at the top; otherwise the page's own top.
  if (scrollTo)
    await page
      .locator(scrollTo)
      .first()
      .evaluate((e) => e.scrollIntoView());
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(150);
  return page.screenshot();
}

/**
 * A 1280x800 store picture: the given screenshots side by side on a neutral background, laid
 * out by a blank page of the same browser (no image library, no network).
 */
async function storeShot(session: Session, file: string, parts: Buffer[]): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  const images = parts
    .map((png) => `<img src="data:image/png;base64,${png.toString('base64')}">`)
    .join('');
  await page.setContent(
    `<body style="margin:0;height:100vh;display:flex;justify-content:center;align-items:center;` +
      `gap:${STORE_GAP}px;background:#e8ebf0">${images}</body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path: join(STORE, file) });
  await page.close();
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
      mkdirSync(STORE, { recursive: true });
      // The store shows English and Chinese, light.
      const store = theme.name === 'dark' ? null : theme.name === 'zh' ? 'zh' : 'en';
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
      // The notice's root is closed: wait for it through the content script's world.
      await new NoticeDriver(session.context, console).waitForButton(
        zh ? '继续在 Entra 中操作' : 'Continue in Entra',
      );
      await closeDialog(console, zh ? 'zh-CN' : 'en');
      await console.setViewportSize({ width: 900, height: 600 });
      await console.emulateMedia({ colorScheme: theme.scheme });
      await console.waitForTimeout(150);
      await console.screenshot({ path: join(OUT, `notice-${theme.name}.png`) });
      if (theme.name === 'light')
        await console.screenshot({ path: join(README, 'in-page-notice.png') });
      await panel.bringToFront();
      if (store) {
        const consoleShot = await capture(console, STORE_PAGE, theme);
        const panelShot = await capture(panel, STORE_PANEL, theme);
        await storeShot(session, `1-capture-${store}.png`, [consoleShot, panelShot]);
      }
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
      if (store) {
        const portalShot = await capture(portal, STORE_PAGE, theme);
        const panelShot = await capture(panel, STORE_PANEL, theme);
        await storeShot(session, `2-entra-fill-${store}.png`, [portalShot, panelShot]);
      }

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
      if (store) {
        const panelShot = await capture(panel, 440, theme, '#expression-linter');
        const popupShot = await capture(popup, 440, theme);
        await storeShot(session, `3-linter-${store}.png`, [panelShot, popupShot]);
      }
    },
  );
});

/** The Mapping check (#13): the page's check, the edit pane's lint, a schema file. */
describe.skipIf(!ON).each(THEMES)('mapping check screenshots, $name', (theme) => {
  it('takes the Mapping check at every width', { timeout: 180_000 }, async () => {
    mkdirSync(OUT, { recursive: true });
    const session = await launch({ locale: theme.locale });
    sessions.push(session);
    const zh = theme.locale === 'zh-CN';
    const lang = zh ? '&l=zh-hans.zh-cn' : '';
    const portal = await session.context.newPage();
    await portal.goto(
      provisioningRoute('AttributeMapping', 'portal.azure.com', `?experience=live${lang}`),
    );
    const view = await pageView(portal);
    await view.getByRole('grid').waitFor();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const section = panel.locator('#mapping-check');
    await section.locator('section[data-object="user"] li.mapping-row').first().waitFor();
    const shootSection = async (name: string): Promise<void> => {
      for (const width of WIDTHS) {
        await panel.setViewportSize({ width, height: 640 });
        await panel.emulateMedia({ colorScheme: theme.scheme });
        await panel.waitForTimeout(150);
        await section.screenshot({ path: join(OUT, `${name}-${theme.name}-${width}.png`) });
      }
    };
    await shootSection('panel-mapping-check');
    await view.getByRole('tab', { name: zh ? '组' : 'Groups' }).click();
    await view
      .getByRole('row')
      .filter({ hasText: /^displayName/ })
      .getByRole('button', { name: zh ? '编辑' : 'Edit' })
      .click();
    await view.locator('select.pane-kind').selectOption('expression');
    await view.locator('textarea.pane-expression').fill('Join(" ", [displayName], "team")');
    await view.locator('textarea.pane-expression').dispatchEvent('input');
    await section.getByTestId('mapping-edit').locator('[data-verdict]').waitFor();
    await shootSection('panel-mapping-edit');
    await portal.close();
    await section.getByTestId('mapping-edit').waitFor({ state: 'detached' });
    await panel
      .getByTestId('schema-file')
      .setInputFiles(resolve('test/fixtures/mappings/graph-schema.json'));
    await section.getByTestId('corrected-schema').waitFor();
    await section.getByTestId('corrected-schema').locator('summary').click();
    await shootSection('panel-mapping-schema');
  });
});
