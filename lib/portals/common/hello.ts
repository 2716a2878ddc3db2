import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toContent } from '../../messaging/contract';
import { sendToBackground } from '../../messaging/client';
import { createRouter, type Handlers } from '../../messaging/router';
import type { Portal } from '../../origins';
import { frameOutline } from './frame-outline';

/**
 * What every portal content script does first: tell the background it is here, and answer the
 * background's requests (only the background's: the router checks the sender).
 */
export function announceAndListen(
  ctx: ContentScriptContext,
  portal: Portal,
  // Partial: each portal answers only its own messages; a missing handler is refused, not a crash.
  handlers: Partial<Omit<Handlers<typeof toContent>, 'content.describe' | 'content.outline'>>,
): void {
  const route = createRouter(
    toContent,
    {
      'content.describe': () => ({ href: location.href, portal }),
      // "Copy page outline": structure and the extension's own wording only (outline.ts).
      'content.outline': () => frameOutline(document, portal, location.href, window === window.top),
      ...handlers,
    } as Handlers<typeof toContent>,
    () => browser.runtime.id,
  );
  const listener = (raw: unknown, sender: Parameters<typeof route>[1]) => route(raw, sender);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  const hello = (): void => {
    void sendToBackground('content.hello', {
      href: location.href,
      frame: window === window.top ? 'top' : 'sub',
    }).catch(
      () => undefined, // the side panel reports an unreachable background; the page must not break
    );
  };
  hello();
  // Single-page consoles change routes without reloading; announce each route.
  ctx.addEventListener(window, 'wxt:locationchange', hello);
}
