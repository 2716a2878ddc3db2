import { browser } from 'wxt/browser';
import type { coreToContent } from '../../messaging/contract/core-content';
import type { outlineToContent } from '../../messaging/contract/outline-content';
import { createRouter, type Handlers } from '../../messaging/router';
import type { AnyContract } from '../../messaging/spec';
import { frameOutline } from './frame-outline';
import type { Answer } from './hello';

/** The messages every portal content script answers itself. */
type Common = typeof coreToContent & typeof outlineToContent;

export interface AnswerWiring<C extends Common & AnyContract> {
  /** Every message this content script answers (its portal's messages.ts). */
  contract: C;
  /** Handlers of its own messages; the common ones are answered here. */
  handlers: Omit<Handlers<C>, keyof Common>;
  /** The top document's route kind for an outline's header (its portal's outline-route.ts). */
  describeRoute: (href: string) => string;
}

/**
 * A content script's answers to the background, in its on-demand module: a router over this
 * portal's own contract, so only the background's requests are answered (the router checks the
 * sender) and only this portal's messages (zod checks each payload and each reply).
 */
export function createAnswer<C extends Common & AnyContract>({
  contract,
  handlers,
  describeRoute,
}: AnswerWiring<C>): Answer {
  const isTop = window === window.top;
  const common: Handlers<Common> = {
    // Answered at start (hello.ts); here for a ping that reaches the router all the same.
    'content.ping': () => null,
    // "Copy page outline": structure and the extension's own wording only (outline-tree.ts).
    'content.outline': ({ words }) =>
      frameOutline(document, words, isTop ? { route: describeRoute(location.href) } : null),
  };
  return createRouter(
    contract,
    { ...common, ...handlers } as Handlers<C>,
    () => browser.runtime.id,
  );
}
