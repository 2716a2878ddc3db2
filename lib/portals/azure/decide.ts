/**
 * Pure decisions over extracted records: where the credentials form is (decide-form.ts), the key
 * as Entra wants it, whether a fill stuck, and what a failed Test connection means in CloudSSO terms. No DOM here;
 * every function is tested with literal records.
 */
import { trimEndWhile } from '../common/trim-end';
import { SCIM_HOST, SCIM_PATH, SHAPE_PATH, type TenantUrlFacts } from './tenant-url';

export { findCredentialsForm, type FormProblem } from './decide-form';

/** The key as Entra wants it: no surrounding space, no pasted "Bearer " prefix. */
export function stripBearer(secret: string): string {
  return secret
    .trim()
    .replace(/^bearer(\s+|$)/i, '')
    .trim();
}

export type FillCheck = 'filled' | 'tenant-url-not-kept' | 'secret-not-kept' | 'neither-kept';

/** Whether the values were still there when checked again (~300 ms after the fill). */
export function checkFill(kept: { tenantUrl: boolean; secretToken: boolean }): FillCheck {
  if (kept.tenantUrl && kept.secretToken) return 'filled';
  if (!kept.tenantUrl && !kept.secretToken) return 'neither-kept';
  return kept.tenantUrl ? 'secret-not-kept' : 'tenant-url-not-kept';
}

// -------------------------------------------------------------- Test connection, explained

export type CauseCode =
  | 'not-a-url'
  | 'not-cloudsso-host'
  | 'wrong-path'
  | 'trailing-slash'
  | 'wrong-region'
  | 'key-expired'
  | 'key-disabled-or-deleted'
  | 'sync-off'
  | 'unknown';

export interface Cause {
  code: CauseCode;
  /** Facts for the message, e.g. `{ expected: 'cn-shanghai', found: 'ap-southeast-1' }`. */
  params: Record<string, string>;
}

export interface ExplainInput {
  ok: boolean;
  /** The message Entra showed. */
  text: string;
  /** What the Tenant URL field held when the test ran, as facts. */
  tenantUrl: TenantUrlFacts | null;
  /** Captured from CloudSSO. */
  endpoint: string | null;
  acceleratedEndpoint: string | null;
  region: string | null;
  syncEnabled: boolean | null;
  credentialExpiresAt: number | null;
  now: number;
}

/** The HTTP status Entra quotes in its error text ("HTTP/401 Unauthorized"), if any. */
export function quotedStatus(text: string): number | null {
  const m = /HTTP\/?\s?(?:1\.1\s)?([45]\d\d)\b/i.exec(text) ?? /\b(40[0134]|50[0234])\b/.exec(text);
  return m ? Number(m[1]) : null;
}

function parse(url: string | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

/**
 * Likely causes of a failed Test connection, in CloudSSO terms, most specific first. Entra answers
 * most mistakes with the same "invalid credentials" text, so the Tenant URL is compared with what
 * CloudSSO showed and the CloudSSO-side state is checked too.
 */
export function explainTestOutcome(input: ExplainInput): Cause[] {
  if (input.ok) return [];
  const causes: Cause[] = [];
  const status = quotedStatus(input.text);
  const facts = input.tenantUrl;
  const filled = facts && (facts.kind === 'http' || facts.kind === 'https') ? facts : null;
  const captured = parse(input.endpoint);
  const accelerated = parse(input.acceleratedEndpoint);
  const authFailure =
    status === 401 ||
    status === 403 ||
    /unauthori[sz]ed|invalid credentials|凭据无效|无效的凭据|forbidden/i.test(input.text);

  if (facts !== null && !filled) {
    causes.push({ code: 'not-a-url', params: {} });
  } else if (filled?.host) {
    const knownHosts = [captured?.hostname, accelerated?.hostname].filter(Boolean);
    const region = filled.region;
    if (!region && !knownHosts.includes(filled.host)) {
      causes.push({ code: 'not-cloudsso-host', params: { found: filled.host } });
    }
    const expectedRegion = input.region ?? SCIM_HOST.exec(captured?.hostname ?? '')?.[1] ?? null;
    if (region && expectedRegion && region !== expectedRegion) {
      causes.push({ code: 'wrong-region', params: { found: region, expected: expectedRegion } });
    }
    const found = filled.path ? SHAPE_PATH[filled.path] : null;
    if (found === null) {
      causes.push({ code: 'wrong-path', params: { expected: SCIM_PATH } });
    } else {
      // Path right; compare trailing slashes with CloudSSO's own value. Which form Entra
      // accepts is [UNCONF] (the docs print ".../scim/v2/", code samples ".../scim/v2"), so the
      // guide only flags a difference from the console's value, or a doubled slash.
      const reference = captured ?? accelerated;
      const doubled = filled.path === 'scim-v2-slashes';
      const differs =
        reference !== null &&
        trimEndWhile(reference.pathname, (ch) => ch === '/') === SCIM_PATH &&
        /\/$/.test(reference.pathname) !== /\/$/.test(found);
      if (doubled || differs) {
        causes.push({
          code: 'trailing-slash',
          params: { found, expected: reference?.pathname ?? `${SCIM_PATH}/` },
        });
      }
    }
  }
  if (
    status === 404 &&
    !causes.some((c) => c.code === 'wrong-path' || c.code === 'trailing-slash')
  ) {
    causes.push({ code: 'wrong-path', params: { expected: SCIM_PATH } });
  }
  if (input.syncEnabled === false) causes.push({ code: 'sync-off', params: {} });
  if (authFailure || causes.length === 0) {
    if (input.credentialExpiresAt !== null && input.credentialExpiresAt <= input.now) {
      causes.push({
        code: 'key-expired',
        params: { expiredAt: new Date(input.credentialExpiresAt).toISOString().slice(0, 10) },
      });
    } else if (authFailure) {
      causes.push({ code: 'key-disabled-or-deleted', params: {} });
    }
  }
  if (causes.length === 0) causes.push({ code: 'unknown', params: {} });
  return causes;
}
