import { useEffect, useState } from 'preact/hooks';
import { readLiveSecret } from '../../../capture/live-secret';
import { secretItem, type CapturedSecret } from '../../../storage';
import { useStored } from '../../hooks/useStored';

/**
 * The kept key as this page may show it, read straight from session storage (extension pages
 * may), plus the current time for the countdown. A key past its `forgetAt` is gone here at
 * once, and is removed from storage, even when the service worker is stopped.
 */
export function useLiveSecret(): { secret: CapturedSecret | null; now: number } {
  const stored = useStored(secretItem) ?? null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!stored) return undefined;
    // A one-second tick only while a key is kept: the countdown is what the admin watches.
    const id = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(id);
  }, [stored]);
  const live = stored && stored.forgetAt > now ? stored : null;
  useEffect(() => {
    if (stored && !live) void readLiveSecret();
  }, [stored, live]);
  return { secret: live, now };
}

/** "29:41", "1:05:00". */
export function formatLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
