import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { MappingPageReport } from '../../../storage/mappings';
import { decideMappings } from './decide';
import { extractMappings } from './extract';

/**
 * Reports the attribute-mapping page this frame shows (#13). Runs in the Azure on-demand
 * module, loaded only once a frame shows a table or an edit pane (page-readers.ts), and is
 * called after the content script's own observer saw the page quiet: no observer of its own.
 */
export function createMappingsReporter(
  ctx: ContentScriptContext,
  docStart: number,
): { check(): boolean } {
  let lastSent = '';

  const send = (payload: MappingPageReport): void => {
    const text = JSON.stringify(payload);
    if (text === lastSent) return;
    lastSent = text;
    // The background validates the report and its sender; the frame reads nothing back but
    // whether it was accepted.
    const retry = (): void => {
      lastSent = ''; // try again with the next change
    };
    browser.runtime.sendMessage({ type: 'mappings.report', payload }).then((reply: unknown) => {
      if ((reply as { ok?: unknown } | null)?.ok !== true) retry();
    }, retry);
  };

  ctx.addEventListener(window, 'pagehide', () => {
    if (lastSent !== '') send({ docStart, tables: [], edit: null });
  });

  return {
    /** Reads and reports the page; true while it shows a mapping table or an edit pane. */
    check() {
      if (ctx.isInvalid) return false;
      const t0 = performance.now();
      const snapshot = extractMappings(document);
      const view = snapshot ? decideMappings(snapshot) : { tables: [], edit: null };
      // The last read's cost, for the e2e timings (the content script's world only).
      (globalThis as { __mappingsReadMs?: number }).__mappingsReadMs = performance.now() - t0;
      const shown = view.tables.length > 0 || view.edit !== null;
      // Nothing shown and nothing said before: no message at all.
      if (shown || lastSent !== '') send({ docStart, tables: view.tables, edit: view.edit });
      return shown;
    },
  };
}
