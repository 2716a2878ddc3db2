import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeDialog,
  filesContaining,
  generateKey,
  keptSecret,
  launchWithGrantedHosts,
  startScimStandIn,
  stopServiceWorker,
} from './capture-support';
import { copyOutcome } from './guide-support';
import { eventually, openExtensionPage, readStorage, type Session } from './harness';

const SCIM_HOST = 'cloudsso-scim-cn-shanghai.aliyun.com';
const ENDPOINT = `https://${SCIM_HOST}/scim/v2/`;

let session: Session;
let standIn: Awaited<ReturnType<typeof startScimStandIn>>;
let console_: Page;
let panel: Page;
/** Every key generated in this file; none may reach the profile on disk. */
const keys: string[] = [];

beforeAll(async () => {
  session = await launchWithGrantedHosts([SCIM_HOST]);
  standIn = await startScimStandIn(() => keys.at(-1) ?? null);
  // The stand-in answers for the endpoint's host; added after the harness's routes, so it wins.
  await session.context.route(`https://${SCIM_HOST}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${standIn.origin}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
  // A service worker that started before these routes existed may not be routed (Playwright
  // attaches request interception when it attaches to a worker): restart it under them.
  await stopServiceWorker(session);
});
afterAll(async () => {
  await standIn?.close();
  await session?.context.close();
  rmSync(session?.userDataDir ?? '/nonexistent', { recursive: true, force: true });
});

describe('a whole capture flow', () => {
  it('survives the service worker being stopped: the panel still shows the endpoint and the key', async () => {
    console_ = await session.context.newPage();
    await console_.goto('https://cloudsso.console.alibabacloud.com/setting?dir=d-lifecycle1');
    keys.push(await generateKey(console_, 'en'));
    await eventually(
      () => keptSecret(session),
      (s) => s?.secret === keys[0],
    );
    await closeDialog(console_, 'en');

    await stopServiceWorker(session);
    panel = await openExtensionPage(session, 'sidepanel.html');
    const region = panel.getByRole('region', { name: 'Captured values' });
    await region.getByText(ENDPOINT, { exact: true }).waitFor();
    await region.getByRole('button', { name: 'Reveal secret' }).click();
    await region.getByText(keys[0]!, { exact: true }).waitFor();

    // The flow goes on with the worker stopped: the next key wakes it.
    await stopServiceWorker(session);
    keys.push(await generateKey(console_, 'en'));
    await region.getByText(keys[1]!, { exact: true }).waitFor();
    expect((await keptSecret(session))?.secret).toBe(keys[1]);
    await closeDialog(console_, 'en');
  });

  it('checks the endpoint against a stand-in SCIM server: success, key refused (401), not found (404)', async () => {
    const region = panel.getByRole('region', { name: 'Captured values' });
    const status = panel.getByRole('status');
    const check = region.getByRole('button', { name: 'Check SCIM endpoint' });
    // The check sits behind the region's Details.
    await region.getByRole('button', { name: 'Details' }).click();

    standIn.mode.current = 'ok';
    await check.click();
    await status.getByText(/answers as a SCIM 2\.0 service.*The SCIM key works/).waitFor();
    expect(standIn.requests).toEqual([
      { path: '/scim/v2/ServiceProviderConfig', authorization: null },
      { path: '/scim/v2/Users?count=1', authorization: `Bearer ${keys[1]}` },
    ]);

    standIn.mode.current = 'key-refused';
    await check.click();
    await status
      .getByText(/The SCIM key was refused \(HTTP 401\): it is disabled, deleted or expired/)
      .waitFor();

    standIn.mode.current = 'not-found';
    await check.click();
    await status.getByText(/answered 404 Not Found: the path is wrong/).waitFor();
    // No explanation repeats the key.
    expect(await status.textContent()).not.toContain(keys[1]);
    expect(await region.locator('.check-result').textContent()).not.toContain(keys[1]);
  });

  it('leaves the key in no file of the profile, and never in local storage', async () => {
    const region = panel.getByRole('region', { name: 'Captured values' });
    const copyEndpoint = region.getByRole('button', { name: 'Copy SCIM endpoint' });
    await copyEndpoint.click();
    await copyOutcome(copyEndpoint).getByText('Copied').waitFor();
    const copySecret = region.getByRole('button', { name: 'Copy secret token' });
    await copySecret.click();
    await copyOutcome(copySecret)
      .getByText(/^Copied/)
      .waitFor();
    // (The clipboard itself cannot be read back here: Chromium grants no clipboard-read to an
    // extension origin through automation; the write resolving is what "Copied" reports.)
    const local = JSON.stringify(await readStorage(session, 'local'));
    expect(local).toContain(SCIM_HOST);
    for (const key of keys) expect(local).not.toContain(key);

    await session.context.close();
    // The scan can find what the profile does hold (the endpoint, kept in local storage)...
    expect(filesContaining(session.userDataDir, SCIM_HOST).length).toBeGreaterThan(0);
    // ...and finds neither key, in UTF-8 or UTF-16.
    for (const key of keys) expect(filesContaining(session.userDataDir, key)).toEqual([]);
  });
});
