import { classifyOrigin } from '../../origins';
import type { TabState } from '../../storage/guide';

export interface FillTarget {
  tabId: number;
  frameId: number;
  /** The document that reported the form; the fill goes to it only (null: frame only). */
  documentId: string | null;
  origin: string;
  /** The form's Secret token field held a value when last reported (a saved secret). */
  secretPresent: boolean;
}

/**
 * The frame to fill: the Entra tab that most recently showed a recognized credentials form,
 * preferring the active tab of the panel's window when it shows one (docs/automation-contract.md#side-panel-sidepanelhtml). Not
 * blindly the active tab: the panel opened as a tab of its own must fill the portal tab beside it.
 * Frames whose origin is not on the allow-list are never candidates.
 */
/**
 * Whether the tab's top document is the portal itself (portal.azure.com, entra.microsoft.com). A
 * React-view host opened as a page of its own, or a tab whose portal document never reported,
 * holds no form the key goes to: the views are only trusted inside the portal that frames them.
 */
function underPortal(tab: TabState): boolean {
  return Object.values(tab.frames).some((f) => {
    if (f.frame !== 'top') return false;
    const origin = classifyOrigin(`${f.origin}/`);
    return origin?.portal === 'azure' && !origin.reactView;
  });
}

export function chooseFillTarget(
  tabs: readonly TabState[],
  activeTabId: number | null,
): FillTarget | null {
  const candidates = tabs.filter(
    (t) =>
      t.merged.form !== null &&
      classifyOrigin(`${t.merged.form.origin}/`)?.portal === 'azure' &&
      underPortal(t),
  );
  const active = candidates.find((t) => t.tabId === activeTabId);
  const chosen =
    active ??
    [...candidates].sort((a, b) => b.merged.form!.seenAt - a.merged.form!.seenAt)[0] ??
    null;
  if (!chosen?.merged.form) return null;
  return {
    tabId: chosen.tabId,
    frameId: chosen.merged.form.frameId,
    documentId: chosen.merged.form.documentId,
    origin: chosen.merged.form.origin,
    secretPresent: chosen.merged.form.secretPresent === true,
  };
}
