import type { CapturedSecret } from '../storage';

/**
 * When a kept key is forgotten once the time limit is `minutes`: a lower limit brings its time
 * closer (counted from its capture, or from when the admin last kept it longer), a higher one
 * never extends it.
 */
export function shortenedForgetAt(
  kept: Pick<CapturedSecret, 'capturedAt' | 'forgetAt' | 'renewedAt'>,
  minutes: number,
): number {
  return Math.min(kept.forgetAt, (kept.renewedAt ?? kept.capturedAt) + minutes * 60_000);
}

/**
 * When a kept key is forgotten after the admin asks to keep it longer: the time limit counted
 * from now, never earlier than it already was.
 */
export function renewedForgetAt(
  kept: Pick<CapturedSecret, 'forgetAt'>,
  minutes: number,
  now: number,
): number {
  return Math.max(kept.forgetAt, now + minutes * 60_000);
}
