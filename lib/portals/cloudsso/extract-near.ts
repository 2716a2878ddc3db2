import type { PageText } from '../common/page-text';
import { isOurs, type LabelHit } from './dom-index';
import { SELECTORS } from './selectors';

/** How far up from a label the value may sit (wrappers a console adds count as levels). */
const MAX_LEVELS = 6;

export type Accept = (text: string) => string | null;

/**
 * The first accepted value inside an element: a read-only input's value first (the console shows
 * some values in inputs), then its runs of text as a person reads them.
 */
export function valueIn(page: PageText, el: Element, accept: Accept): string | null {
  const inputs = el.matches(SELECTORS.valueInput)
    ? [el]
    : Array.from(el.querySelectorAll(SELECTORS.valueInput));
  for (const input of inputs) {
    if (page.isHidden(input)) continue;
    if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
      const v = accept(input.value);
      if (v) return v;
    }
  }
  for (const run of page.runs(el)) {
    const v = accept(run.text);
    if (v) return v;
  }
  return null;
}

/**
 * The value written beside a label: after the label in its own run ("Label: value"), else the
 * first accepted value in the label's following siblings, then in its parent's following
 * siblings, up a few levels (label/value pairs in a form item, a description list, a table row).
 * Stops at a sibling holding another known label, so the regular endpoint never picks up the
 * accelerated one below it, and never leaves a dialog.
 */
export function valueNear(
  page: PageText,
  label: LabelHit,
  accept: Accept,
  otherLabels: readonly LabelHit[],
): string | null {
  if (label.rest !== null) {
    const v = accept(label.rest);
    if (v) return v;
  }
  const holdsOther = (el: Element): boolean =>
    otherLabels.some((o) => o.element === el || el.contains(o.element) || o.element.contains(el));
  let node: Element | null = label.element;
  for (let depth = 0; node && depth < MAX_LEVELS; depth++, node = node.parentElement) {
    if (depth > 0 && node.matches(SELECTORS.dialog)) break;
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (isOurs(sib) || page.isHidden(sib)) continue;
      if (holdsOther(sib)) return null;
      const v = valueIn(page, sib, accept);
      if (v) return v;
    }
  }
  return null;
}
