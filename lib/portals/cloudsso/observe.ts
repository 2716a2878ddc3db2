import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOurs } from './dom-index';

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

/** True for a DOM change that is only our own notice coming or going. */
function onlyOurs(record: MutationRecord): boolean {
  if (record.target instanceof Element && isOurs(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n instanceof Element && isOurs(n));
}

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
  // Plain timers, cleared once below: `ctx.setTimeout` would add an invalidation listener per
  // call, and a busy console changes many times a second for as long as the tab is open.
  let pending: ReturnType<typeof setTimeout> | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const run = (settled: boolean): void => {
    if (ctx.isInvalid) return;
    lastLook = Date.now();
    look({ settled });
  };
  const changed = (): void => {
    if (ctx.isInvalid) return;
    if (pending === undefined) {
      const wait = Math.max(0, lastLook + MIN_GAP_MS - Date.now());
      pending = setTimeout(() => {
        pending = undefined;
        run(false);
      }, wait);
    }
    clearTimeout(settle);
    settle = setTimeout(() => run(true), SETTLE_MS);
  };
  const observer = new MutationObserver((records) => {
    // Our notice's own mounting must not make the capture look again.
    if (!records.every(onlyOurs)) changed();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(pending);
    clearTimeout(settle);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    onRoute();
    changed();
  });
  changed();
}
