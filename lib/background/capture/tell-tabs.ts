import { sendToFrame } from '../../messaging/client';
import { portalFramesItem } from '../../storage';

/**
 * Tells every open CloudSSO console tab that the key is gone, so an in-page notice that says
 * "kept" stops saying so. A tab that does not answer (closed, reloading) is skipped.
 */
export async function tellConsoleTabsKeyGone(): Promise<void> {
  const tops = await consoleTops();
  await Promise.all(
    tops.map((f) => sendToFrame(f.tabId, 0, 'capture.keyGone', {}).catch(() => undefined)),
  );
}

/** Tells the console tabs the kept key's new time, so a notice's countdown stays true. */
export async function tellConsoleTabsKeyTime(forgetAt: number): Promise<void> {
  const tops = await consoleTops();
  await Promise.all(
    tops.map((f) =>
      sendToFrame(f.tabId, 0, 'capture.keyTime', { forgetAt }).catch(() => undefined),
    ),
  );
}

async function consoleTops(): Promise<{ tabId: number }[]> {
  return Object.values(await portalFramesItem.get()).filter(
    (f) => f.portal === 'cloudsso' && f.frameId === 0,
  );
}
