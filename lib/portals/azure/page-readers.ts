import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EDIT_PANE, MAPPING_TABLE } from './selectors';

/** What in a frame calls for the on-demand module's page readers (the mapping page, #13). */
const READ_ON_DEMAND = `${MAPPING_TABLE}, ${EDIT_PANE}`;
// Typing in a field changes no DOM: read again this long after the last key.
const TYPING_QUIET_MS = 150;

/**
 * The content script's side of the pages read in the on-demand module: one cheap query after
 * each quiet page, so most portal frames never load the readers; once loaded, they are asked
 * again until they have nothing left to show or withdraw.
 */
export function createPageReaders(
  ctx: ContentScriptContext,
  /** Runs the readers; true while one of them still has a page to follow. */
  read: () => Promise<boolean>,
): { check(): void } {
  let engaged = false;
  let typing: number | undefined;
  const check = (): void => {
    if (ctx.isInvalid) return;
    if (!engaged && document.querySelector(READ_ON_DEMAND) === null) return;
    engaged = true;
    read().then(
      (more) => {
        engaged = more;
      },
      () => undefined, // the module could not load: the next change tries again
    );
  };
  ctx.addEventListener(document, 'input', () => {
    if (typing !== undefined) clearTimeout(typing);
    typing = ctx.setTimeout(check, TYPING_QUIET_MS);
  });
  return { check };
}
