import { isOurs } from './dom-index';
import { SELECTORS } from './selectors';

/**
 * Whether an element is rendered: not inside a `hidden` or `aria-hidden` subtree, not styled
 * away. A closed dialog may stay in the DOM, hidden, and must not count as open.
 */
export function isShown(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return false;
    const style = view?.getComputedStyle(cur);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/** The text nodes under an element, each trimmed, skipping empty ones and our own notice. */
export function textPieces(el: Element): string[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (isOurs(parent) || parent.closest(SELECTORS.notPageText))) continue;
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (text) pieces.push(text);
  }
  return pieces;
}

/**
 * An element's text with its pieces separated by spaces: `textContent` glues adjacent cells
 * together ("…/scim/v2/Copy", "scimcred-…Enabled2024-…").
 */
export function spacedText(el: Element): string {
  return textPieces(el).join(' ');
}

function valueIn(el: Element, accept: (text: string) => string | null): string | null {
  const inputs = el.matches(SELECTORS.valueInput)
    ? [el]
    : Array.from(el.querySelectorAll(SELECTORS.valueInput));
  for (const input of inputs) {
    if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
      const v = accept(input.value);
      if (v) return v;
    }
  }
  for (const piece of textPieces(el)) {
    const v = accept(piece);
    if (v) return v;
  }
  return null;
}

/**
 * The value written beside a label: the first accepted text in the label's following siblings,
 * then in its parent's following siblings, up to a few levels (label/value pairs in a form item,
 * a description list, a table row). Stops at a sibling holding another known label, so the
 * regular endpoint never picks up the accelerated one below it.
 */
export function valueNear(
  label: Element,
  accept: (text: string) => string | null,
  otherLabels: readonly Element[],
): string | null {
  const holdsOther = (el: Element): boolean =>
    otherLabels.some((o) => o === el || el.contains(o) || o.contains(el));
  let node: Element | null = label;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (depth > 0 && node.matches(SELECTORS.dialog)) break;
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (isOurs(sib)) continue;
      if (holdsOther(sib)) return null;
      const v = valueIn(sib, accept);
      if (v) return v;
    }
  }
  return null;
}
