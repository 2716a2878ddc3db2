import { browser } from 'wxt/browser';
import { toBackground } from '../messaging/contract';
import { createRouter } from '../messaging/router';
import { startKeyLifetime } from './capture/secret';
import { tellConsoleTabsKeyGone } from './capture/tell-tabs';
import { clearNow, startClipboardClearing } from './clipboard';
import { forgetTab, pruneTab } from './frames';
import { captureHandlers } from './handlers/capture';
import { clipboardHandlers } from './handlers/clipboard';
import { coreHandlers } from './handlers/core';
import { fillHandlers } from './handlers/fill';
import { guideHandlers } from './handlers/guide';
import { forgetLogEntryTab, logEntryHandlers } from './handlers/log-entry';
import { forgetMappingTab, mappingsHandlers } from './handlers/mappings';
import { outlineHandlers } from './handlers/outline';
import { provisioningStatusHandlers } from './handlers/provisioning-status';
import { forgetGuideTab } from './guide/tabs';
import { startExpiryCheck } from './rotation/expiry-check';
import { startShortcuts } from './shortcuts';

/** Wires the service worker: one message router, tab clean-up, the toolbar button's side panel. */
export function startBackground(): void {
  // First, before anything awaits: the alarms that wake a stopped worker to forget the SCIM key
  // and to clear it from the clipboard reach only listeners registered in its first turn. A key
  // gone (forgotten, or its time up) goes from the clipboard too, and from the console's notice.
  startKeyLifetime(async () => {
    await Promise.all([tellConsoleTabsKeyGone(), clearNow('key-gone')]);
  });
  startClipboardClearing();
  // The daily credential-expiry check (badge, rotation card) wakes the worker by alarm too.
  startExpiryCheck();

  // One handler module per feature; the contract's type demands a handler for every message.
  const route = createRouter(
    toBackground,
    {
      ...coreHandlers,
      ...captureHandlers(),
      ...guideHandlers,
      ...fillHandlers,
      ...clipboardHandlers,
      ...outlineHandlers,
      ...mappingsHandlers,
      ...provisioningStatusHandlers,
      ...logEntryHandlers,
    },
    () => browser.runtime.id,
  );

  // Every message gets a reply, a refusal included, so senders never hang on a silent drop.
  browser.runtime.onMessage.addListener((raw, sender) => route(raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void forgetGuideTab(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void forgetMappingTab(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void forgetLogEntryTab(tabId));
  // A tab's status changes (no "tabs" permission needed) when it loads another page, and also
  // when a single-page console changes its route: only frames whose document no longer answers
  // are forgotten. The new document's frames announce themselves again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.status === 'complete') void pruneTab(tabId);
  });

  // The linter popup opens from a keyboard shortcut and the toolbar button's context menu.
  startShortcuts();

  // Chromium only: the toolbar button opens the side panel instead of a popup.
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }
  ).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}
