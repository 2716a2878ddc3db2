import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, readStorage, type Session } from './harness';

/** Console labels the tests click, per fixture language (the fixture's own labels.js). */
export const UI = {
  en: {
    generate: 'Generate New SCIM Credential',
    ok: 'OK',
    settings: 'Settings',
    users: 'Users',
    groups: 'Groups',
  },
  'zh-CN': {
    generate: '生成新的SCIM密钥',
    ok: '确定',
    settings: '设置',
    users: '用户',
    groups: '用户组',
  },
} as const;
export type Lang = keyof typeof UI;

/**
 * Generates a key in the console and returns it as the page shows it: the fixture makes it with
 * the page's own crypto at run time, so the test learns it from the dialog, like the admin.
 */
export async function generateKey(page: Page, lang: Lang): Promise<string> {
  await page.getByRole('button', { name: UI[lang].generate }).click();
  const field = page.locator('[role="dialog"]').locator('input.next-input, .secret-value');
  await field.waitFor();
  const key =
    (await field.evaluate((el) => el.tagName)) === 'INPUT'
      ? await field.inputValue()
      : ((await field.textContent()) ?? '');
  if (!/^[A-Za-z0-9]{24}$/.test(key))
    throw new Error(`Unexpected key in the dialog: ${key.length} chars`);
  return key;
}

export async function closeDialog(page: Page, lang: Lang): Promise<void> {
  await page.locator('[role="dialog"]').getByRole('button', { name: UI[lang].ok }).click();
  await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
}

/** Everything of the page's DOM a script could read, our notice's shadow root included. */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.outerHTML];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
      if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    }
    return parts.join('\n');
  });
}

export async function keptSecret(session: Session): Promise<Record<string, unknown> | null> {
  const stored = await readStorage(session, 'session', ['scimSecret']);
  return (stored.scimSecret as Record<string, unknown> | undefined) ?? null;
}

/** Stops the extension's service worker, as Chromium does after 30 s idle, and waits for it. */
export async function stopServiceWorker(session: Session): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  const cdp = await session.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      const ours = e.versions.filter((v) =>
        v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`),
      );
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}

/**
 * Launches with optional host access already granted, as if the admin had pressed "Allow" on an
 * earlier endpoint check: the permission prompt is a browser dialog that headless Chromium
 * shows but nothing can click (a `permissions.request` for a new host stays pending forever).
 * The product's code is unchanged: it still calls `permissions.request`, which resolves at once
 * for a host already granted. The grant is written where Chromium keeps it, the profile's
 * Preferences, between a first launch (which installs the extension) and a second.
 */
export async function launchWithGrantedHosts(hosts: string[]): Promise<Session> {
  const first = await launch();
  const id = first.extensionId;
  await first.context.close();
  const prefsPath = join(first.userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(prefsPath, 'utf8')) as {
    extensions: { settings: Record<string, Record<string, { explicit_host?: string[] }>> };
  };
  const entry = prefs.extensions.settings[id]!;
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = (entry[key] ??= {});
    set.explicit_host = [...(set.explicit_host ?? []), ...hosts.map((h) => `https://${h}/*`)];
  }
  writeFileSync(prefsPath, JSON.stringify(prefs));
  // The second launch reopens the same profile: a browser restart with the grant in place.
  return launch({ userDataDir: first.userDataDir });
}

/** Files under `dir` whose bytes contain `text` in UTF-8 or UTF-16LE. */
export function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const bytes = readFileSync(full);
        if (needles.some((n) => bytes.includes(n))) found.push(full);
      }
    }
  };
  walk(dir);
  return found;
}

export type ScimMode = 'ok' | 'key-refused' | 'not-found';

/**
 * A local stand-in for a CloudSSO SCIM endpoint: ServiceProviderConfig without authentication,
 * /Users with the bearer key. `mode` picks how it answers; `requests` records what it was asked.
 */
export async function startScimStandIn(expectedKey: () => string | null): Promise<{
  origin: string;
  mode: { current: ScimMode };
  requests: { path: string; authorization: string | null }[];
  close(): Promise<void>;
}> {
  const mode = { current: 'ok' as ScimMode };
  const requests: { path: string; authorization: string | null }[] = [];
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/scim+json' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push({
      path: url.pathname + url.search,
      authorization: req.headers.authorization ?? null,
    });
    if (mode.current === 'not-found' || !url.pathname.startsWith('/scim/v2/')) {
      json(res, 404, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' });
      return;
    }
    if (url.pathname === '/scim/v2/ServiceProviderConfig') {
      json(res, 200, {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true, maxResults: 100 },
      });
      return;
    }
    if (url.pathname === '/scim/v2/Users') {
      const key = expectedKey();
      if (mode.current === 'key-refused' || !key || req.headers.authorization !== `Bearer ${key}`) {
        json(res, 401, { schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });
        return;
      }
      json(res, 200, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
        totalResults: 1,
        Resources: [{ id: 'u-1', userName: 'alice.chen@contoso.com' }],
      });
      return;
    }
    json(res, 404, { status: '404' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    mode,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
