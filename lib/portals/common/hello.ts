import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Failure } from '../../messaging/envelope';
import { notify } from '../../messaging/notify';
import type { SenderLike } from '../../messaging/sender';

/** A content script's router (common/answer.ts), in its on-demand module. */
export type Answer = (raw: unknown, sender: SenderLike) => Promise<unknown>;

/** The acknowledgement, as the contract's `Acknowledged` reply (notify.ts). */
const ACKNOWLEDGED = { ok: true, data: null } as const;

/**
 * A liveness ping from the extension (contract/core-content.ts): answered here, so that the
 * background's check of every frame as a tab loads does not load the on-demand module in each.
 * Nothing is read from it but its type and its sender's extension id (only this extension's
 * pages and worker reach a content script's onMessage; the id is checked all the same); the
 * answer is the same for every ping.
 */
function isPing(raw: unknown, sender: SenderLike): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { type?: unknown }).type === 'content.ping' &&
    sender.id === browser.runtime.id
  );
}

/** The answer when the on-demand module cannot load (the extension was reloaded under the page). */
const UNAVAILABLE: Failure = {
  ok: false,
  error: { code: 'unreachable', message: 'The page could not load the extension; reload it.' },
};

/**
 * What every portal content script does first: tell the background it is here, and answer the
 * background's requests. Requests are rare (the admin presses Fill, copies an outline) and need
 * the router with zod, so the first one loads the on-demand module (common/on-demand.ts); that
 * router checks the sender, and the portal's own contract each payload, before any handler runs.
 */
export function announceAndListen(ctx: ContentScriptContext, answer: () => Promise<Answer>): void {
  const isTop = window === window.top;
  // Answered through sendResponse: without the polyfill (wxt.config.ts) Chromium does not take
  // a returned promise as the reply. `true` keeps the channel open until the router answers;
  // every message gets an answer, a refusal included.
  const listener = (
    raw: unknown,
    sender: SenderLike,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (isPing(raw, sender)) {
      sendResponse(ACKNOWLEDGED);
      return undefined;
    }
    answer()
      .then(
        (route) => route(raw, sender),
        () => UNAVAILABLE,
      )
      .then(sendResponse, () => sendResponse(UNAVAILABLE));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  const hello = (): void => {
    void notify('content.hello', { href: location.href, frame: isTop ? 'top' : 'sub' }).catch(
      () => undefined, // the side panel reports an unreachable background; the page must not break
    );
  };
  hello();
  // Single-page consoles change routes without reloading; announce each route.
  ctx.addEventListener(window, 'wxt:locationchange', hello);
}
