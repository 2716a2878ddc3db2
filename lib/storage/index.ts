import { captureTabsItem, currentDirectoryItem, directoriesItem, secretItem } from './capture';
import { clipboardItem } from './clipboard';
import type { StoredItem } from './define';
import { guideProgressItem, guideTabsItem, lastFillItem } from './guide';
import { linterDraftItem, linterHandoffItem } from './linter';
import { logEntryItem } from './log-entry';
import { mappingPagesItem } from './mappings';
import { portalFramesItem } from './portal-frames';
import { provisioningStatusItem } from './provisioning-status';
import { rotationsItem } from './rotation';
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
export { logEntryItem } from './log-entry';
export { mappingPagesItem } from './mappings';
export { portalFramesItem, type PortalFrame } from './portal-frames';
export { provisioningStatusItem } from './provisioning-status';
export { ROTATION_STEPS, rotationsItem, type Rotation, type RotationStepId } from './rotation';
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
  mappingPagesItem,
  rotationsItem,
  clipboardItem,
  provisioningStatusItem,
  logEntryItem,
];
