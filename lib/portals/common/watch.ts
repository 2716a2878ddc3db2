import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * When a content script looks at its page again. Both portals read the whole document in one
 * look (extract.ts), which is right for a page that changed, and wasteful for a page that keeps
 * changing: the portal's grids and spinners make thousands of DOM mutations a second. So:
 *
 * - mutations are taken in the batches the browser delivers; while a look is owed a batch costs
 *   nothing but noting the time, and otherwise a few checks on its records, never a read; while
 *   the page keeps changing (it changed again right after a look that came before it was quiet)
 *   the observer is off until the next look, which reads everything anyway;
 * - a record that cannot change what a look reads starts no look, judged on the changed node
 *   alone (`matters`): a node no longer in the document, an attribute set to the value it had,
 *   an inline style whose change only moves or paints (a turning spinner), anything inside an
 *   SVG (read as one picture, never as text), a script or a template; and what the caller says is
 *   its own (CloudSSO's notice);
 * - a look comes once the page has been quiet for `quietMs`, or `maxWaitMs` after the first
 *   change not yet looked at, so a page that never stops changing is still read;
 * - while the page keeps changing, looks are `maxWaitMs` apart, and further apart than 100 times
 *   the last one took (3 s at most): a page that is slow to read is read less often, and the
 *   looks take about 1% of the main thread (more only where one look takes over 30 ms);
 * - what must be read at once (a route change; CloudSSO's key dialog, cloudsso/observe.ts) gets
 *   a look without waiting for quiet, 10% of the main thread at most.
 *
 * Nothing polls: the one timer runs only while a look is owed.
 */
export interface WatchOptions {
  /** Attributes whose change can change what a look reads. */
  attributes: readonly string[];
  /** A look once the page has been quiet this long after a change. */
  quietMs: number;
  /** …and at the latest this long after the first change not yet looked at. */
  maxWaitMs: number;
  /** Records of the extension's own making (CloudSSO's notice): not a change of the page. */
  ignore?: (record: MutationRecord) => boolean;
  /**
   * The first look: `now`, or once the page has been quiet (a frame that is still rendering is
   * read once, when it is done). @default 'now'
   */
  first?: 'now' | 'when-quiet';
  /** The clock, in ms (tests give one whose looks take time). @default performance.now */
  now?: () => number;
}

export interface Watch {
  /**
   * A change the DOM does not show (a hash route, a field left), or one to read at once
   * (`urgent`: a route change, a dialog showing a key).
   */
  changed(urgent?: boolean): void;
  /** A look is owed: the page changed since the last one. */
  pending(): boolean;
}

/** A look is at least this many times its own duration after the last one, under churn… */
const DUTY = 100;
/**
 * …but never further apart than this: on a slow or busy machine a look can take tens of
 * milliseconds, and the reading (a key's page, a user count) must not fall behind by more.
 */
const MAX_CHURN_GAP_MS = 3_000;
/** …and an urgent look this many times. */
const URGENT_DUTY = 10;
/** An urgent look waits at least this long after the last look (a dialog animating in). */
const URGENT_GAP_MS = 50;

/** Elements whose inside never reaches a look: SVG is one picture, scripts and templates inert. */
const UNREAD = 'svg, script, template, noscript';

/**
 * Inline style properties that only move or paint an element (a turning spinner): none changes
 * whether it is shown, its box, or its size as layout sees it, which is all a look reads of
 * styles (common/visibility.ts, common/page-text.ts). Any other property counts as a change,
 * custom properties included (a stylesheet may use them for `display`).
 */
const PAINT_ONLY = new Set(
  'transform translate rotate scale opacity color background-color fill stroke stroke-dashoffset stroke-dasharray filter box-shadow will-change'.split(
    ' ',
  ),
);

/** An inline style without its move-or-paint declarations (one it cannot split stays). */
function layoutPart(style: string | null): string {
  return (style ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !PAINT_ONLY.has(d.slice(0, d.indexOf(':')).trim().toLowerCase()))
    .join(';');
}

/** True when two inline styles differ only in properties that move or paint. */
export function onlyPaintChanged(before: string | null, after: string | null): boolean {
  return layoutPart(before) === layoutPart(after);
}

/**
 * Whether one mutation record can change what a look reads: the cheap tests first, as this runs
 * on the records of every batch while no look is owed.
 */
export function matters(record: MutationRecord): boolean {
  const target = record.target;
  // Out of the document: taking it out was a change of its own, already seen.
  if (!target.isConnected) return false;
  const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (!el) return true;
  const attributes = record.type === 'attributes';
  if (attributes) {
    const now = el.getAttribute(record.attributeName!);
    if (now === record.oldValue) return false;
    if (record.attributeName === 'style' && onlyPaintChanged(record.oldValue, now)) return false;
  }
  const unread = el.closest(UNREAD);
  // An SVG's own attributes still decide whether it is shown; its inside is never read.
  return !unread || (unread === el && attributes);
}

/**
 * Watches the document and calls `look` as described above, starting with one look (now, or
 * once the page is quiet). Everything stops with the content script's context.
 */
export function watchPage(
  ctx: ContentScriptContext,
  look: () => void,
  options: WatchOptions,
): Watch {
  const { quietMs, maxWaitMs, ignore } = options;
  const clock = options.now ?? (() => performance.now());
  /** First and last change not yet looked at (ms, `clock`); null when none. */
  let firstChange: number | null = null;
  let lastChange = 0;
  let urgentPending = false;
  let lastLookEnd = Number.NEGATIVE_INFINITY;
  let lastCost = 0;
  /** The last look came before the page was quiet (or while it was churning). */
  let forced = false;
  /**
   * A forced look, and the page changed again less than `quietMs` after it: it keeps changing.
   * Until the next look the observer is then off (every batch would only say "not quiet yet"),
   * and the look comes `maxWaitMs` after the change, or later by the duty cycle.
   */
  let churning = false;
  // One plain timer, cleared below: `ctx.setTimeout` would add an invalidation listener per call.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;

  const run = (): void => {
    const start = clock();
    look();
    lastLookEnd = clock();
    lastCost = lastLookEnd - start;
  };

  /** When the owed look is due; infinity when nothing is owed. */
  const due = (): number => {
    if (firstChange === null) return Number.POSITIVE_INFINITY;
    if (urgentPending) return lastLookEnd + Math.max(URGENT_GAP_MS, lastCost * URGENT_DUTY);
    if (churning)
      return Math.max(
        firstChange + maxWaitMs,
        lastLookEnd + Math.min(lastCost * DUTY, MAX_CHURN_GAP_MS),
      );
    return Math.min(lastChange + quietMs, firstChange + maxWaitMs);
  };

  const arm = (): void => {
    const at = due();
    if (at === Number.POSITIVE_INFINITY || at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(fire, Math.max(0, at - clock()));
  };

  const observer = new MutationObserver((records) => {
    if (ctx.isInvalid) return;
    // A look is owed already: the batch only says the page is not quiet yet; no record is read.
    if (firstChange !== null) lastChange = clock();
    else if (records.some((r) => !ignore?.(r) && matters(r))) changed();
  });
  const observe = (): void =>
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: [...options.attributes],
    });

  function fire(): void {
    timer = undefined;
    timerAt = Number.POSITIVE_INFINITY;
    if (ctx.isInvalid || firstChange === null) return;
    if (due() > clock() + 1) {
      // More changes came and moved the look later: wait for it.
      arm();
      return;
    }
    // Unwatched while churning, the page is taken to be changing still; an urgent look comes
    // before quiet by design, which says nothing of the page.
    forced = churning || (!urgentPending && clock() < lastChange + quietMs);
    firstChange = null;
    urgentPending = false;
    run();
    // Every change from now on is the next look's: watch again (this look read all before).
    if (churning) observe();
  }

  function changed(urgentNow = false): void {
    if (ctx.isInvalid) return;
    const now = clock();
    if (firstChange === null) {
      firstChange = now;
      churning = forced && now - lastLookEnd < quietMs;
      if (churning) observer.disconnect();
    }
    lastChange = now;
    if (urgentNow) urgentPending = true;
    arm();
  }

  observe();
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  // The page as it is now (or once it is quiet); later looks follow its changes.
  if (options.first === 'when-quiet') changed();
  else run();
  return { changed, pending: () => firstChange !== null };
}
