import { browser } from 'wxt/browser';
import type { coreToBackground } from '../../messaging/contract/core';
import type { Handlers } from '../../messaging/router';
import { recordFrame } from '../frames';

type SidePanelApi = { open(options: { tabId: number }): Promise<void> };

/** Opens the side panel for a tab; false where the browser has no side panel or refuses. */
function openSidePanel(tabId: number | undefined): Promise<{ opened: boolean }> {
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  if (!sidePanel || tabId === undefined) return Promise.resolve({ opened: false });
  return sidePanel.open({ tabId }).then(
    () => ({ opened: true }),
    () => ({ opened: false }),
  );
}

export const coreHandlers: Handlers<typeof coreToBackground> = {
  'content.hello': async (_payload, { sender }) => {
    const tabId = sender.tab?.id;
    // A frame the browser does not place in a tab is not recorded; the notification is still
    // acknowledged (it was valid), as a content script could do nothing else about it.
    if (tabId === undefined || sender.frameId === undefined || !sender.origin) return null;
    await recordFrame(tabId, sender.frameId, sender.origin, {
      ...(sender.documentId ? { documentId: sender.documentId } : {}),
    });
    return null;
  },
  // No await before open(): Chromium accepts it only while the click that sent the message lasts.
  'panel.open': (_payload, { sender }) => openSidePanel(sender.tab?.id),
  'diag.ping': () => ({ version: browser.runtime.getManifest().version }),
};
