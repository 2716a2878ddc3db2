import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { notify } from '../../messaging/notify';
import type { FrameReport } from '../../storage/guide';
import { announceAndListen } from '../common/hello';
import { onDemand, once } from '../common/on-demand';
import { findCredentialsForm } from './decide';
import { detectPage } from './detect';
import { createMappingsReporter } from './mappings/reporter';
import { extractFrame } from './extract';
import type { AzureOnDemand, Located } from './on-demand';
import { parsePortalRoute } from './routes';

// Portal blades render in bursts; one report after the DOM has been quiet this long.
const QUIET_MS = 250;
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
  load: () => Promise<AzureOnDemand> = onDemand<AzureOnDemand>('/azure-on-demand.js'),
): void {
  const isTop = window === window.top;

  // The one place that reads the page and decides where the form is, for the check, the fill
  // and the re-check after it.
  const locateForm = (): Located => {
    const { snapshot, elements } = extractFrame(document, isTop);
    const decision = findCredentialsForm(snapshot);
    if (!decision.ok) return decision;
    return {
      ok: true,
      fields: {
        tenantUrl: elements[decision.form.tenantUrl]!,
        secretToken: elements[decision.form.secretToken]!,
      },
      secretPresent: decision.form.secretPresent,
    };
  };

  announceAndListen(
    ctx,
    once(async () =>
      (await load()).answer({
        locateForm,
        sleep: (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)),
        afterFill: () => schedule(),
      }),
    ),
  );

  // Names this document in its reports, and in its "gone" message.
  const docStart = Math.round(performance.timeOrigin);
  let lastSent = '';
  let timer: number | undefined;
  const mappings = createMappingsReporter(ctx, docStart, async () => (await load()).readMappings());
  const report = (): void => {
    timer = undefined;
    if (ctx.isInvalid) return;
    mappings.check();
    const { snapshot } = extractFrame(document, isTop);
    const view = detectPage(snapshot, isTop ? parsePortalRoute(location.href) : null);
    const payload: FrameReport = {
      href: location.href,
      frame: isTop ? 'top' : 'sub',
      docStart,
      page: view.page,
      evidence: view.evidence,
      appName: view.appName,
      appObjectId: view.appObjectId,
      appId: view.appId,
      form: view.form,
      formProblem: view.formProblem,
      entryButton: view.entryButton,
      testOutcome: view.testOutcome,
      assignments: view.assignments,
    };
    const text = JSON.stringify(payload);
    if (text === lastSent) return;
    lastSent = text;
    void notify('guide.report', payload).catch(() => {
      lastSent = ''; // try again with the next change
    });
  };
  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(report, QUIET_MS);
  }

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
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
  ctx.onInvalidated(() => {
    observer.disconnect();
    gone();
  });
  // Hash routes change without a reload; the portal may not touch the DOM at once.
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Typing in the Tenant URL field changes no DOM; re-read when a field is left.
  ctx.addEventListener(document, 'focusout', schedule);
  schedule();
}
