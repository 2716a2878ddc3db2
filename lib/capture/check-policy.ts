import { assessEndpoint, SCIM_REGIONS, type EndpointIssue } from '../portals/cloudsso/endpoint';

/** What the endpoint check may do with an endpoint read from the console. */
export interface CheckPolicy {
  /** Call its unauthenticated ServiceProviderConfig (no key, no cookies). */
  call: boolean;
  /** Send it the key (`Authorization: Bearer …`) to list one user. */
  sendKey: boolean;
}

// The key goes only to the documented host, cloudsso-scim-<regionId>.aliyun.com [C], with a
// region where directories live.
const KEY_HOST = new RegExp(`^cloudsso-scim-(?:${SCIM_REGIONS.join('|')})\\.aliyun\\.com$`);
// The accelerated host is undocumented [unconfirmed] (docs/research/cloudsso.md#scim-endpoint), so it may be checked without the
// key, and gets the key only in this strict form: one label under aliyun.com (a name only
// Alibaba can publish, unlike aliyuncs.com's customer buckets), the documented host's prefix, a
// known region, and one alphabetic qualifier ("cloudsso-scim-cn-shanghai-accelerate").
const ACCELERATED_KEY_HOST = new RegExp(
  `^cloudsso-scim-(?:${SCIM_REGIONS.join('|')})-[a-z]{1,16}\\.aliyun\\.com$`,
);
// Calls without the key are allowed on the recognized forms whose only fault could explain a
// 404 (a wrong path, a region that is not a directory region): the host is still Alibaba's.
const CALLABLE_ISSUES = new Set([null, 'path', 'unknown-region']);

/** Why an endpoint may not go with the key: its form, or a host the key never goes to. */
export type KeyDestinationIssue = EndpointIssue | 'not-key-host';

/**
 * Whether the key may go with this endpoint: to be called with it (the endpoint check), or to be
 * put beside it in Entra's form, where Entra sends `Bearer <key>` to it on every sync. Exactly
 * https, `cloudsso-scim-<region>.aliyun.com` (or the strict accelerated form), path `/scim/v2`
 * with or without the final slash, no user info, port, query or fragment. The one rule for the
 * check, the fill and the values the guide shows beside the key (docs/security.md).
 */
export function keyDestination(
  endpoint: string,
  which: 'endpoint' | 'accelerated' = 'endpoint',
): { ok: true } | { ok: false; issue: KeyDestinationIssue } {
  const verdict = assessEndpoint(endpoint, which === 'endpoint' ? 'regular' : 'accelerated');
  if (verdict.issue) return { ok: false, issue: verdict.issue };
  const host = new URL(endpoint.trim()).hostname;
  const keyHost = which === 'endpoint' ? KEY_HOST : ACCELERATED_KEY_HOST;
  return keyHost.test(host) ? { ok: true } : { ok: false, issue: 'not-key-host' };
}

/**
 * Decides, from the endpoint alone, whether the check may call it and whether the key may go to
 * it. Shared by the side panel (which asks for the host permission only when a call may follow)
 * and the background (which makes the calls), so they cannot disagree.
 */
export function checkPolicy(endpoint: string, which: 'endpoint' | 'accelerated'): CheckPolicy {
  const verdict = assessEndpoint(endpoint, which === 'endpoint' ? 'regular' : 'accelerated');
  if (!CALLABLE_ISSUES.has(verdict.issue)) return { call: false, sendKey: false };
  const host = new URL(endpoint.trim()).hostname;
  // Implied by the recognized forms; repeated so a looser form later cannot widen the calls.
  if (!host.endsWith('.aliyun.com')) return { call: false, sendKey: false };
  return { call: true, sendKey: keyDestination(endpoint, which).ok };
}
