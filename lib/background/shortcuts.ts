import { browser } from 'wxt/browser';
import { defineMessages } from '../i18n';

const t = defineMessages({
  menu: { en: 'Check an expression (linter)', 'zh-CN': '检查表达式（linter）' },
});

/**
 * Opens the linter popup from the keyboard shortcut and from the toolbar button's context menu.
 *
 * The toolbar button itself opens the side panel (start.ts), so the action has no default popup
 * and `_execute_action` would open the side panel too. Instead a named command and a menu entry
 * set the popup for a moment, open it with `action.openPopup()` (Chrome 127+, no user gesture
 * needed; verified in Chromium 156), then clear it again so the next toolbar click still opens
 * the side panel. Where openPopup is missing or fails (older Chrome, Edge without it, no focused
 * window), the side panel opens instead: it holds the same linter.
 */

export const OPEN_LINTER_COMMAND = 'open-linter';
const MENU_ID = 'open-linter';

interface ActionApi {
  setPopup(details: { popup: string; tabId?: number }): Promise<void>;
  openPopup?(options?: { windowId?: number }): Promise<void>;
}
interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface MenusApi {
  create(
    properties: { id: string; title: string; contexts: string[] },
    callback?: () => void,
  ): void;
  removeAll(): Promise<void>;
  onClicked: {
    addListener(
      listener: (info: { menuItemId: string | number }, tab?: { windowId?: number }) => void,
    ): void;
  };
}
interface ShortcutApis {
  action: ActionApi;
  sidePanel?: SidePanelApi;
  contextMenus?: MenusApi;
  commands: {
    onCommand: {
      addListener(listener: (command: string, tab?: { windowId?: number }) => void): void;
    };
  };
  runtime: { onInstalled: { addListener(listener: () => void): void } };
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

/** Registers the command listener and the toolbar context-menu entry. */
export function startShortcuts(): void {
  const { commands, contextMenus, runtime } = apis();
  commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_LINTER_COMMAND) void openLinterPopup(tab?.windowId);
  });
  if (!contextMenus) return;
  // Menu entries persist across service-worker restarts; create them once per install/update.
  runtime.onInstalled.addListener(() => {
    void contextMenus
      .removeAll()
      .then(() => contextMenus.create({ id: MENU_ID, title: t('menu'), contexts: ['action'] }));
  });
  contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void openLinterPopup(tab?.windowId);
  });
}
