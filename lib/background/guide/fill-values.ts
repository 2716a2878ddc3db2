import { keyDestination, type KeyDestinationIssue } from '../../capture/check-policy';
import { stripBearer } from '../../portals/azure/decide';

export type FillValues =
  | { ok: true; tenantUrl: string; secretToken: string }
  | { ok: false; problem: 'no-endpoint' | 'no-secret' | 'bad-secret' }
  | { ok: false; problem: 'endpoint-unverified'; issue: KeyDestinationIssue };

/**
 * The values to fill, checked here and not trusted from the capture (docs/security.md): Entra
 * sends `Bearer <key>` to the Tenant URL on Test connection and on every sync, so the endpoint
 * must be one the key may go with (`keyDestination`). The Tenant URL is the endpoint exactly as
 * CloudSSO shows it (trimmed; a final slash kept, the console's value being the reference).
 * Entra wants the bearer token without a "Bearer " prefix
 * (docs/research/entra-portal.md#fields), so a pasted prefix is stripped.
 */
export function prepareFillValues(endpoint: string | null, secret: string | null): FillValues {
  const url = (endpoint ?? '').trim();
  if (!url) return { ok: false, problem: 'no-endpoint' };
  const destination = keyDestination(url);
  if (!destination.ok)
    return { ok: false, problem: 'endpoint-unverified', issue: destination.issue };
  const token = stripBearer(secret ?? '');
  if (!secret?.trim()) return { ok: false, problem: 'no-secret' };
  if (!token || /\s/.test(token)) return { ok: false, problem: 'bad-secret' };
  return { ok: true, tenantUrl: url, secretToken: token };
}
