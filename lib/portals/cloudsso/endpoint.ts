import { trimEndWhile } from '../common/trim-end';

/**
 * What a CloudSSO SCIM endpoint looks like (docs/research/cloudsso.md#scim-endpoint). Pure: the background validates
 * what the content script reads, and the side panel explains the verdict.
 */

/** Directory regions, hence valid `<regionId>` values in the endpoint host [C]. */
export const SCIM_REGIONS = [
  'cn-shanghai',
  'cn-hongkong',
  'ap-northeast-2',
  'ap-southeast-1',
  'us-west-1',
  'eu-central-1',
] as const;

/** Why an endpoint does not look like a CloudSSO SCIM endpoint. */
export type EndpointIssue =
  'not-url' | 'not-https' | 'host' | 'path' | 'extra-parts' | 'unknown-region';

export interface EndpointVerdict {
  /** The region the endpoint serves, when the host names one. */
  region: string | null;
  /** Null when the endpoint has the documented (or a recognizably accelerated) form. */
  issue: EndpointIssue | null;
}

/** Documented form: https://cloudsso-scim-<regionId>.aliyun.com/scim/v2/ [C]. */
const REGULAR_HOST = /^cloudsso-scim-([a-z]+(?:-[a-z]+)*(?:-\d+)?)\.aliyun\.com$/;
/**
 * The accelerated host is undocumented [unconfirmed] (docs/research/cloudsso.md#scim-endpoint). Recognized: one label directly
 * under aliyun.com, the documented SCIM host's domain, beginning as that host does ("cloudsso-
 * scim-…", e.g. "cloudsso-scim-cn-shanghai-accelerate.aliyun.com"). Anything else is flagged
 * 'host', in particular hosts under aliyuncs.com, where customers own names (an OSS bucket
 * "myscim.oss-cn-shanghai.aliyuncs.com"): an endpoint read from a page must never lead the key,
 * or the admin, to a host someone else controls.
 */
const ACCELERATED_HOST = /^cloudsso-scim-[a-z0-9]+(?:-[a-z0-9]+)*\.aliyun\.com$/;
/** The console prints the base with or without the trailing slash [?]; both are the same base. */
const SCIM_PATH = /^\/scim\/v2\/?$/;

function knownRegionIn(host: string): string | null {
  return SCIM_REGIONS.find((r) => host.includes(r)) ?? null;
}

export function assessEndpoint(raw: string, kind: 'regular' | 'accelerated'): EndpointVerdict {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { region: null, issue: 'not-url' };
  }
  const host = url.hostname;
  const named = REGULAR_HOST.exec(host)?.[1] ?? null;
  const known = named !== null && (SCIM_REGIONS as readonly string[]).includes(named);
  const region = known ? named : (knownRegionIn(host) ?? named);
  if (url.protocol !== 'https:') return { region, issue: 'not-https' };
  if (url.port || url.username || url.password || url.search || url.hash)
    return { region, issue: 'extra-parts' };
  const accelerated = kind === 'accelerated' && ACCELERATED_HOST.test(host);
  if (named === null && !accelerated) return { region, issue: 'host' };
  if (!SCIM_PATH.test(url.pathname)) return { region, issue: 'path' };
  if (!known && !accelerated) return { region, issue: 'unknown-region' };
  return { region, issue: null };
}

/** The URL of a resource under the SCIM base, whether or not the base ends with "/". */
export function scimUrl(
  base: string,
  resource: string,
  query: Record<string, string> = {},
): string {
  const url = new URL(base.trim());
  url.pathname = `${trimEndWhile(url.pathname, (ch) => ch === '/')}/${resource}`;
  url.search = new URLSearchParams(query).toString();
  return url.toString();
}
