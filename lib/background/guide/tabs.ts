import { currentDirectoryItem, directoriesItem, secretItem } from '../../storage';
import {
  guideProgressItem,
  guideTabsItem,
  pickDirectoryKey,
  type FrameReport,
  type StoredFrameReport,
  type TabGuide,
  type TabState,
} from '../../storage/guide';
import { createSerializer } from '../../util/serialize';
import { mergeTab } from './merge';
import { applyDetections } from './progress';

// Read-modify-write of session/local items: one queue each, so concurrent frame reports of one
// tab never overwrite each other.
const tabsQueue = createSerializer();
export const progressQueue = createSerializer();

export interface Reporter {
  tabId: number;
  frameId: number;
  /** The frame's document as the browser reported it (Chrome 106+), else null. */
  documentId: string | null;
  windowId: number | null;
  /** As the browser reported it with the message. */
  origin: string;
}

/** The stored form of a report: who sent it, when, and since when its route and form hold. */
function stamp(
  who: Reporter,
  report: FrameReport,
  previous: StoredFrameReport | undefined,
  now: number,
): StoredFrameReport {
  const sameDocument = previous !== undefined && previous.docStart === report.docStart;
  return {
    ...report,
    frameId: who.frameId,
    documentId: who.documentId,
    origin: who.origin,
    at: now,
    routeAt: sameDocument && previous.href === report.href ? previous.routeAt : now,
    formSince:
      report.form === null
        ? null
        : sameDocument && previous.formSince !== null
          ? previous.formSince
          : now,
  };
}

/** Records one frame's report and returns the tab's merged state before and after. */
export function recordReport(
  who: Reporter,
  report: FrameReport,
  now = Date.now(),
): Promise<{ before: TabGuide | null; after: TabGuide }> {
  return tabsQueue(async () => {
    const tabs = await guideTabsItem.get();
    const key = String(who.tabId);
    const previous = tabs[key];
    // A new top document (a reload or another page) replaces all frames; the new document's
    // frames cannot have reported before it started, so older reports are dropped.
    const oldTop = previous ? Object.values(previous.frames).find((f) => f.frame === 'top') : null;
    const reloaded = report.frame === 'top' && oldTop && oldTop.docStart !== report.docStart;
    const frames = Object.fromEntries(
      Object.entries(previous?.frames ?? {}).filter(
        ([, f]) => !reloaded || f.at >= report.docStart,
      ),
    );
    const id = String(who.frameId);
    frames[id] = stamp(who, report, frames[id], now);
    const merged = mergeTab(Object.values(frames), now);
    const state: TabState = {
      tabId: who.tabId,
      windowId: who.windowId ?? previous?.windowId ?? null,
      frames,
      merged,
    };
    await guideTabsItem.set({ ...tabs, [key]: state });
    return { before: previous?.merged ?? null, after: merged };
  });
}

/**
 * Forgets one frame's report when its document is gone (the React view was removed, the page
 * left) or no longer answers. `docStart`, when given, must match: a late "gone" from an old
 * document must not remove the report of the document that replaced it in the same frame. The
 * top document going takes the tab's other frames with it.
 */
export function forgetFrame(
  tabId: number,
  frameId: number,
  docStart: number | null,
  now = Date.now(),
): Promise<TabGuide | null> {
  return tabsQueue(async () => {
    const tabs = await guideTabsItem.get();
    const key = String(tabId);
    const previous = tabs[key];
    const gone = previous?.frames[String(frameId)];
    if (!previous || !gone || (docStart !== null && gone.docStart !== docStart)) {
      return previous?.merged ?? null;
    }
    if (gone.frame === 'top') {
      await guideTabsItem.set(Object.fromEntries(Object.entries(tabs).filter(([k]) => k !== key)));
      return null;
    }
    const frames = Object.fromEntries(
      Object.entries(previous.frames).filter(([k]) => k !== String(frameId)),
    );
    const merged = mergeTab(Object.values(frames), now);
    await guideTabsItem.set({ ...tabs, [key]: { ...previous, frames, merged } });
    return merged;
  });
}

/** Forgets a closed tab, or a tab whose top document is being replaced. */
export function forgetGuideTab(tabId: number): Promise<void> {
  return tabsQueue(async () => {
    const tabs = await guideTabsItem.get();
    if (!(String(tabId) in tabs)) return;
    const rest = Object.fromEntries(Object.entries(tabs).filter(([k]) => k !== String(tabId)));
    await guideTabsItem.set(rest);
  });
}

/** The CloudSSO directory the guide works for (see pickDirectoryKey). */
export async function currentDirectoryKey(): Promise<string> {
  const [directories, current, secret] = await Promise.all([
    directoriesItem.get(),
    currentDirectoryItem.get(),
    secretItem.get(),
  ]);
  return pickDirectoryKey(directories, current, secret?.directoryKey ?? null);
}

/** Folds a tab's merged state into the stored progress. */
export function recordProgress(tab: TabGuide, now = Date.now()): Promise<void> {
  return progressQueue(async () => {
    const key = await currentDirectoryKey();
    const progress = await guideProgressItem.get();
    const next = applyDetections(progress, key, tab, now);
    if (next !== progress) await guideProgressItem.set(next);
  });
}
