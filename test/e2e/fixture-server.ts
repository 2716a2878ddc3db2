import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { FIXTURES_DIR } from './paths';

/**
 * Which fixture folder answers for which host. The portals' real https origins are served from
 * test/fixtures through request routing; everything else is refused, so no test reaches the
 * internet. Look-alike and unlisted hosts serve the same pages, to prove they get nothing.
 */
export const DEFAULT_SITES: Record<string, string> = {
  'cloudsso.console.aliyun.com': 'cloudsso',
  'cloudsso.console.alibabacloud.com': 'cloudsso',
  'cloudsso.console.aliyun.com.example.net': 'cloudsso',
  'portal.azure.com': 'azure',
  'entra.microsoft.com': 'azure',
  'portal.azure.com.example.net': 'azure',
  'sandbox-1.reactblade.portal.azure.net': 'reactview',
  // The live page of the new provisioning experience, nested in sandbox-1 or beside it.
  'sandbox-2.reactblade.portal.azure.net': 'reactview',
  'sandbox-2.reactblade-ms.portal.azure.net': 'reactview',
  'sandbox-3.reactblade-rc.portal.azure.net': 'reactview',
  'unlisted.example.net': 'reactview',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

function resolveFile(site: string, pathname: string): string | null {
  const root = join(FIXTURES_DIR, site);
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const direct = join(root, safe);
  if (!direct.startsWith(root)) return null;
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  if (existsSync(join(direct, 'index.html'))) return join(direct, 'index.html');
  // Single-page apps: unknown paths get the app shell, as the real consoles do.
  const shell = join(root, 'index.html');
  return extname(safe) === '' && existsSync(shell) ? shell : null;
}

export async function serveFixtures(
  context: BrowserContext,
  sites: Record<string, string> = DEFAULT_SITES,
): Promise<void> {
  // Extension pages' own chrome-extension:// requests are not routed; every web request is.
  await context.route(/^https?:\/\//, async (route: Route) => {
    const url = new URL(route.request().url());
    const site = url.protocol === 'https:' ? sites[url.hostname] : undefined;
    const file = site ? resolveFile(site, url.pathname) : null;
    if (!file) {
      await route.abort('blockedbyclient');
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
}
