import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateInContentScript,
  eventually,
  launch,
  openExtensionPage,
  readStorage,
  type Session,
} from './harness';
import { AZURE_FRAME_MATCHES, AZURE_TOP_MATCHES, CLOUDSSO_MATCHES } from '@/lib/origins';
import { EXT_DIR } from './paths';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

async function portalFrames(): Promise<{ origin: string; portal: string; reactView: boolean }[]> {
  const stored = await readStorage(session, 'session', ['portalFrames']);
  return Object.values(
    (stored.portalFrames ?? {}) as Record<
      string,
      { origin: string; portal: string; reactView: boolean }
    >,
  );
}

describe('the built extension', () => {
  it('loads its service worker and asks for nothing broad', async () => {
    const worker = await session.worker();
    expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // offscreen + clipboardWrite clear a copied key from the clipboard (docs/security.md);
    // clipboardRead is never asked for.
    expect(manifest.permissions).toEqual([
      'storage',
      'sidePanel',
      'alarms',
      'offscreen',
      'clipboardWrite',
    ]);
    expect(manifest.permissions).not.toContain('clipboardRead');
    expect(manifest.host_permissions).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // Web-accessible: each content script's on-demand module, to its own portal's pages only,
    // at a per-session address (lib/portals/common/on-demand.ts).
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['azure-on-demand.js'],
        matches: [...AZURE_TOP_MATCHES, ...AZURE_FRAME_MATCHES],
        use_dynamic_url: true,
      },
      {
        resources: ['cloudsso-on-demand.js'],
        matches: [...CLOUDSSO_MATCHES],
        use_dynamic_url: true,
      },
    ]);
  });

  it('renders the side panel and the popup', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    await expect(panel.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'CloudSSO SCIM Assistant',
    );
    const popup = await openExtensionPage(session, 'popup.html');
    await popup.getByRole('button', { name: 'Open side panel' }).waitFor();
    await Promise.all([panel.close(), popup.close()]);
  });
});

describe('content scripts', () => {
  it.each([
    'https://cloudsso.console.aliyun.com/setting',
    'https://cloudsso.console.alibabacloud.com/setting',
  ])('run on the CloudSSO console %s', async (url) => {
    const page = await session.context.newPage();
    await page.goto(url);
    const origin = new URL(url).origin;
    await eventually(portalFrames, (frames) =>
      frames.some((f) => f.origin === origin && f.portal === 'cloudsso'),
    );
    expect(await evaluateInContentScript(session.context, page, 'location.origin')).toEqual({
      injected: true,
      value: origin,
    });
    await page.close();
  });

  it('do not run on a look-alike host serving the same page', async () => {
    const page = await session.context.newPage();
    await page.goto('https://cloudsso.console.aliyun.com.example.net/setting');
    await page.locator('#root').waitFor();
    expect(await evaluateInContentScript(session.context, page, 'location.origin')).toEqual({
      injected: false,
    });
    expect((await portalFrames()).some((f) => f.origin.includes('example.net'))).toBe(false);
    await page.close();
  });

  it('run in the Azure portal, Entra admin center and every React-view frame, not in an unlisted frame, nor a same-origin frame', async () => {
    for (const url of ['https://portal.azure.com/#home', 'https://entra.microsoft.com/#home']) {
      const page = await session.context.newPage();
      await page.goto(url);
      // The top document and its three React-view frames all announce themselves.
      await eventually(
        portalFrames,
        (all) =>
          all.some((f) => f.origin === new URL(url).origin) &&
          all.filter((f) => f.reactView).length >= 3,
      );
      for (const host of [
        'sandbox-1.reactblade',
        'sandbox-2.reactblade-ms',
        'sandbox-3.reactblade-rc',
      ]) {
        const origin = `https://${host}.portal.azure.net`;
        const frame = page.frames().find((f) => f.url().startsWith(origin));
        expect(frame, origin).toBeDefined();
        await expect(
          evaluateInContentScript(session.context, frame!, 'location.origin'),
        ).resolves.toEqual({
          injected: true,
          value: origin,
        });
      }
      const unlisted = page
        .frames()
        .find((f) => f.url().startsWith('https://unlisted.example.net'))!;
      await unlisted.locator('#root').waitFor();
      expect(await evaluateInContentScript(session.context, unlisted, 'location.origin')).toEqual({
        injected: false,
      });
      expect((await portalFrames()).some((f) => f.origin.includes('unlisted'))).toBe(false);
      // A frame of the portal's own origin inside the portal (a classic blade's hidden extension
      // frame) gets no content script: only the React-view hosts are injected into subframes.
      await page.evaluate(() => {
        const frame = document.createElement('iframe');
        frame.src = `${location.origin}/extension-frame.html`;
        frame.title = 'same-origin frame';
        document.body.append(frame);
      });
      const own = await eventually(
        async () => page.frames().find((f) => f.url().endsWith('/extension-frame.html')) ?? null,
        (f) => f !== null,
      );
      await own!.waitForLoadState();
      expect(await evaluateInContentScript(session.context, own!, 'location.origin')).toEqual({
        injected: false,
      });
      await page.close();
      // Closing the tab forgets its frames, so the next host starts from a clean registry.
      await eventually(portalFrames, (all) => all.length === 0);
    }
  });

  it('show up live in an open side panel', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const list = panel.getByRole('list', { name: 'Console pages' });
    const console = await session.context.newPage();
    await console.goto('https://cloudsso.console.alibabacloud.com/home');
    await list.getByText('https://cloudsso.console.alibabacloud.com').waitFor();
    await Promise.all([console.close(), panel.close()]);
  });
});

describe('the message contract', () => {
  it('rejects a malformed message and a message from the wrong sender', async () => {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const send = (message: unknown) =>
      panel.evaluate((m) => chrome.runtime.sendMessage(m), message);
    await expect(send({ type: 'diag.ping', payload: {} })).resolves.toMatchObject({
      ok: true,
      data: { version: '0.1.0' },
    });
    await expect(send({ type: 'diag.ping', payload: { extra: 1 } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
    await expect(send('hello')).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
    await expect(send({ type: 'no.such.message', payload: {} })).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-type' },
    });
    // content.hello is for content scripts only: an extension page may not claim to be one.
    await expect(
      send({ type: 'content.hello', payload: { href: 'https://portal.azure.com/', frame: 'top' } }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });

    // And a content script may not send what only extension pages may.
    const page = await session.context.newPage();
    await page.goto('https://portal.azure.com/#home');
    await eventually(portalFrames, (frames) =>
      frames.some((f) => f.origin === 'https://portal.azure.com'),
    );
    const fromContent = await evaluateInContentScript(
      session.context,
      page,
      `chrome.runtime.sendMessage({ type: 'diag.ping', payload: {} })`,
    );
    expect(fromContent).toMatchObject({
      injected: true,
      value: { ok: false, error: { code: 'bad-sender' } },
    });
    await Promise.all([page.close(), panel.close()]);
  });
});
