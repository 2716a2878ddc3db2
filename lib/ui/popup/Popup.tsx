import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };

export function Popup(): JSX.Element {
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  const openPanel = (): void => {
    const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
    if (windowId === undefined || !sidePanel) {
      setStatus('The side panel is not available in this browser.');
      return;
    }
    // open() must run inside the click's user gesture: no await before it.
    sidePanel.open({ windowId }).then(
      () => setStatus('Side panel opened.'),
      (e: unknown) =>
        setStatus(`Could not open the side panel: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  return (
    <main>
      <h1>CloudSSO SCIM Assistant</h1>
      <button type="button" class="primary" onClick={openPanel} disabled={windowId === undefined}>
        Open side panel
      </button>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
