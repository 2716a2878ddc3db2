import type { Credential } from '../storage';

/** A SCIM credential is valid for one year (docs/research/cloudsso.md#scim-credential). */
export function expiryOf(createdAt: number): number {
  const d = new Date(createdAt);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

/** Alibaba's own config rule flags credentials 90 days before expiry (docs/research/cloudsso.md#scim-credential). */
export const REMINDER_DAYS = 90;
const DAY_MS = 86_400_000;

export interface ExpiryReminder {
  id: string;
  expiresAt: number;
  /** Whole days left, 0 or less once expired. */
  daysLeft: number;
}

/** Credentials that expire within 90 days, or have expired, soonest first. */
export function expiryReminders(
  credentials: readonly Credential[],
  now: number = Date.now(),
): ExpiryReminder[] {
  return credentials
    .filter((c): c is Credential & { expiresAt: number } => c.expiresAt !== null)
    .filter((c) => c.expiresAt - now <= REMINDER_DAYS * DAY_MS)
    .map((c) => ({
      id: c.id,
      expiresAt: c.expiresAt,
      daysLeft: Math.ceil((c.expiresAt - now) / DAY_MS),
    }))
    .sort((a, b) => a.expiresAt - b.expiresAt);
}
