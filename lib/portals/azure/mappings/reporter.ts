import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MappingPageReport } from '../../../storage/mappings';
import { createReportSender } from '../send-report';
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
  const gone: MappingPageReport = { docStart, tables: [], edit: null };
  const sender = createReportSender<MappingPageReport>('mappings.report', gone);

  ctx.addEventListener(window, 'pagehide', () => {
    if (sender.said()) sender.send(gone);
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
      // Nothing shown and nothing said before: no message at all (the sender's "gone").
      sender.send({ docStart, tables: view.tables, edit: view.edit });
      return view.tables.length > 0 || view.edit !== null;
    },
  };
}
