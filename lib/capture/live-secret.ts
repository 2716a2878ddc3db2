import { secretItem, type CapturedSecret } from '../storage';

/**
 * The kept key as any extension context may use it. The service worker can be stopped at any
 * moment, so the time limit is enforced here too, not only by the background's alarm: a key past
 * its `forgetAt` is never returned, and is removed when read. Usable from the service worker and
 * from extension pages (both may read and write session storage).
 */
export async function readLiveSecret(now: number = Date.now()): Promise<CapturedSecret | null> {
  const kept = await secretItem.get();
  if (!kept) return null;
  if (kept.forgetAt <= now) {
    await secretItem.remove();
    return null;
  }
  return kept;
}
