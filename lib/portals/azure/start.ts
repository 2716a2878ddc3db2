import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { notify } from '../../messaging/notify';
import type { FrameReport } from '../../storage/guide';
import { announceAndListen } from '../common/hello';
import { onDemand, once } from '../common/on-demand';
import { watchPage } from '../common/watch';
import { detectPage } from './detect';
import { extractFrame } from './extract';
import { createPageReaders } from './page-readers';
import type { AzureOnDemand } from './on-demand';
import type { PortalRoute } from './routes';

// Portal blades render in bursts; one report after the DOM has been quiet this long…
const QUIET_MS = 250;
// …or this long after the first change, while it keeps changing (grids, spinners).
const MAX_WAIT_MS = 2_000;
// Attributes whose changes can change what the page shows (collapsed sections, selection...).
const WATCHED_ATTRIBUTES = [
  'hidden',
  'aria-expanded',
  'aria-selected',
  'aria-current',
  'aria-hidden',
  'style',
  'class',
  'type',
  'disabled',
  'open',
];

/**
 * Entry of the Azure portal / Entra admin center content script. It runs in the top document
 * and in every React-view frame; each frame reports what it sees, the background merges them.
 * The key arrives only with an "azure.fill" request addressed to this very frame, answered by
 * the on-demand module (on-demand.ts), which this frame loads only when the background asks it
 * something.
 */
export function startAzureContent(
  ctx: ContentScriptContext,
  /**
   * The portal route of a top document's address: routes.ts's parsePortalRoute in the portal's
   * own documents; nothing in the React-view frames, whose hosts carry no route (it answers
   * null there), so their script goes without the parser.
   */
  routeOf: (href: string) => PortalRoute | null,
  load: () => Promise<AzureOnDemand> = onDemand<AzureOnDemand>('/azure-on-demand.js'),
): void {
  const isTop = window === window.top;

  // A change the DOM does not show: look again as for a mutation (set once the watch starts).
  let schedule = (): void => undefined;

  announceAndListen(
    ctx,
    once(async () =>
      (await load()).answer({
        isTop,
        sleep: (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)),
        afterFill: () => schedule(),
      }),
    ),
  );

  // Names this document in its reports, and in its "gone" message.
  const docStart = Math.round(performance.timeOrigin);
  let lastSent = '';
  const readers = createPageReaders(ctx, async () => (await load()).readPages(ctx, docStart));
  const report = (): void => {
    if (ctx.isInvalid) return;
    const { snapshot } = extractFrame(document, isTop);
    const view = detectPage(snapshot, isTop ? routeOf(location.href) : null);
    readers.check({ page: view.page, titles: [...snapshot.headings, ...snapshot.bladeTitles] });
    // A FrameView is a report's every field but the frame's own three.
    const payload: FrameReport = {
      href: location.href,
      frame: isTop ? 'top' : 'sub',
      docStart,
      ...view,
    };
    const text = JSON.stringify(payload);
    if (text === lastSent) return;
    lastSent = text;
    void notify('guide.report', payload).catch(() => {
      lastSent = ''; // try again with the next change
    });
  };
  // The first report once the frame has stopped rendering; then after its changes
  // (common/watch.ts: batched, quiet or at most two seconds late, never a read per mutation).
  const watch = watchPage(ctx, report, {
    attributes: WATCHED_ATTRIBUTES,
    quietMs: QUIET_MS,
    maxWaitMs: MAX_WAIT_MS,
    first: 'when-quiet',
  });
  schedule = () => watch.changed();
  // A removed React view or a page being left takes its report with it, so the guide does not
  // keep showing a form that is gone. Best effort: the fill checks the frame again anyway.
  const gone = (): void => {
    lastSent = '';
    void notify('guide.gone', { docStart }).catch(() => undefined);
  };
  ctx.addEventListener(window, 'pagehide', gone);
  // Back from the back/forward cache: the same document shows again.
  ctx.addEventListener(window, 'pageshow', (e) => {
    if (e.persisted) schedule();
  });
  ctx.onInvalidated(gone);
  // Hash routes change without a reload; the portal may not touch the DOM at once.
  ctx.addEventListener(window, 'hashchange', () => watch.changed(true));
  ctx.addEventListener(window, 'wxt:locationchange', () => watch.changed(true));
  // Typing in the Tenant URL field changes no DOM; re-read when a field is left.
  ctx.addEventListener(document, 'focusout', () => schedule());
}
