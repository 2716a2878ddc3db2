import { classifyOrigin } from '../origins';
import { portalFramesItem, type PortalFrame } from '../storage';
import { createSerializer } from '../util/serialize';

const frameKey = (tabId: number, frameId: number): string => `${tabId}:${frameId}`;
const serialize = createSerializer();

/** Records that a content script runs in this frame; the origin comes from the browser. */
export function recordFrame(
  tabId: number,
  frameId: number,
  origin: string,
  now = Date.now(),
): Promise<PortalFrame | null> {
  return serialize(async () => {
    const cls = classifyOrigin(`${origin}/`);
    if (!cls) return null;
    const frame: PortalFrame = {
      tabId,
      frameId,
      origin,
      portal: cls.portal,
      reactView: cls.reactView,
      seenAt: now,
    };
    const frames = await portalFramesItem.get();
    await portalFramesItem.set({ ...frames, [frameKey(tabId, frameId)]: frame });
    return frame;
  });
}

/** Forgets a tab's frames: the tab closed, or its top document started loading another page. */
export function forgetTab(tabId: number): Promise<void> {
  return serialize(async () => {
    const frames = await portalFramesItem.get();
    const kept = Object.fromEntries(Object.entries(frames).filter(([, f]) => f.tabId !== tabId));
    if (Object.keys(kept).length !== Object.keys(frames).length) await portalFramesItem.set(kept);
  });
}
