import { secretItem, settingsItem, type CapturedSecret } from '../../storage';
import { readLiveSecret } from '../../capture/live-secret';

// The guide's side panel still imports it from here; the capture's own pages use lib/capture.
export { readLiveSecret };

export interface KeepRequest {
  secret: string;
  credentialId: string | null;
  directoryKey: string;
}

/** Keeps a key for the admin's time limit (settings, 5 to 120 minutes, default 30). */
export async function keepSecret(
  request: KeepRequest,
  now: number = Date.now(),
): Promise<CapturedSecret> {
  const { secretTtlMinutes } = await settingsItem.get();
  const kept: CapturedSecret = {
    ...request,
    capturedAt: now,
    forgetAt: now + secretTtlMinutes * 60_000,
  };
  await secretItem.set(kept);
  return kept;
}

export async function forgetSecret(): Promise<boolean> {
  const had = (await secretItem.get()) !== null;
  await secretItem.remove();
  return had;
}

// setTimeout's delay is a signed 32-bit number of milliseconds.
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * While the worker lives, forgets the key at its `forgetAt`, following every change to it
 * (a new key, a forget, a `forgetAt` rewritten by another context). Returns the stop function.
 */
export function startForgetTimer(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (kept: CapturedSecret | null): void => {
    clearTimeout(timer);
    timer = undefined;
    if (!kept) return;
    timer = setTimeout(
      () => void readLiveSecret().then(arm),
      Math.min(MAX_DELAY_MS, Math.max(0, kept.forgetAt - Date.now())),
    );
  };
  const unwatch = secretItem.watch(arm);
  // On wake-up, a key that expired while the worker slept goes at once.
  void readLiveSecret().then(arm);
  return () => {
    unwatch();
    clearTimeout(timer);
  };
}
