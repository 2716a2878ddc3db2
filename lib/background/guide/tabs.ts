import { currentDirectoryItem, directoriesItem, secretItem } from '../../storage';
import {
  guideProgressItem,
  guideTabsItem,
  type FrameReport,
  type TabGuide,
  type TabState,
} from '../../storage/guide';
import { createSerializer } from '../../util/serialize';
import { pickDirectoryKey } from './directory';
import { mergeTab } from './merge';
import { applyDetections } from './progress';

// Read-modify-write of session/local items: one queue each, so concurrent frame reports of one
// tab never overwrite each other.
const tabsQueue = createSerializer();
export const progressQueue = createSerializer();

export interface Reporter {
  tabId: number;
  frameId: number;
  windowId: number | null;
  /** As the browser reported it with the message. */
  origin: string;
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
    frames[String(who.frameId)] = { ...report, frameId: who.frameId, origin: who.origin, at: now };
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
