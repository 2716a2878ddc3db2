import { sendToFrame } from '../messaging/client';
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
  { documentId, now = Date.now() }: { documentId?: string; now?: number } = {},
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
      ...(documentId ? { documentId } : {}),
    };
    const frames = await portalFramesItem.get();
    await portalFramesItem.set({ ...frames, [frameKey(tabId, frameId)]: frame });
    return frame;
  });
}

/** Forgets a closed tab's frames. */
export function forgetTab(tabId: number): Promise<void> {
  return serialize(async () => {
    const frames = await portalFramesItem.get();
    const kept = Object.fromEntries(Object.entries(frames).filter(([, f]) => f.tabId !== tabId));
    if (Object.keys(kept).length !== Object.keys(frames).length) await portalFramesItem.set(kept);
  });
}

/** Whether the content script of a recorded frame's document still answers. */
export function frameAnswers(frame: PortalFrame): Promise<boolean> {
  return sendToFrame(frame.tabId, frame.frameId, 'content.ping', {}, frame.documentId ?? null).then(
    () => true,
    () => false,
  );
}

/**
 * Keeps the tab's frames whose document still answers and forgets the others. Called when the
 * tab starts or finishes loading: Chromium reports a single-page console's route change
 * (pushState, a hash route) as "loading" too, and that keeps the document and its content
 * script, so forgetting the tab there lost a console that was still open. A new page replaces the
 * documents, whose frames then no longer answer (by document id, or by no script at all).
 * A frame that announced itself again while it was being asked is kept.
 */
export async function pruneTab(
  tabId: number,
  answers: (frame: PortalFrame) => Promise<boolean> = frameAnswers,
): Promise<void> {
  const asked = Object.values(await portalFramesItem.get()).filter((f) => f.tabId === tabId);
  const replies = await Promise.all(asked.map(answers));
  const silent = asked.filter((_, i) => !replies[i]);
  if (silent.length === 0) return;
  await serialize(async () => {
    const frames = await portalFramesItem.get();
    const gone = (key: string, f: PortalFrame): boolean =>
      silent.some(
        (s) =>
          frameKey(s.tabId, s.frameId) === key &&
          s.seenAt === f.seenAt &&
          s.documentId === f.documentId,
      );
    const kept = Object.fromEntries(Object.entries(frames).filter(([key, f]) => !gone(key, f)));
    if (Object.keys(kept).length !== Object.keys(frames).length) await portalFramesItem.set(kept);
  });
}
