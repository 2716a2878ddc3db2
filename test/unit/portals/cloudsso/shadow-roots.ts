import { vi } from 'vitest';

/**
 * The notice's shadow root is closed: `host.shadowRoot` is null to the page and to a test in the
 * page's world. In the browser the content script reaches it with
 * `chrome.dom.openOrClosedShadowRoot`; here the test records every root as it is attached, and
 * asks this function instead.
 */
export function recordShadowRoots(): (host: Element | null) => ShadowRoot | null {
  const roots = new WeakMap<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return (host) => (host ? (roots.get(host) ?? null) : null);
}
