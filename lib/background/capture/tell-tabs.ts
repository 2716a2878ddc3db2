import { sendToFrame } from '../../messaging/client';
import { portalFramesItem } from '../../storage';

/**
 * Tells every open CloudSSO console tab that the key is gone, so an in-page notice that says
 * "kept" stops saying so. A tab that does not answer (closed, reloading) is skipped.
 */
export async function tellConsoleTabsKeyGone(): Promise<void> {
  const tops = Object.values(await portalFramesItem.get()).filter(
    (f) => f.portal === 'cloudsso' && f.frameId === 0,
  );
  await Promise.all(
    tops.map((f) => sendToFrame(f.tabId, 0, 'capture.keyGone', {}).catch(() => undefined)),
  );
}
