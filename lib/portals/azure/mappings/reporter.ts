import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { MappingPageReport } from '../../../storage/mappings';
import { EDIT_PANE, MAPPING_TABLE } from '../selectors';

/** What the frame shows of the mapping page, read by the on-demand module (on-demand.ts). */
export type MappingView = Pick<MappingPageReport, 'tables' | 'edit'>;

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
  /** Reads and decides the page; loaded on demand, so most portal pages never carry the reader. */
  read: () => Promise<MappingView>,
): { check(): void } {
  let lastSent = '';
  let typing: number | undefined;

  const send = (payload: MappingPageReport): void => {
    const text = JSON.stringify(payload);
    if (text === lastSent) return;
    lastSent = text;
    // The background validates the report and its sender; the frame reads nothing back but
    // whether it was accepted, so no schema (and no full zod) comes into the content script.
    const retry = (): void => {
      lastSent = ''; // try again with the next change
    };
    browser.runtime.sendMessage({ type: 'mappings.report', payload }).then((reply: unknown) => {
      if ((reply as { ok?: unknown } | null)?.ok !== true) retry();
    }, retry);
  };

  const check = (): void => {
    if (ctx.isInvalid) return;
    // A cheap look first: a page with neither a table nor an edit pane, and nothing said
    // before, needs no reader at all (most portal pages).
    if (document.querySelector(`${MAPPING_TABLE}, ${EDIT_PANE}`) === null && lastSent === '')
      return;
    const t0 = performance.now();
    read().then(
      (view) => {
        if (ctx.isInvalid) return;
        // The last read's cost, for the e2e timings (the content script's world only).
        (globalThis as { __mappingsReadMs?: number }).__mappingsReadMs = performance.now() - t0;
        // Nothing shown and nothing said before: no message at all.
        if (lastSent === '' && view.tables.length === 0 && view.edit === null) return;
        send({ docStart, tables: view.tables, edit: view.edit });
      },
      () => undefined, // the module could not load: the next change tries again
    );
  };

  // Any typing, debounced: the check's first look (one query) drops pages without a mapping
  // table or edit pane, so the pane's selector is not spelled out here a second time.
  ctx.addEventListener(document, 'input', () => {
    if (typing !== undefined) clearTimeout(typing);
    typing = ctx.setTimeout(check, TYPING_QUIET_MS);
  });
  ctx.addEventListener(window, 'pagehide', () => {
    if (lastSent !== '') send({ docStart, tables: [], edit: null });
  });
  return { check };
}
