import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LinterBody } from '../linter/LinterBody';
import { t } from '../../i18n/linter';
import { useLinter } from '../linter/useLinter';
import { common } from '../../i18n/common';
import { PanelIcon } from '../icons';
import './popup.css';

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };

/**
 * The popup answers "will this expression work?". Its one role="status" element is the linter's
 * summary (automation contract); the side-panel button reports in a plain live region.
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
      setPanelMessage(t('sidePanelMissing'));
      return;
    }
    // open() must run inside the click's user gesture: no await before it.
    sidePanel.open({ windowId }).then(
      () => setPanelMessage(t('sidePanelOpened')),
      (e: unknown) =>
        setPanelMessage(
          t('sidePanelFailed', { message: e instanceof Error ? e.message : String(e) }),
        ),
    );
  };
  return (
    <main class="popup">
      <div class="popup-head">
        <h1>{common('appName')}</h1>
        <button type="button" onClick={openPanel} disabled={windowId === undefined}>
          <PanelIcon />
          {t('openSidePanel')}
        </button>
      </div>
      <p aria-live="polite" class="muted panel-message">
        {panelMessage}
      </p>
      <LinterBody linter={linter} summaryRole="status" rows={5} idPrefix="popup" />
    </main>
  );
}
