import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDialog, generateKey, keptSecret } from './capture-support';
import { eventually, launch, type Session } from './harness';
import { NoticeDriver } from './notice';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

type Status = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * Follows our service worker's running status through CDP, from an ordinary web page: an
 * extension page would run the extension's code, and the side panel reads (and purges) the key.
 */
async function watchWorker(page: Page): Promise<{
  cdp: CDPSession;
  statuses: Status[];
  stop(): Promise<void>;
}> {
  const cdp = await session.context.newCDPSession(page);
  const statuses: Status[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions)
      if (v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`))
        statuses.push(v.runningStatus as Status);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    cdp,
    statuses,
    stop: async () => {
      const before = statuses.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await eventually(
        async () => statuses.slice(before),
        (s) => s.at(-1) === 'stopped',
      );
    },
  };
}

describe('the key time limit while the service worker sleeps', () => {
  it('forgets the key at its forgetAt, the worker woken by the alarm, with no extension page open', async () => {
    const consolePage = await session.context.newPage();
    await consolePage.goto('https://cloudsso.console.alibabacloud.com/setting?dir=d-alarm00001');
    const key = await generateKey(consolePage, 'en');
    await eventually(
      () => keptSecret(session),
      (s) => s?.secret === key,
    );
    await closeDialog(consolePage, 'en');

    // The time limit is 5 minutes at least; bring this key's time a few seconds ahead, the way
    // any context may rewrite it. The worker's alarm follows the stored forgetAt.
    const worker = await session.worker();
    const forgetAt = await worker.evaluate(async () => {
      const { scimSecret } = await chrome.storage.session.get('scimSecret');
      const at = Date.now() + 6_000;
      await chrome.storage.session.set({ scimSecret: { ...(scimSecret as object), forgetAt: at } });
      return at;
    });
    await eventually(
      () => worker.evaluate(() => chrome.alarms.get('capture.forget-key')),
      (a) => a?.scheduledTime === forgetAt,
    );

    // The raw view of session storage, from a page with no extension code in it: reading it
    // there neither wakes the worker nor runs the read-time check that would purge the key.
    // (An unpacked extension's alarm may be set less than 30 s ahead; packed ones are delayed.)
    const rawPage = await session.context.newPage();
    await rawPage.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    const raw = (): Promise<unknown> =>
      rawPage.evaluate(async () => (await chrome.storage.session.get('scimSecret')).scimSecret);

    const blank = await session.context.newPage();
    const watcher = await watchWorker(blank);
    await watcher.stop();
    const asleepAt = Date.now();
    expect(asleepAt).toBeLessThan(forgetAt);
    // Asleep, before its time: the key is still there (the raw read sees it).
    expect(await raw()).toMatchObject({ secret: key });
    expect(watcher.statuses.at(-1)).toBe('stopped');

    // Nothing touches the extension now. At forgetAt the alarm wakes the worker, which removes
    // the key: the raw read sees it gone without our having woken anything.
    const woke = watcher.statuses.length;
    await eventually(raw, (v) => v === undefined, 30_000);
    expect(Date.now()).toBeGreaterThanOrEqual(forgetAt);
    expect(watcher.statuses.slice(woke)).toContain('running');

    // The alarm is spent, and the console's notice no longer says the key is kept.
    const after = await session.worker();
    // (The daily credential-expiry check keeps its own alarm.)
    expect(await after.evaluate(() => chrome.alarms.get('capture.forget-key'))).toBeUndefined();
    expect(await keptSecret(session)).toBeNull();
    await new NoticeDriver(session.context, consolePage).waitForStatus(
      'The SCIM key was forgotten.',
    );
    await watcher.cdp.detach();
    await Promise.all([consolePage.close(), rawPage.close(), blank.close()]);
  }, 60_000);
});
