import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SendToBackground } from '../../messaging/content-client';
import type { coreToContent } from '../../messaging/contract/core-content';
import type { outlineToContent } from '../../messaging/contract/outline-content';
import { createRouter, type Handlers } from '../../messaging/router';
import type { AnyContract } from '../../messaging/spec';
import type { Portal } from '../../origins';
import { frameOutline } from './frame-outline';

/** The messages every portal content script answers itself. */
type Common = typeof coreToContent & typeof outlineToContent;

export interface ContentWiring<C extends Common & AnyContract> {
  portal: Portal;
  /** Every message this content script answers (its portal's messages.ts). */
  contract: C;
  /** Handlers of its own messages; the common ones are answered here. */
  handlers: Omit<Handlers<C>, keyof Common>;
  send: SendToBackground<'content.hello'>;
  /** The top document's route kind for an outline's header (its portal's outline-route.ts). */
  describeRoute: (href: string) => string;
}

/**
 * What every portal content script does first: tell the background it is here, and answer the
 * background's requests (only the background's: the router checks the sender, and only this
 * portal's messages: the contract is its own).
 */
export function announceAndListen<C extends Common & AnyContract>(
  ctx: ContentScriptContext,
  { portal, contract, handlers, send, describeRoute }: ContentWiring<C>,
): void {
  const isTop = window === window.top;
  const common: Handlers<Common> = {
    'content.describe': () => ({ href: location.href, portal }),
    // "Copy page outline": structure and the extension's own wording only (outline-tree.ts).
    'content.outline': ({ words }) =>
      frameOutline(document, words, isTop ? { route: describeRoute(location.href) } : null),
  };
  const route = createRouter(
    contract,
    { ...common, ...handlers } as Handlers<C>,
    () => browser.runtime.id,
  );
  // Answered through sendResponse: without the polyfill (wxt.config.ts) Chromium does not take
  // a returned promise as the reply. `true` keeps the channel open until the router answers;
  // every message gets an answer, a refusal included.
  const listener = (
    raw: unknown,
    sender: Parameters<typeof route>[1],
    sendResponse: (reply: unknown) => void,
  ): true => {
    void route(raw, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  const hello = (): void => {
    void send('content.hello', { href: location.href, frame: isTop ? 'top' : 'sub' }).catch(
      () => undefined, // the side panel reports an unreachable background; the page must not break
    );
  };
  hello();
  // Single-page consoles change routes without reloading; announce each route.
  ctx.addEventListener(window, 'wxt:locationchange', hello);
}
