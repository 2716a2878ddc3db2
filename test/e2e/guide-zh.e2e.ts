import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launch, openExtensionPage, type Session } from './harness';
import { appRoute, reactView, seedCapture, waitForPage } from './guide-support';

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: 'zh-CN' });
});
afterAll(async () => {
  await session?.close();
});

it('speaks Simplified Chinese when the browser does, with no serious axe violations', async () => {
  await seedCapture(session);
  const portal = await session.context.newPage();
  await portal.goto(appRoute('Provisioning', 'portal.azure.com', '?l=zh-hans.zh-cn'));
  await reactView(portal).getByRole('button', { name: '新建配置' }).click();
  await waitForPage(session, 'credentials-form');

  const panel = await openExtensionPage(session, 'sidepanel.html');
  expect(await panel.evaluate(() => navigator.language)).toBe('zh-CN');
  await panel.getByRole('heading', { name: '配置向导' }).waitFor();
  const current = panel.getByRole('list', { name: '配置步骤' }).locator('li[aria-current="step"]');
  await current.filter({ hasText: '配置预配' }).waitFor();
  await panel.getByRole('button', { name: '填写租户 URL 和机密令牌' }).click();
  await panel.getByRole('status').filter({ hasText: '已填写租户 URL 和机密令牌' }).waitFor();
  expect(await seriousViolations(panel)).toEqual([]);
  await panel.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(panel)).toEqual([]);
});
