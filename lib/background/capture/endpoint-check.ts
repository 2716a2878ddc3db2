import type { CheckStep } from '../../messaging/contract/capture';
import { scimUrl } from '../../portals/cloudsso/endpoint';

/** The part of `fetch` the check needs; tests pass a fake. */
export type FetchLike = (
  url: string,
  init: RequestInit,
) => Promise<Pick<Response, 'status' | 'type' | 'json'>>;

const SPC_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const TIMEOUT_MS = 15_000;

async function hasSchema(response: Pick<Response, 'json'>, schema: string): Promise<boolean> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || !('schemas' in body)) return false;
    const { schemas } = body;
    return Array.isArray(schemas) && schemas.includes(schema);
  } catch {
    return false;
  }
}

function byStatus(status: number): CheckStep {
  if (status === 404) return { outcome: 'not-found', status };
  if (status === 401 || status === 403) return { outcome: 'rejected', status };
  return { outcome: 'server-error', status };
}

async function call(
  fetchFn: FetchLike,
  url: string,
  headers: Record<string, string>,
  schema: string,
  success: CheckStep['outcome'],
): Promise<CheckStep> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFn(url, {
      method: 'GET',
      headers: { Accept: 'application/scim+json, application/json', ...headers },
      credentials: 'omit',
      cache: 'no-store',
      // A redirect (to a login page, another host) is not a SCIM answer.
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    // DNS failure, refused connection, TLS error, timeout: the message could only confuse, and
    // must never carry request details; the outcome says what to check.
    return { outcome: 'unreachable', status: null };
  }
  if (response.type === 'opaqueredirect') return { outcome: 'not-scim', status: null };
  if (response.status === 200)
    return (await hasSchema(response, schema))
      ? { outcome: success, status: 200 }
      : { outcome: 'not-scim', status: 200 };
  return byStatus(response.status);
}

/**
 * Calls the endpoint's ServiceProviderConfig, which CloudSSO serves without authentication
 * (docs/research/cloudsso.md#supported-scim-operations), and says whether a SCIM 2.0 service answered.
 */
export function checkService(endpoint: string, fetchFn: FetchLike): Promise<CheckStep> {
  return call(fetchFn, scimUrl(endpoint, 'ServiceProviderConfig'), {}, SPC_SCHEMA, 'scim-service');
}

/** Lists one user with the key: a SCIM list answer proves the key is enabled and valid. */
export function checkKey(endpoint: string, secret: string, fetchFn: FetchLike): Promise<CheckStep> {
  return call(
    fetchFn,
    scimUrl(endpoint, 'Users', { count: '1' }),
    { Authorization: `Bearer ${secret}` },
    LIST_SCHEMA,
    'key-works',
  );
}
