/**
 * The only places the extension runs or trusts. Content-script matches and the background's
 * sender checks both come from here, so the manifest and the runtime cannot drift apart.
 */

/** CloudSSO console: China site and International site. */
export const CLOUDSSO_MATCHES = [
  'https://cloudsso.console.aliyun.com/*',
  'https://cloudsso.console.alibabacloud.com/*',
] as const;

/** Azure portal and Entra admin center top documents. */
export const AZURE_TOP_MATCHES = [
  'https://portal.azure.com/*',
  'https://entra.microsoft.com/*',
] as const;

/**
 * The portal's React-view ("ReactView") blades load in cross-origin iframes from these hosts;
 * `all_frames` injects only where a frame's own URL matches, so each must be listed.
 */
export const AZURE_FRAME_MATCHES = [
  'https://*.reactblade.portal.azure.net/*',
  'https://*.reactblade-ms.portal.azure.net/*',
  'https://*.reactblade-rc.portal.azure.net/*',
] as const;

export type Portal = 'cloudsso' | 'azure';

/** The CloudSSO console host of each site: China (aliyun.com) and International. */
export const CLOUDSSO_SITE_HOSTS = {
  cn: 'cloudsso.console.aliyun.com',
  intl: 'cloudsso.console.alibabacloud.com',
} as const;

const CLOUDSSO_HOSTS = new Set<string>(Object.values(CLOUDSSO_SITE_HOSTS));
const AZURE_TOP_HOSTS = new Set(['portal.azure.com', 'entra.microsoft.com']);
const AZURE_FRAME_SUFFIXES = [
  '.reactblade.portal.azure.net',
  '.reactblade-ms.portal.azure.net',
  '.reactblade-rc.portal.azure.net',
] as const;

export interface OriginClass {
  portal: Portal;
  /** True for the portal's React-view iframe hosts, false for a top-level console host. */
  reactView: boolean;
}

/** The URL, when it is https on the default port without credentials: the only form that counts. */
function httpsUrl(url: string | undefined): URL | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const plain =
    parsed.protocol === 'https:' && parsed.port === '' && !parsed.username && !parsed.password;
  return plain ? parsed : null;
}

/**
 * The Azure portal's and Entra admin center's own documents, not their React views: what
 * `classifyOrigin` calls `{ portal: 'azure', reactView: false }`, without the rest of the
 * allow-list (the portal's content script reads routes with it, and carries no more).
 */
export function isAzureTopUrl(url: string): boolean {
  const parsed = httpsUrl(url);
  return parsed !== null && AZURE_TOP_HOSTS.has(parsed.hostname);
}

/**
 * Classifies a URL by exact host (never by substring: `cloudsso.console.aliyun.com.example.net`
 * is a look-alike and gets `null`). Only https on the default port counts.
 */
export function classifyOrigin(url: string | undefined): OriginClass | null {
  const parsed = httpsUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname;
  if (CLOUDSSO_HOSTS.has(host)) return { portal: 'cloudsso', reactView: false };
  if (AZURE_TOP_HOSTS.has(host)) return { portal: 'azure', reactView: false };
  for (const suffix of AZURE_FRAME_SUFFIXES) {
    // A label must precede the suffix: "reactblade.portal.azure.net" itself is not a blade host.
    if (host.endsWith(suffix) && host.length > suffix.length) {
      const label = host.slice(0, -suffix.length);
      if (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(label)) return { portal: 'azure', reactView: true };
    }
  }
  return null;
}
