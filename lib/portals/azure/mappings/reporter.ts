import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../../messaging/client';
import type { MappingPageReport } from '../../../storage/mappings';
import { EDIT_PANE } from '../selectors';
import { decideMappings } from './decide';
import { extractMappings } from './extract';

// Typing in the Expression box changes no DOM: read it again this long after the last key.
const TYPING_QUIET_MS = 150;

/**
 * Reports the attribute-mapping page this frame shows (#13). It rides on the content script's
 * own observer: `check` runs when the DOM has been quiet, so it adds no observer of its own; only
 * typing in the edit pane, which changes no DOM, has its own (debounced) listener.
 */
export function createMappingsReporter(
  ctx: ContentScriptContext,
  docStart: number,
): { check(): void } {
  let lastSent = '';
  let typing: number | undefined;

  const send = (payload: MappingPageReport): void => {
    const text = JSON.stringify(payload);
    if (text === lastSent) return;
    lastSent = text;
    void sendToBackground('mappings.report', payload).catch(() => {
      lastSent = ''; // try again with the next change
    });
  };

  const check = (): void => {
    if (ctx.isInvalid) return;
    const t0 = performance.now();
    const snapshot = extractMappings(document);
    const view = snapshot ? decideMappings(snapshot) : { tables: [], edit: null };
    // The last read's cost, for the e2e timings (the content script's world only, never the page's).
    (globalThis as { __mappingsReadMs?: number }).__mappingsReadMs = performance.now() - t0;
    // Nothing shown and nothing said before: no message at all (every portal page gets here).
    if (lastSent === '' && view.tables.length === 0 && view.edit === null) return;
    send({ docStart, tables: view.tables, edit: view.edit });
  };

  ctx.addEventListener(document, 'input', (e) => {
    const target = e.target;
    if (!(target instanceof Element) || !target.closest(EDIT_PANE)) return;
    if (typing !== undefined) clearTimeout(typing);
    typing = ctx.setTimeout(check, TYPING_QUIET_MS);
  });
  ctx.addEventListener(window, 'pagehide', () => {
    if (lastSent !== '') send({ docStart, tables: [], edit: null });
  });
  return { check };
}
