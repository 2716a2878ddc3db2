import type { CapturedSecret } from '../storage';

/**
 * When a kept key is forgotten once the time limit is `minutes`: a lower limit brings its time
 * closer (counted from its capture), a higher one never extends it.
 */
export function shortenedForgetAt(
  kept: Pick<CapturedSecret, 'capturedAt' | 'forgetAt'>,
  minutes: number,
): number {
  return Math.min(kept.forgetAt, kept.capturedAt + minutes * 60_000);
}
