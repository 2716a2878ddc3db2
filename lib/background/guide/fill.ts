import { browser } from 'wxt/browser';
import { sendToFrame } from '../../messaging/client';
import { MessagingError } from '../../messaging/envelope';
import { classifyOrigin } from '../../origins';
import { parsePortalRoute, routeKind } from '../../portals/azure/routes';
import { directoriesItem } from '../../storage';
import { readLiveSecret } from '../../capture/live-secret';
import {
  guideProgressItem,
  guideTabsItem,
  lastFillItem,
  type FillOutcome,
  type TabState,
} from '../../storage/guide';
import { bindApp, checkApp } from './app-binding';
import { prepareFillValues } from './fill-values';
import { chooseFillTarget, type FillTarget } from './target';
import { forgetFrame, progressQueue } from './tabs';
import { errorText } from '../../util/error-text';

export type FillRequest =
  | {
      trigger: 'button';
      windowId: number | null;
      /** The app the admin confirmed the key may go to, after an `other-app` question. */
      confirmApp?: string | null;
    }
  /** The "fill as soon as the form appears" option: this tab, which just showed the form. */
  | { trigger: 'auto'; tabId: number };

async function activeTabOf(windowId: number | null): Promise<number | null> {
  if (windowId === null) return null;
  // tabs.query needs no "tabs" permission for ids; urls stay hidden, which is fine here.
  const [tab] = await browser.tabs.query({ active: true, windowId }).catch(() => []);
  return tab?.id ?? null;
}

function pickTarget(
  tabs: TabState[],
  request: FillRequest,
  active: number | null,
): FillTarget | null {
  if (request.trigger === 'auto') {
    return chooseFillTarget(
      tabs.filter((t) => t.tabId === request.tabId),
      request.tabId,
    );
  }
  return chooseFillTarget(tabs, active);
}

/**
 * Where saved credentials are edited: the Connectivity page. The address is only a hint, but a
 * hint is enough to hold back: its secret may load after the form appears.
 */
function onConnectivityPage(tab: TabState | undefined): boolean {
  const top = tab ? Object.values(tab.frames).find((f) => f.frame === 'top') : undefined;
  const route = top ? parsePortalRoute(top.href) : null;
  return route !== null && routeKind(route) === 'connectivity';
}

const isUnreachable = (e: unknown): boolean =>
  e instanceof MessagingError && e.code === 'unreachable';

/** What went wrong, for the panel: the page's own message, never one that holds the key. */
function reasonOf(e: unknown, secret: string): string {
  const message = errorText(e).trim().slice(0, 300);
  if (!message || message.toLowerCase().includes(secret.toLowerCase())) {
    return 'the page reported an error';
  }
  return message;
}

/** The key was filled into this app: later forms of other apps ask first. */
function rememberApp(directoryKey: string, objectId: string | null): Promise<void> {
  return progressQueue(async () => {
    const all = await guideProgressItem.get();
    const dir = all[directoryKey];
    if (!dir) return;
    const next = bindApp(dir, objectId);
    if (next !== dir) await guideProgressItem.set({ ...all, [directoryKey]: next });
  });
}

/**
 * Fills Tenant URL and Secret token. The key leaves the background only here: read from session
 * storage, sent to exactly one frame, the one whose allow-listed origin reported a recognized
 * form. Outcomes never contain the key and are kept so the side panel can announce them.
 */
export async function runFill(request: FillRequest, now = Date.now()): Promise<FillOutcome> {
  const tabs = Object.values(await guideTabsItem.get());
  const finish = async (
    result: FillOutcome['result'],
    tabId: number | null = null,
    reason: string | null = null,
    more: Partial<Pick<FillOutcome, 'endpointIssue' | 'directoryKey' | 'apps'>> = {},
  ): Promise<FillOutcome> => {
    // For the fallback: the step the admin is on when no form was found, else step 5.
    const followed =
      tabs.find((t) => t.tabId === tabId) ??
      [...tabs].sort((a, b) => b.merged.updatedAt - a.merged.updatedAt)[0];
    const outcome: FillOutcome = {
      result,
      trigger: request.trigger,
      tabId,
      step: result === 'filled' ? 5 : (followed?.merged.unrecognized ?? 5),
      reason,
      endpointIssue: more.endpointIssue ?? null,
      directoryKey: more.directoryKey ?? null,
      apps: more.apps ?? null,
      at: now,
    };
    await lastFillItem.set(outcome);
    return outcome;
  };

  // A key past its forgetAt counts as gone (readLiveSecret also removes it).
  const secret = await readLiveSecret(now);
  if (!secret) return finish('no-secret');
  // The key goes only with its own directory's endpoint, never another directory's: that
  // directory's Settings page was never read, so there is no endpoint to pair it with.
  const directory = (await directoriesItem.get())[secret.directoryKey];
  if (!directory?.endpoint)
    return finish('no-endpoint', null, null, { directoryKey: secret.directoryKey });
  const values = prepareFillValues(directory.endpoint, secret.secret);
  if (!values.ok)
    return values.problem === 'endpoint-unverified'
      ? finish(values.problem, null, null, { endpointIssue: values.issue })
      : finish(values.problem);

  const active = request.trigger === 'button' ? await activeTabOf(request.windowId) : null;
  const target = pickTarget(tabs, request, active);
  if (!target) {
    // A form seen but not usable (hidden in a collapsed section, ambiguous...) says more than
    // "no form": report that tab's reason.
    const blocked = tabs
      .filter(
        (t) =>
          t.merged.formProblem !== null &&
          (request.trigger === 'button' || t.tabId === request.tabId),
      )
      .sort(
        (a, b) =>
          (b.tabId === active ? 1 : 0) - (a.tabId === active ? 1 : 0) ||
          b.merged.updatedAt - a.merged.updatedAt,
      )[0];
    return blocked?.merged.formProblem
      ? finish(blocked.merged.formProblem, blocked.tabId)
      : finish('no-form');
  }
  // The automatic fill never replaces a saved secret (the Connectivity page shows it masked):
  // only the admin's own Fill does. The key does not even leave for such a form.
  const saved =
    target.secretPresent || onConnectivityPage(tabs.find((t) => t.tabId === target.tabId));
  if (request.trigger === 'auto' && saved) return finish('saved-secret', target.tabId);
  // The allow-list is checked again right before the key leaves, not only when recorded.
  if (classifyOrigin(`${target.origin}/`)?.portal !== 'azure')
    return finish('not-allowed', target.tabId);
  // Every SCIM app's form reads "Tenant URL" and "Secret token": the key goes without a
  // question only to the app it belongs in; the automatic fill never asks, it holds back.
  const tab = tabs.find((t) => t.tabId === target.tabId)!;
  const progress = (await guideProgressItem.get())[secret.directoryKey];
  const confirmed = request.trigger === 'button' ? (request.confirmApp ?? null) : null;
  const app = checkApp(progress, tab.merged, confirmed);
  if (!app.ok)
    return finish('other-app', target.tabId, null, {
      apps: { form: app.form, expected: app.expected },
    });
  // The frame must still show the form: a React view that was removed, navigated or moved on
  // gets no key. Both messages go to the document that reported the form, when known.
  try {
    const check = await sendToFrame(
      target.tabId,
      target.frameId,
      'azure.formShown',
      {},
      target.documentId,
    );
    if (!check.shown) {
      const problem = check.problem === 'no-tenant-url' ? null : check.problem;
      return finish(problem ?? 'no-form', target.tabId);
    }
  } catch (e) {
    if (!isUnreachable(e)) return finish('failed', target.tabId, reasonOf(e, values.secretToken));
    // No such frame or document any more: its report is stale.
    await forgetFrame(target.tabId, target.frameId, null);
    return finish('no-form', target.tabId);
  }
  try {
    const reply = await sendToFrame(
      target.tabId,
      target.frameId,
      'azure.fill',
      { tenantUrl: values.tenantUrl, secretToken: values.secretToken, trigger: request.trigger },
      target.documentId,
    );
    if (reply.result === 'filled') await rememberApp(secret.directoryKey, tab.merged.app.objectId);
    return finish(reply.result, target.tabId);
  } catch (e) {
    // The page answered the check a moment ago: a refusal or an error there says why.
    if (isUnreachable(e)) return finish('unreachable', target.tabId);
    return finish('failed', target.tabId, reasonOf(e, values.secretToken));
  }
}
