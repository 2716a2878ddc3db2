import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind } from './detect';
import { EDIT_PANE, MAPPING_TABLE, ON_DEMAND_TITLES } from './selectors';
import { containsAny } from './text';

/**
 * What in a frame calls for the on-demand module's page readers: a table or a pane (the mapping
 * page, #13; the Provisioning logs details pane, #14)…
 */
const READ_ON_DEMAND = `${MAPPING_TABLE}, ${EDIT_PANE}`;
/** …the pages whose status the rotation's confirm step reads (#14)… */
const READ_PAGES: readonly PageKind[] = ['provisioning-overview', 'provisioning-logs'];
// Typing in a field changes no DOM: read again this long after the last key.
const TYPING_QUIET_MS = 150;

/** What the content script's own reading of the page says, for the trigger. */
export interface SeenPage {
  page: PageKind;
  /** Visible headings and blade titles: Provision on demand is no page kind of the guide's. */
  titles: readonly string[];
}

/** …and Provision on demand, by its title (the page itself or its blade's "<app> | …"). */
const wanted = (seen: SeenPage): boolean =>
  READ_PAGES.includes(seen.page) || seen.titles.some((t) => containsAny(t, ON_DEMAND_TITLES));

/**
 * The content script's side of the pages read in the on-demand module: one cheap check after
 * each quiet page, so most portal frames never load the readers; once loaded, they are asked
 * again until they have nothing left to show or withdraw.
 */
export function createPageReaders(
  ctx: ContentScriptContext,
  /** Runs the readers; true while one of them still has a page to follow. */
  read: () => Promise<boolean>,
): { check(seen: SeenPage | null): void } {
  let engaged = false;
  let typing: number | undefined;
  const check = (seen: SeenPage | null): void => {
    if (ctx.isInvalid) return;
    if (!engaged && !(seen && wanted(seen)) && document.querySelector(READ_ON_DEMAND) === null)
      return;
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
    // Typing changes no page kind: the last look's trigger stands, the pane's query decides.
    typing = ctx.setTimeout(() => check(null), TYPING_QUIET_MS);
  });
  return { check };
}
