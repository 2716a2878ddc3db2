import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { appRoute, reactView, seedCapture, waitForPage } from './guide-support';
import { launch, openExtensionPage, type Session } from './harness';

/**
 * Issue #12's layout rules, on every screen of the side panel and the popup, in light, dark and
 * Chinese: the first screenful of a new admin (360 x 640) holds the current step's title and its
 * one primary action and nothing else primary; no screen scrolls sideways at 320, 360 or 420 px;
 * body text is 14 px and captions 12 px at the least; axe finds nothing serious or critical.
 * One dense walk per theme: each screen is checked at every width where it stands.
 */
const WIDTHS = [320, 360, 420] as const;
const THEMES = [
  { name: 'light', locale: 'en-US', scheme: 'light' },
  { name: 'dark', locale: 'en-US', scheme: 'dark' },
  { name: 'Chinese', locale: 'zh-CN', scheme: 'light' },
] as const;

const sessions: Session[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
});

interface TextTooSmall {
  text: string;
  size: number;
}

/** Visible text smaller than 14 px (12 px for captions, badges and other small print). */
function smallText(page: Page): Promise<TextTooSmall[]> {
  return page.evaluate(() => {
    const found: { text: string; size: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || el.closest('[hidden], .visually-hidden, option')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      const small = el.closest('.caption, .small, .badge, .hint') !== null;
      if (size < (small ? 12 : 14)) found.push({ text: text.slice(0, 40), size });
    }
    return found;
  });
}

/** Checks one screen at every width; axe once (at 360 px) since the rules do not depend on it. */
async function checkScreen(page: Page, screen: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 640 });
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll, `${screen} scrolls sideways at ${width} px`).toBeLessThanOrEqual(
      overflow.view,
    );
    expect(await smallText(page), `${screen} at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 360, height: 640 });
  expect(await seriousViolations(page), screen).toEqual([]);
}

describe.each(THEMES)('every screen, $name', (theme) => {
  it(
    'fits from 320 px, reads at 14 px, passes axe; a new admin sees one thing to do',
    { timeout: 120_000 },
    async () => {
      const session = await launch({ locale: theme.locale });
      sessions.push(session);
      const zh = theme.locale === 'zh-CN';

      // A new admin's first screenful.
      const panel = await openExtensionPage(session, 'sidepanel.html');
      await panel.emulateMedia({ colorScheme: theme.scheme });
      await panel.setViewportSize({ width: 360, height: 640 });
      const title = panel.locator('#current-step-title');
      await title.waitFor();
      expect(await panel.evaluate(() => document.documentElement.lang)).toBe(zh ? 'zh-CN' : 'en');
      expect(await panel.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      const inView = async (selector: string): Promise<boolean> =>
        panel.locator(selector).evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
        });
      expect(await title.textContent()).toBe(zh ? '创建 SCIM 密钥' : 'Create the SCIM credential');
      expect(await inView('#current-step-title')).toBe(true);
      const primaries = panel.locator('.primary:visible');
      await expect(primaries.count()).resolves.toBe(1);
      await expect(primaries.textContent()).resolves.toContain(
        zh ? '打开 CloudSSO 设置' : 'Open CloudSSO settings',
      );
      expect(await inView('section.current-step .primary')).toBe(true);
      await checkScreen(panel, 'first run');

      // Settings and the linter, opened.
      await panel.locator('#settings-heading button').click();
      await panel.locator('#expression-linter h2 button').click();
      await checkScreen(panel, 'settings and linter, empty');

      // Step 5 with captured values in full, the form open in Entra, then filled.
      await seedCapture(session);
      const portal = await session.context.newPage();
      const lang = zh ? '?l=zh-hans.zh-cn' : '';
      await portal.goto(appRoute('Provisioning', 'portal.azure.com', lang));
      await reactView(portal)
        .getByRole('button', { name: zh ? '新建配置' : 'New configuration' })
        .click();
      await waitForPage(session, 'credentials-form');
      await panel.bringToFront();
      await panel.locator('section.captured button[aria-controls="captured-details"]').click();
      await panel.locator('.fill-action button:not([disabled])').click();
      await panel.locator('.fill-outcome').waitFor();
      await panel.locator('section.current-step button[aria-controls="current-step-body"]').click();
      await checkScreen(panel, 'step 5 filled, details and instructions open');

      // A form the extension cannot read: the values by hand.
      await portal.goto(
        appRoute('Provisioning', 'portal.azure.com', zh ? `${lang}&form=missing` : '?form=missing'),
      );
      await reactView(portal)
        .getByRole('button', { name: zh ? '新建配置' : 'New configuration' })
        .click();
      await panel.locator('section.fallback').waitFor();
      await checkScreen(panel, 'fill by hand');
      await portal.close();

      // The linter with an unsafe expression, its fix, the test names, and a dry-run.
      await panel.locator('#panel-target').selectOption('group.displayName');
      await panel.locator('#panel-expr').fill('Replace([displayName], , "[^a-z]", , "", , )');
      await panel.locator('#expression-linter .verdict-unsafe').waitFor();
      await panel.locator('#expression-linter .details-toggle').click();
      await panel
        .locator('#dryrun-file')
        .setInputFiles(resolve('test/fixtures/csv/entra-groups.csv'));
      await panel.locator('.dryrun-results').waitFor();
      await checkScreen(panel, 'linter and dry-run');

      // The popup, with the same expression and its fix.
      const popup = await openExtensionPage(session, 'popup.html');
      await popup.emulateMedia({ colorScheme: theme.scheme });
      await popup.locator('#popup-expr').fill('Join(" ", [displayName] “x”)');
      await popup.locator('.diagnostic').first().waitFor();
      await checkScreen(popup, 'popup with syntax errors');
      await popup.locator('#popup-target').selectOption('group.displayName');
      await popup.locator('#popup-expr').fill('Replace([displayName], , "[^a-z]", , "", , )');
      await popup.locator('.verdict-unsafe').waitFor();
      await checkScreen(popup, 'popup unsafe');
    },
  );
});
