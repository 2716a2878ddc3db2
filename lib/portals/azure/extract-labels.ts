/**
 * Part of extract.ts's reading of the DOM: the labels of one input, each source recorded apart
 * and in rank order, the way password managers collect them
 * (docs/research/entra-portal.md#password-manager-label-collection). The live credentials form of
 * the new provisioning experience names its fields only visually: no `label[for]`, no
 * `aria-labelledby`, no `aria-label` (docs/research/entra-portal.md#new-provisioning-experience),
 * so the text a person sees above or left of a field is read too, and decide-form.ts trusts it
 * only inside a confirmed form.
 *
 * DOM only, no layout: "above" is the previous sibling of the field's own container, "left" is
 * the text ending right before the field in its line, or the previous cell of its table row. The
 * same answer in Chromium and in happy-dom.
 */
import { collapseText, type PageText, type TextRun } from '../common/page-text';
import {
  FIELD_CONTAINER,
  FIELD_CONTROL,
  LABEL_FOR,
  LABEL_LIKE,
  NESTED_CONTROL,
  TABLE_CELL,
  TABLE_ROW,
  TEXT_INPUT,
  WRAPPING_LABEL,
} from './selectors';
import type { FieldLabel, LabelSource } from './label-sources';

/** Longer text beside a field is a sentence, not its label. */
const MAX_LABEL_CHARS = 160;
/** How far up from a field its label may sit (wrappers a form adds count as levels). */
const MAX_LEVELS = 4;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

const precedes = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/** True when `el` sits in a control inside `root` (an info button beside the label text). */
function inControl(el: Element, root: Element): boolean {
  const control = el.closest(NESTED_CONTROL);
  return control !== null && control !== root && root.contains(control);
}

/** A label element's text as a person reads it, without the text of controls in it. */
function seenText(page: PageText, el: Element): string {
  return page
    .runs(el)
    .filter((r) => !inControl(r.element, el))
    .map((r) => r.text)
    .join(' ');
}

/** Text of an element that is not shown, controls left out (see namingText). */
function unseenText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === ELEMENT_NODE) {
        const child = c as Element;
        if (!child.matches(NESTED_CONTROL) && !/^(SCRIPT|STYLE|TEMPLATE)$/.test(child.tagName))
          walk(child);
      }
    }
  };
  walk(el);
  return collapseText(parts.join(''));
}

/**
 * The text of an element the page declares as a field's label. Read as a person sees it; when
 * the label itself is not shown (a collapsed section hides its labels with its fields), its text
 * still names the field, as an `aria-label` does, and a field reported as hidden needs its name.
 */
function namingText(page: PageText, el: Element): string {
  return page.isHidden(el) ? unseenText(el) : seenText(page, el);
}

const holdsOtherField = (container: Element, input: Element): boolean =>
  Array.from(container.querySelectorAll(FIELD_CONTROL)).some((c) => c !== input);

const fits = (text: string): string | null =>
  text && text.length <= MAX_LABEL_CHARS ? text : null;

/**
 * The text right above the field: climbing from the input through containers that hold no other
 * field, the nearest previous sibling with text a person sees. A sibling holding another field
 * ends the search: the text before it labels that field, not this one.
 */
function labelTop(page: PageText, input: Element): string | null {
  const body = input.ownerDocument.body;
  let node: Element = input;
  for (let level = 0; level <= MAX_LEVELS; level++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === TEXT_NODE) {
        // Text in the same line as the field is its label-left, not a label above it.
        if (collapseText(sib.nodeValue ?? '') !== '') return null;
        continue;
      }
      if (sib.nodeType !== ELEMENT_NODE) continue;
      const el = sib as Element;
      if (el.matches(FIELD_CONTROL) || el.querySelector(FIELD_CONTROL)) return null;
      const text = seenText(page, el);
      if (text) return fits(text);
    }
    const parent = node.parentElement;
    if (!parent || parent === body || holdsOtherField(parent, input)) return null;
    node = parent;
  }
  return null;
}

/** The last run that ends before `input`, among the runs of `root` (reading order). */
function runBefore(page: PageText, root: Element, input: Element): TextRun | null {
  let before: TextRun | null = null;
  for (const run of page.runs(root)) {
    if (!precedes(run.last, input)) break;
    before = run;
  }
  return before;
}

const fieldBetween = (root: Element, from: Node, to: Element): boolean =>
  Array.from(root.querySelectorAll(FIELD_CONTROL)).some(
    (c) => c !== to && precedes(from, c) && precedes(c, to),
  );

/**
 * The text just before the field in the same line: the run ending right before it, when that run
 * sits in the same block (text that ended at a block boundary is above, not left) and no other
 * field comes between. Else the previous cell with text of its table row.
 */
function labelLeft(page: PageText, input: Element): string | null {
  const body = input.ownerDocument.body;
  let root = input.parentElement;
  for (let level = 0; root && root !== body && level < MAX_LEVELS; level++) {
    const run = runBefore(page, root, input);
    if (run) {
      const sameLine =
        run.block.contains(input) &&
        !inControl(run.element, root) &&
        !fieldBetween(root, run.last, input);
      if (sameLine) return fits(run.text);
      break;
    }
    root = root.parentElement;
  }
  const cell = input.closest(TABLE_CELL);
  const row = cell?.parentElement?.closest(TABLE_ROW);
  if (!cell || !row) return null;
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (!prev.matches(TABLE_CELL)) continue;
    if (prev.querySelector(FIELD_CONTROL)) return null;
    const text = seenText(page, prev);
    if (text) return fits(text);
  }
  return null;
}

/** Every label of one input, in rank order (LABEL_SOURCES), each source recorded apart. */
export function fieldLabels(page: PageText, input: HTMLInputElement): FieldLabel[] {
  const doc = input.ownerDocument;
  const labels: FieldLabel[] = [];
  const add = (text: string | null | undefined, source: LabelSource): void => {
    const t = fits(collapseText(text ?? ''));
    if (t) labels.push({ text: t, source });
  };
  if (input.id) {
    for (const label of Array.from(doc.querySelectorAll(LABEL_FOR))) {
      if (label.getAttribute('for') === input.id) add(namingText(page, label), 'label-tag');
    }
  }
  const wrapping = input.closest(WRAPPING_LABEL);
  if (wrapping) add(namingText(page, wrapping), 'label-tag');
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    const named = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    add(named.map((el) => namingText(page, el)).join(' '), 'label-aria');
  }
  add(input.getAttribute('aria-label'), 'label-aria');
  // Fluent TextField / classic Fx element: one label-like element and this one input.
  const container = input.parentElement?.closest(FIELD_CONTAINER);
  if (container && container.querySelectorAll(TEXT_INPUT).length === 1) {
    for (const el of Array.from(container.querySelectorAll(LABEL_LIKE))) {
      if (!el.contains(input)) add(namingText(page, el), 'container');
    }
  }
  if (!page.isHidden(input)) {
    // Only what a person sees: a hidden field has no text beside it to read.
    add(labelTop(page, input), 'label-top');
    add(labelLeft(page, input), 'label-left');
  }
  add(input.getAttribute('placeholder'), 'placeholder');
  return labels;
}
