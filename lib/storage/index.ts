import { captureTabsItem, currentDirectoryItem, directoriesItem, secretItem } from './capture';
import type { StoredItem } from './define';
import { guideProgressItem, guideTabsItem, lastFillItem } from './guide';
import { linterDraftItem, linterHandoffItem } from './linter';
import { portalFramesItem } from './portal-frames';
import { settingsItem } from './settings';

export {
  captureTabsItem,
  currentDirectoryItem,
  directoriesItem,
  secretItem,
  type CaptureProblem,
  type CaptureTab,
  type CapturedSecret,
  type Credential,
  type Directory,
  type ListCount,
} from './capture';
export { clipboardItem, type ClipboardState } from './clipboard';
export { defineStored, type StoredItem } from './define';
export {
  LINTER_DRAFT_FALLBACK,
  LINTER_TARGET_IDS,
  linterDraftItem,
  linterHandoffItem,
  sendToLinter,
  type LinterDraft,
} from './linter';
export { portalFramesItem, type PortalFrame } from './portal-frames';
export { settingsItem, type Settings } from './settings';

/** Every stored item, so tests can check keys are unique and secrets stay in session storage. */
export const ALL_ITEMS: readonly StoredItem<unknown>[] = [
  settingsItem,
  portalFramesItem,
  secretItem,
  directoriesItem,
  currentDirectoryItem,
  captureTabsItem,
  linterDraftItem,
  linterHandoffItem,
  guideTabsItem,
  guideProgressItem,
  lastFillItem,
];
