import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FrameReport } from '../../storage/guide';
import { announceAndListen } from '../common/hello';
import { fillAndVerify, type FillResultHere, type FormElements } from './apply';
import { findCredentialsForm, type FormProblem } from './decide';
import { detectPage } from './detect';
import { extractFrame } from './extract';
import { azureToContent, sendToBackground } from './messages';
import { describeAzureRoute } from './outline-route';
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

type Located =
  { ok: true; fields: FormElements; secretPresent: boolean } | { ok: false; problem: FormProblem };

/**
 * Entry of the Azure portal / Entra admin center content script. It runs in the top document
 * and in every React-view frame; each frame reports what it sees, the background merges them.
 * The key arrives only with an "azure.fill" request addressed to this very frame.
 */
export function startAzureContent(ctx: ContentScriptContext): void {
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

  const formShown = (): { shown: boolean; problem: FormProblem | null } => {
    const found = locateForm();
    return found.ok ? { shown: true, problem: null } : { shown: false, problem: found.problem };
  };

  const fillHere = async ({
    trigger,
    ...values
  }: {
    tenantUrl: string;
    secretToken: string;
    trigger: 'button' | 'auto';
  }): Promise<{ result: FillResultHere | FormProblem | 'saved-secret' }> => {
    const found = locateForm();
    if (!found.ok) return { result: found.problem };
    // Checked here too, on the page as it is now: only the admin's own Fill replaces a saved
    // secret (the Connectivity page), never the automatic fill.
    if (trigger === 'auto' && found.secretPresent) return { result: 'saved-secret' };
    const result = await fillAndVerify(
      found.fields,
      values,
      () => {
        const again = locateForm();
        return again.ok ? again.fields : null;
      },
      (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)),
    );
    schedule();
    return { result };
  };

  announceAndListen(ctx, {
    portal: 'azure',
    contract: azureToContent,
    handlers: { 'azure.formShown': formShown, 'azure.fill': fillHere },
    send: sendToBackground,
    describeRoute: describeAzureRoute,
  });

  // Names this document in its reports, and in its "gone" message.
  const docStart = Math.round(performance.timeOrigin);
  let lastSent = '';
  let timer: number | undefined;
  const report = (): void => {
    timer = undefined;
    if (ctx.isInvalid) return;
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
    void sendToBackground('guide.report', payload).catch(() => {
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
    void sendToBackground('guide.gone', { docStart }).catch(() => undefined);
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
