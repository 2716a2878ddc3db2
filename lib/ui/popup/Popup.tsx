import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LinterBody } from '../linter/LinterBody';
import { linterText } from '../../i18n/linter';
import { useLinter } from '../linter/useLinter';
import { commonText } from '../../i18n/common';
import { PanelIcon } from '../icons';
import './popup.css';
import { errorText } from '../../util/error-text';

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };

/**
 * The popup answers "will this expression work?". Its one role="status" element is the linter's
 * summary (docs/automation-contract.md#popup-popuphtml); the side-panel button reports in a plain live region.
 */
export function Popup(): JSX.Element {
  const linter = useLinter();
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [panelMessage, setPanelMessage] = useState('');
  useEffect(() => {
    // No window (e.g. a test harness): the button stays disabled rather than failing.
    browser.windows.getCurrent().then(
      (w) => setWindowId(w?.id),
      () => undefined,
    );
  }, []);
  const openPanel = (): void => {
    const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
    if (windowId === undefined || !sidePanel) {
      setPanelMessage(linterText('sidePanelMissing'));
      return;
    }
    // open() must run inside the click's user gesture: no await before it.
    sidePanel.open({ windowId }).then(
      () => setPanelMessage(linterText('sidePanelOpened')),
      (e: unknown) => setPanelMessage(linterText('sidePanelFailed', { message: errorText(e) })),
    );
  };
  return (
    <main class="popup">
      <div class="popup-head">
        <h1>{commonText('appName')}</h1>
        <button type="button" onClick={openPanel} disabled={windowId === undefined}>
          <PanelIcon />
          {linterText('openSidePanel')}
        </button>
      </div>
      <p aria-live="polite" class="muted panel-message">
        {panelMessage}
      </p>
      <LinterBody linter={linter} summaryRole="status" rows={5} idPrefix="popup" />
    </main>
  );
}
