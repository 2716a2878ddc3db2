import type { ContentScriptContext } from 'wxt/utils/content-script-context';

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
/** Quiet time after the last DOM change before a missing element is reported. */
const SETTLE_MS = 1_500;
/** At most one look per this interval while the page keeps changing (a busy console). */
const MIN_GAP_MS = 100;

/**
 * Calls `look` whenever the console page changes: content rendered late, a dialog opening or
 * closing, a switch flipping, a route change in the single-page app. Everything hangs off the
 * content script's context, so it all stops when the script is invalidated. No polling: the
 * only timers are the throttle and the settle delay, both restarted by DOM changes.
 */
export function observeConsole(
  ctx: ContentScriptContext,
  look: (l: Look) => void,
  onRoute: () => void,
): void {
  let lastLook = 0;
  let pending: number | undefined;
  let settle: number | undefined;
  const run = (settled: boolean): void => {
    if (ctx.isInvalid) return;
    lastLook = Date.now();
    look({ settled });
  };
  const changed = (): void => {
    if (pending === undefined) {
      const wait = Math.max(0, lastLook + MIN_GAP_MS - Date.now());
      pending = ctx.setTimeout(() => {
        pending = undefined;
        run(false);
      }, wait);
    }
    clearTimeout(settle);
    settle = ctx.setTimeout(() => run(true), SETTLE_MS);
  };
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    onRoute();
    changed();
  });
  changed();
}
