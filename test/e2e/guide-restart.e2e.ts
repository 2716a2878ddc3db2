import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';
import {
  appRoute,
  expectCurrent,
  restartBrowser,
  seedCapture,
  SP,
  step,
  waitForPage,
} from './guide-support';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const badge = (panel: Awaited<ReturnType<typeof openExtensionPage>>, n: number) =>
  step(panel, n).locator('.badge');

describe('progress across a browser restart', () => {
  it('keeps detected and ticked steps, the app and the step-5 choices; forgets the open tabs', async () => {
    await seedCapture(session);
    const portal = await session.context.newPage();
    await portal.goto(appRoute('Overview'));
    await waitForPage(session, 'app-overview');
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await badge(panel, 3).filter({ hasText: 'Done (detected)' }).waitFor();
    await step(panel, 4).getByRole('checkbox', { name: 'Mark done: step 4' }).check();
    await badge(panel, 4).filter({ hasText: 'Done (ticked)' }).waitFor();
    await step(panel, 5)
      .getByRole('button', { name: /instructions/i })
      .click();
    await step(panel, 5)
      .getByRole('checkbox', { name: /Sync only assigned users and groups/ })
      .check();
    // Both written before the browser goes.
    await eventually(
      async () => JSON.stringify(await readStorage(session, 'local', ['guideProgress'])),
      (text) => text.includes('scopeAssignedOnly') && text.includes('"ticked"'),
    );

    session = await restartBrowser(session);

    // Session storage (open tabs, the key) is gone with the browser; progress is not.
    expect(await readStorage(session, 'session', ['guideTabs', 'scimSecret'])).toEqual({});
    const after = await openExtensionPage(session, 'sidepanel.html');
    await badge(after, 3).filter({ hasText: 'Done (detected)' }).waitFor();
    await badge(after, 4).filter({ hasText: 'Done (ticked)' }).waitFor();
    await after.getByText('Entra app: CloudSSO').waitFor();
    await expectCurrent(after, 5);
    const progress = JSON.stringify(await readStorage(session, 'local', ['guideProgress']));
    expect(progress).toContain(SP);
    expect(progress).toContain('scopeAssignedOnly');
  });
});
