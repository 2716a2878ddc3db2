/**
 * The only code that reads the portal's DOM. It turns one frame's document into plain records
 * (`FrameSnapshot`); everything that decides what those records mean lives in detect.ts and
 * decide.ts and is tested with literals. Password values are never read here; other fields' values only as URL facts.
 */
import {
  ASSIGNMENT_ROW,
  BLADE_TITLE,
  BUTTON,
  FIELD_CONTAINER,
  FIELD_SCOPE,
  HEADING,
  LABEL_FOR,
  LABEL_LIKE,
  MENU_ITEM,
  MENU_ITEM_SELECTED,
  MESSAGE_AREA,
  NESTED_CONTROL,
  NOT_FORM_AREAS,
  SECTION_HEADER,
  TEXT_INPUT,
  WRAPPING_LABEL,
} from './selectors';
import { tenantUrlFacts, type TenantUrlFacts } from './tenant-url';
import { collapse } from './text';

export type LabelSource =
  'for' | 'wrap' | 'labelledby' | 'aria-label' | 'container' | 'placeholder';

export interface FieldLabel {
  text: string;
  source: LabelSource;
}

export interface FieldRecord {
  /** Index into `Extraction.elements`. */
  index: number;
  /** The input's type, lowercased; "text" when absent. */
  type: string;
  labels: FieldLabel[];
  /** Inside the top bar, global search or another area that never holds a form. */
  excluded: boolean;
  /** Fields with the same scope sit in the same form, dialog or blade. */
  scope: number;
  hidden: boolean;
  disabled: boolean;
  readOnly: boolean;
  /**
   * Facts of a non-password field's value read as a URL (the Tenant URL's facts); null for
   * password fields. The text itself is not kept: the key may have been pasted into any field.
   */
  url: TenantUrlFacts | null;
}

export interface ButtonRecord {
  text: string;
  hidden: boolean;
  disabled: boolean;
}

export interface SectionRecord {
  text: string;
  /** aria-expanded / open state; null when the element does not say. */
  expanded: boolean | null;
}

export interface FrameSnapshot {
  isTop: boolean;
  lang: string;
  /** Visible blade titles, oldest first (top document only has them). */
  bladeTitles: string[];
  menuItems: string[];
  selectedMenuItems: string[];
  /** Headings of visible content (h1–h4, role=heading, context-pane titles). */
  headings: string[];
  buttons: ButtonRecord[];
  sections: SectionRecord[];
  /** Texts of alert/status/message bars, e.g. the Test connection outcome. */
  messages: string[];
  fields: FieldRecord[];
  assignmentRows: number;
  /** Visible text of the content area (not the top bar), whitespace collapsed, capped. */
  text: string;
}

export interface Extraction {
  snapshot: FrameSnapshot;
  /** The live elements behind `snapshot.fields`, for apply.ts. */
  elements: HTMLInputElement[];
}

const MAX_TEXT = 20_000;
const MAX_VALUE = 2048;

/** Hidden when it or an ancestor is not rendered; layout-free so it works in happy-dom too. */
function createHiddenCheck(view: Window | null): (el: Element) => boolean {
  const cache = new Map<Element, boolean>();
  const check = (el: Element | null): boolean => {
    if (!el) return false;
    const known = cache.get(el);
    if (known !== undefined) return known;
    let hidden =
      (el as HTMLElement).hidden === true ||
      el.getAttribute('aria-hidden') === 'true' ||
      el.hasAttribute('inert');
    if (!hidden && view) {
      const style = view.getComputedStyle(el);
      hidden = style.display === 'none' || style.visibility === 'hidden';
    }
    if (!hidden) {
      // Content of a closed <details> other than its <summary> is not rendered.
      const parent = el.parentElement;
      if (parent?.tagName === 'DETAILS' && !(parent as HTMLDetailsElement).open) {
        hidden = el.tagName !== 'SUMMARY';
      }
    }
    const result = hidden || check(el.parentElement);
    cache.set(el, result);
    return result;
  };
  return (el) => check(el);
}

function textOf(el: Element | null | undefined): string {
  return collapse(el?.textContent);
}

/** Text of a label element without the text of controls nested in it. */
function labelText(label: Element): string {
  const clone = label.cloneNode(true) as Element;
  for (const nested of Array.from(clone.querySelectorAll(NESTED_CONTROL))) {
    nested.remove();
  }
  return textOf(clone);
}

function fieldLabels(input: HTMLInputElement, doc: Document): FieldLabel[] {
  const labels: FieldLabel[] = [];
  const add = (text: string | null | undefined, source: LabelSource): void => {
    const t = collapse(text);
    if (t) labels.push({ text: t, source });
  };
  if (input.id) {
    for (const label of Array.from(doc.querySelectorAll(LABEL_FOR))) {
      if (label.getAttribute('for') === input.id) add(labelText(label), 'for');
    }
  }
  const wrapping = input.closest(WRAPPING_LABEL);
  if (wrapping) add(labelText(wrapping), 'wrap');
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    add(
      labelledBy
        .split(/\s+/)
        .map((id) => textOf(doc.getElementById(id)))
        .join(' '),
      'labelledby',
    );
  }
  add(input.getAttribute('aria-label'), 'aria-label');
  // Fluent TextField / classic Fx element: one label-like element and this one input.
  const container = input.parentElement?.closest(FIELD_CONTAINER);
  if (container && container.querySelectorAll(TEXT_INPUT).length === 1) {
    for (const el of Array.from(container.querySelectorAll(LABEL_LIKE))) {
      if (!el.contains(input)) add(labelText(el), 'container');
    }
  }
  add(input.getAttribute('placeholder'), 'placeholder');
  return labels;
}

function visibleText(root: Element, isHidden: (el: Element) => boolean): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < MAX_TEXT; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    if (parent.closest(NOT_FORM_AREAS) || isHidden(parent)) continue;
    const t = collapse(node.nodeValue);
    if (t) {
      parts.push(t);
      length += t.length + 1;
    }
  }
  return parts.join(' ').slice(0, MAX_TEXT);
}

/** Reads one frame's document into records. `isTop`: this frame is the tab's top document. */
export function extractFrame(doc: Document, isTop: boolean): Extraction {
  const view = doc.defaultView;
  const isHidden = createHiddenCheck(view);
  const visible = (el: Element): boolean => !isHidden(el);
  const inContent = (el: Element): boolean => !el.closest(NOT_FORM_AREAS);
  const all = (selector: string): Element[] => Array.from(doc.querySelectorAll(selector));

  const bladeTitles = all(BLADE_TITLE).filter(visible).map(textOf).filter(Boolean);
  const menuEls = all(MENU_ITEM).filter(visible);
  const menuItems = menuEls.map(textOf).filter(Boolean);
  const selectedMenuItems = menuEls
    .filter((el) => el.matches(MENU_ITEM_SELECTED))
    .map(textOf)
    .filter(Boolean);
  const headings = all(HEADING)
    .filter((el) => visible(el) && inContent(el))
    .map(textOf)
    .filter(Boolean);
  const buttons = all(BUTTON)
    .filter(inContent)
    .map((el) => ({
      text: collapse(
        el instanceof HTMLInputElement ? el.value : el.getAttribute('aria-label') || el.textContent,
      ),
      hidden: isHidden(el),
      disabled:
        (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true',
    }))
    .filter((b) => b.text);
  const sections = all(SECTION_HEADER)
    .filter((el) => visible(el) && inContent(el))
    .map((el) => {
      const state = el.getAttribute('aria-expanded');
      const expanded =
        el.tagName === 'SUMMARY'
          ? (el.parentElement as HTMLDetailsElement | null)?.open === true
          : state === null
            ? null
            : state === 'true';
      return { text: textOf(el), expanded };
    })
    .filter((s) => s.text);
  const messages = all(MESSAGE_AREA).filter(visible).map(textOf).filter(Boolean);

  const elements: HTMLInputElement[] = [];
  const scopes = new Map<Element, number>();
  const fields: FieldRecord[] = [];
  for (const el of all(TEXT_INPUT)) {
    const input = el as HTMLInputElement;
    const scopeEl = input.closest(FIELD_SCOPE) ?? doc.body;
    if (!scopes.has(scopeEl)) scopes.set(scopeEl, scopes.size);
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    fields.push({
      index: elements.length,
      type,
      labels: fieldLabels(input, doc),
      excluded: !inContent(input),
      scope: scopes.get(scopeEl)!,
      hidden: isHidden(input),
      disabled: input.disabled,
      readOnly: input.readOnly,
      url: type === 'password' ? null : tenantUrlFacts(input.value.slice(0, MAX_VALUE)),
    });
    elements.push(input);
  }

  const assignmentRows = all(ASSIGNMENT_ROW).filter(visible).length;
  const root = doc.body ?? doc.documentElement;
  return {
    snapshot: {
      isTop,
      lang: doc.documentElement.lang || '',
      bladeTitles,
      menuItems,
      selectedMenuItems,
      headings,
      buttons,
      sections,
      messages,
      fields,
      assignmentRows,
      text: root ? visibleText(root, isHidden) : '',
    },
    elements,
  };
}
