import { browser } from 'wxt/browser';

/**
 * Opens the linter popup from the keyboard shortcut. (A toolbar context-menu entry would need the
 * `contextMenus` permission; the manifest keeps to storage and sidePanel, so there is none.)
 *
 * The toolbar button itself opens the side panel (start.ts), so the action has no default popup
 * and `_execute_action` would open the side panel too. Instead a named command sets the popup for a moment, open it with `action.openPopup()` (Chrome 127+, no user gesture
 * needed; verified in Chromium 156), then clear it again so the next toolbar click still opens
 * the side panel. Where openPopup is missing or fails (older Chrome, Edge without it, no focused
 * window), the side panel opens instead: it holds the same linter.
 */

export const OPEN_LINTER_COMMAND = 'open-linter';

interface ActionApi {
  setPopup(details: { popup: string; tabId?: number }): Promise<void>;
  openPopup?(options?: { windowId?: number }): Promise<void>;
}
interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface ShortcutApis {
  action: ActionApi;
  sidePanel?: SidePanelApi;
  commands: {
    onCommand: {
      addListener(listener: (command: string, tab?: { windowId?: number }) => void): void;
    };
  };
}

const apis = (): ShortcutApis => browser as unknown as ShortcutApis;

/** Opens popup.html as the action's popup in `windowId`; falls back to the side panel. */
export async function openLinterPopup(windowId?: number): Promise<'popup' | 'side-panel' | 'none'> {
  const { action, sidePanel } = apis();
  if (action.openPopup) {
    try {
      await action.setPopup({ popup: 'popup.html' });
      await action.openPopup(windowId === undefined ? undefined : { windowId });
      return 'popup';
    } catch {
      // Fall through to the side panel.
    } finally {
      // Clearing the popup does not close an open one; it gives the toolbar click back to the
      // side panel.
      await action.setPopup({ popup: '' }).catch(() => undefined);
    }
  }
  if (sidePanel && windowId !== undefined) {
    try {
      await sidePanel.open({ windowId });
      return 'side-panel';
    } catch {
      return 'none';
    }
  }
  return 'none';
}

/** Registers the keyboard command's listener. */
export function startShortcuts(): void {
  apis().commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_LINTER_COMMAND) void openLinterPopup(tab?.windowId);
  });
}
