/**
 * What the guide keeps of the Tenant URL field: facts, never the text. The admin may paste the
 * key there by mistake, so the field's text must not travel to the background, storage or the
 * panel; these facts are all the explanations need.
 */
export interface TenantUrlFacts {
  /** `not-url`: text that is not an absolute URL (a pasted key, a host without https://). */
  kind: 'empty' | 'not-url' | 'http' | 'https';
  /** Host name, for `http`/`https` only. */
  host: string | null;
  /** The path's shape: /scim/v2, /scim/v2/, /scim/v2// (or more slashes), anything else. */
  path: 'scim-v2' | 'scim-v2-slash' | 'scim-v2-slashes' | 'other' | null;
  /** The region of a cloudsso-scim-<region>.aliyun.com host, else null. */
  region: string | null;
}

export const SCIM_HOST = /^cloudsso-scim-([a-z0-9-]+)\.aliyun\.com$/;
export const SCIM_PATH = '/scim/v2';
/** A host name as the URL parser leaves it (IPv6 in brackets included). */
export const HOST_NAME = /^[a-z0-9._\-[\]:]{1,253}$/;

function pathShape(pathname: string): NonNullable<TenantUrlFacts['path']> {
  if (pathname === SCIM_PATH) return 'scim-v2';
  if (pathname === `${SCIM_PATH}/`) return 'scim-v2-slash';
  if (/^\/scim\/v2\/\/+$/.test(pathname)) return 'scim-v2-slashes';
  return 'other';
}

/** The facts of a Tenant URL text; runs in the content script, where the text stays. */
export function tenantUrlFacts(text: string): TenantUrlFacts {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty', host: null, path: null, region: null };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { kind: 'not-url', host: null, path: null, region: null };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'not-url', host: null, path: null, region: null };
  }
  const host = url.hostname;
  return {
    kind: url.protocol === 'https:' ? 'https' : 'http',
    // The URL parser already lowercased and ASCII-encoded it; anything else is not kept.
    host: HOST_NAME.test(host) ? host : null,
    path: pathShape(url.pathname),
    region: SCIM_HOST.exec(url.hostname)?.[1] ?? null,
  };
}

/** The path a shape stands for, to show it without the field's text. */
export const SHAPE_PATH: Record<NonNullable<TenantUrlFacts['path']>, string | null> = {
  'scim-v2': SCIM_PATH,
  'scim-v2-slash': `${SCIM_PATH}/`,
  'scim-v2-slashes': `${SCIM_PATH}//`,
  other: null,
};
