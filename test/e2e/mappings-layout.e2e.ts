/**
 * The Mapping check's screens by the layout rules of layout.e2e.ts: no sideways scrolling from
 * 320 to 420 px, text at least 14 px (captions and badges 12), no serious axe violations, in
 * light, dark and Chinese: the page's check with the edit pane's lint, then a schema file.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { pageView, provisioningRoute } from './guide-support';
import { launch, openExtensionPage, type Session } from './harness';

const WIDTHS = [320, 360, 420] as const;
const THEMES = [
  { name: 'light', locale: 'en-US', scheme: 'light' },
  { name: 'dark', locale: 'en-US', scheme: 'dark' },
  { name: 'zh', locale: 'zh-CN', scheme: 'light' },
] as const;
const sessions: Session[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
});

async function checkScreen(page: Page, screen: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 640 });
    const found = await page.evaluate(() => {
      const small: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent?.trim() || !el || el.closest('[hidden], .visually-hidden, option'))
          continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        const isSmall = el.closest('.caption, .small, .badge, .hint') !== null;
        if (size < (isSmall ? 12 : 14))
          small.push(`${node.textContent.trim().slice(0, 30)} ${size}`);
      }
      return {
        small,
        scroll: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      };
    });
    expect(found.scroll, `${screen} scrolls sideways at ${width} px`).toBeLessThanOrEqual(
      found.view,
    );
    expect(found.small, `${screen} at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 360, height: 640 });
  expect(await seriousViolations(page), screen).toEqual([]);
}

describe.each(THEMES)('Mapping check layout, $name', (theme) => {
  it('fits from 320 px, reads at 14 px, passes axe', { timeout: 180_000 }, async () => {
    const session = await launch({ locale: theme.locale });
    sessions.push(session);
    const zh = theme.locale === 'zh-CN';
    const portal = await session.context.newPage();
    const lang = zh ? '&l=zh-hans.zh-cn' : '';
    await portal.goto(
      provisioningRoute('AttributeMapping', 'portal.azure.com', `?experience=live${lang}`),
    );
    const view = await pageView(portal);
    await view.getByRole('grid').waitFor();
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await panel.emulateMedia({ colorScheme: theme.scheme });
    const section = panel.locator('#mapping-check');
    await section.locator('section[data-object="user"] li.mapping-row').first().waitFor();
    await view
      .getByRole('row')
      .filter({ hasText: 'name.formatted' })
      .getByRole('button', { name: zh ? '编辑' : 'Edit' })
      .click();
    await view.locator('textarea.pane-expression').fill('Join(" ", [givenName], [surname], "x")');
    await view.locator('textarea.pane-expression').dispatchEvent('input');
    await section
      .getByTestId('mapping-edit')
      .locator('code.source')
      .filter({ hasText: '"x"' })
      .waitFor();
    await checkScreen(panel, 'mapping check with the edit pane');
    await portal.close();
    await panel
      .getByTestId('schema-file')
      .setInputFiles(resolve('test/fixtures/mappings/graph-schema.json'));
    await section.getByTestId('corrected-schema').locator('summary').click();
    await checkScreen(panel, 'mapping check of a schema file');
  });
});
