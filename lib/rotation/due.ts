import type { Credential, Directory } from '../storage';

/** The badge and the card appear this many days before a credential expires. */
export const ROTATE_WITHIN_DAYS = 30;
const DAY_MS = 86_400_000;

export interface DueCredential {
  directoryKey: string;
  directoryId: string | null;
  site: Directory['site'];
  credentialId: string;
  expiresAt: number;
  /** Whole days left; 0 or less once expired. */
  daysLeft: number;
}

/**
 * Credentials that expire within 30 days or have expired, soonest first. A credential the
 * Settings list shows disabled is left out: nothing syncs with it, so its expiry breaks nothing
 * (docs/research/cloudsso.md#scim-credential); the rotation still offers to delete it.
 */
export function dueForRotation(
  directories: Readonly<Record<string, Directory>>,
  now: number,
): DueCredential[] {
  const due: DueCredential[] = [];
  for (const d of Object.values(directories)) {
    for (const c of d.credentials) {
      if (c.expiresAt === null || c.status === 'disabled') continue;
      if (c.expiresAt - now > ROTATE_WITHIN_DAYS * DAY_MS) continue;
      due.push({
        directoryKey: d.key,
        directoryId: d.directoryId,
        site: d.site,
        credentialId: c.id,
        expiresAt: c.expiresAt,
        daysLeft: Math.ceil((c.expiresAt - now) / DAY_MS),
      });
    }
  }
  return due.sort((a, b) => a.expiresAt - b.expiresAt);
}

/** The toolbar badge for the soonest: days left, or "!" once expired; empty when none is due. */
export function badgeFor(due: readonly DueCredential[]): { text: string; color: string } {
  const first = due[0];
  if (!first) return { text: '', color: '#000000' };
  // Fluent's danger and warning foreground colours (lib/ui/fluent-tokens.css).
  return first.daysLeft <= 0
    ? { text: '!', color: '#c50f1f' }
    : { text: `${first.daysLeft}d`, color: '#bc4b09' };
}

export type DeleteReason = 'expired' | 'disabled' | 'older';

export interface DeleteAdvice {
  credentialId: string;
  reason: DeleteReason;
}

/**
 * When the directory holds its two credentials, which to delete to make room for the new one:
 * an expired one first, then a disabled one, then the older; never the one Entra uses when it is
 * known (`inUse`). Null when there is room, or when the only candidate is the one in use.
 */
export function credentialToDeleteFirst(
  credentials: readonly Credential[],
  inUse: string | null,
  now: number,
): DeleteAdvice | null {
  if (credentials.length < 2) return null;
  const candidates = credentials.filter((c) => c.id !== inUse);
  const rank = (c: Credential): [number, number, number] => [
    c.expiresAt !== null && c.expiresAt <= now ? 0 : 1,
    c.status === 'disabled' ? 0 : 1,
    // Unknown creation: by expiry (one year after creation), else last.
    c.createdAt ?? (c.expiresAt !== null ? c.expiresAt - 365 * DAY_MS : Number.MAX_SAFE_INTEGER),
  ];
  const sorted = [...candidates].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  });
  const pick = sorted[0];
  if (!pick) return null;
  const [expired, disabled] = rank(pick);
  return {
    credentialId: pick.id,
    reason: expired === 0 ? 'expired' : disabled === 0 ? 'disabled' : 'older',
  };
}
