import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '../common/watch';
import { isOurs } from './dom-index';
import { SELECTORS } from './selectors';

export interface Look {
  /** True once the page has stopped changing for a moment: "not found" now means not there. */
  settled: boolean;
}

/** Attributes whose change can flip what the capture reads (switch state, selected tab, hiding). */
const WATCHED_ATTRIBUTES = [
  'aria-checked',
  'aria-selected',
  'aria-hidden',
  'checked',
  'class',
  'hidden',
  'style',
  'value',
];
/** A look once the console has been quiet this long after a change… */
const QUIET_MS = 100;
/** …or this long after the first change, while it keeps changing (a busy list, a spinner). */
const MAX_WAIT_MS = 500;
/** Quiet time after the last DOM change before a missing element is reported. */
const SETTLE_MS = 1_500;

/** True for a DOM change that is only our own notice coming or going, or changing inside. */
function onlyOurs(record: MutationRecord): boolean {
  if (record.target instanceof Element && isOurs(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n instanceof Element && isOurs(n));
}

/**
 * Calls `shown` when a dialog opens or changes inside: the key is shown once, in a dialog, and
 * its content may arrive after the dialog's frame. Watches only the children of <body>, where
 * the console's overlays open, and the inside of each dialog found there, so a busy page costs
 * it nothing; a dialog opened elsewhere is read as any other change (common/watch.ts).
 */
function watchDialogs(ctx: ContentScriptContext, shown: () => void): void {
  const inside = new MutationObserver(shown);
  const follow = (root: Element): boolean => {
    const dialogs = root.matches(SELECTORS.dialog)
      ? [root]
      : Array.from(root.querySelectorAll(SELECTORS.dialog));
    for (const dialog of dialogs)
      inside.observe(dialog, { childList: true, subtree: true, characterData: true });
    return dialogs.length > 0;
  };
  const outer = new MutationObserver((records) => {
    let opened = false;
    for (const record of records)
      for (const node of Array.from(record.addedNodes))
        if (node.nodeType === 1 && follow(node as Element)) opened = true;
    if (opened) shown();
  });
  for (const child of Array.from(document.body.children)) follow(child);
  outer.observe(document.body, { childList: true });
  ctx.onInvalidated(() => {
    outer.disconnect();
    inside.disconnect();
  });
}

/**
 * Calls `look` whenever the console page changes: content rendered late, a dialog opening or
 * closing, a switch flipping, a route change in the single-page app (common/watch.ts says how
 * often). A dialog appearing is read at once: the key is shown only there, and only once.
 * Everything hangs off the content script's context, so it all stops when the script is
 * invalidated.
 */
export function observeConsole(
  ctx: ContentScriptContext,
  look: (l: Look) => void,
  onRoute: () => void,
): void {
  // One more look once the console has been quiet for SETTLE_MS: a look comes QUIET_MS after
  // the last change, so this one SETTLE_MS - QUIET_MS after the last look, unless another is owed.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const lookNow = (): void => {
    look({ settled: false });
    clearTimeout(settle);
    settle = setTimeout(() => {
      if (!ctx.isInvalid && !watch.pending()) look({ settled: true });
    }, SETTLE_MS - QUIET_MS);
  };
  const watch = watchPage(ctx, lookNow, {
    attributes: WATCHED_ATTRIBUTES,
    quietMs: QUIET_MS,
    maxWaitMs: MAX_WAIT_MS,
    // Our notice's own mounting must not make the capture look again.
    ignore: onlyOurs,
  });
  ctx.onInvalidated(() => clearTimeout(settle));
  // The key is shown once, in a dialog: read it as soon as it shows, however busy the page.
  watchDialogs(ctx, () => watch.changed(true));
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    onRoute();
    watch.changed(true);
  });
}
