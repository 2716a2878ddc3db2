/**
 * The only code that reads the portal's DOM (with extract-labels.ts). It turns one frame's
 * document into plain records (`FrameSnapshot`); everything that decides what those records mean
 * lives in detect.ts, decide.ts and decide-form.ts and is tested with literals. Every text is
 * read as a person reads it (common/page-text.ts): runs of text, hidden text skipped. Password
 * values are never read here (only whether the field is empty); other fields' values only as
 * URL facts.
 */
import { createPageText, type PageText } from '../common/page-text';
import { fieldLabels } from './extract-labels';
import type { FieldLabel } from './label-sources';
import {
  ASSIGNMENT_ROW,
  BLADE_TITLE,
  BUTTON,
  FIELD_SCOPE,
  HEADING,
  MENU_ITEM,
  MENU_ITEM_SELECTED,
  MESSAGE_AREA,
  NOT_FORM_AREAS,
  SECTION_HEADER,
  TEXT_INPUT,
} from './selectors';
import { tenantUrlFacts, type TenantUrlFacts } from './tenant-url';

export type { FieldLabel } from './label-sources';

export interface FieldRecord {
  /** Index into `Extraction.elements`. */
  index: number;
  /** The input's type, lowercased; "text" when absent. */
  type: string;
  /** Every label source found, highest rank first (extract-labels.ts). */
  labels: FieldLabel[];
  /**
   * The field's ancestors, nearest first, as ids shared by every record of this snapshot; the
   * body and the root element are left out (a form never spans the whole page). Lets decide-form
   * find the smallest container holding a field pair and a Test connection button.
   */
  ancestors: number[];
  /** True when the field holds any value (a saved secret shows masked in a password field). */
  hasValue: boolean;
  /** Inside the top bar, global search or another area that never holds a form. */
  excluded: boolean;
  /**
   * Fields with the same scope sit in the same form, dialog or blade: the id of that element
   * (as in `ancestors`), or -1 when the field is in none of them.
   */
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
  /** As FieldRecord.ancestors. */
  ancestors: number[];
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

/** Visible text of the content area (not the top bar or search), as runs joined by a space. */
function visibleText(page: PageText, root: Element): string {
  const parts: string[] = [];
  let length = 0;
  for (const run of page.runs(root)) {
    if (length >= MAX_TEXT) break;
    if (run.element.closest(NOT_FORM_AREAS)) continue;
    parts.push(run.text);
    length += run.text.length + 1;
  }
  return parts.join(' ').slice(0, MAX_TEXT);
}

/**
 * Ids for elements, shared by every record of one snapshot, so decide-form can compare where
 * fields and buttons sit without the DOM. The body and the root element get none: a form never
 * spans the whole page.
 */
function elementIds(doc: Document): {
  idOf: (el: Element | null) => number;
  ancestors: (el: Element) => number[];
} {
  const ids = new Map<Element, number>();
  const idOf = (el: Element | null): number => {
    if (!el || el === doc.body || el === doc.documentElement) return -1;
    let id = ids.get(el);
    if (id === undefined) {
      id = ids.size;
      ids.set(el, id);
    }
    return id;
  };
  const ancestors = (el: Element): number[] => {
    const chain: number[] = [];
    for (let a = el.parentElement; idOf(a) !== -1; a = a!.parentElement) chain.push(idOf(a));
    return chain;
  };
  return { idOf, ancestors };
}

/** Reads one frame's document into records. `isTop`: this frame is the tab's top document. */
export function extractFrame(doc: Document, isTop: boolean): Extraction {
  const page = createPageText(doc);
  const visible = (el: Element): boolean => !page.isHidden(el);
  const inContent = (el: Element): boolean => !el.closest(NOT_FORM_AREAS);
  const all = (selector: string): Element[] => Array.from(doc.querySelectorAll(selector));
  const texts = (els: Element[]): string[] => els.map((el) => page.text(el)).filter(Boolean);
  const { idOf, ancestors } = elementIds(doc);

  const bladeTitles = texts(all(BLADE_TITLE).filter(visible));
  const menuEls = all(MENU_ITEM).filter(visible);
  const menuItems = texts(menuEls);
  const selectedMenuItems = texts(menuEls.filter((el) => el.matches(MENU_ITEM_SELECTED)));
  const headings = texts(all(HEADING).filter((el) => visible(el) && inContent(el)));
  const buttons = all(BUTTON)
    .filter(inContent)
    .map((el) => ({
      // What the button shows; an icon-only button is named by its aria-label. An input button
      // shows its value.
      text:
        el.tagName === 'INPUT'
          ? (el as HTMLInputElement).value.trim().slice(0, 200)
          : page.text(el) || (el.getAttribute('aria-label') ?? '').trim().slice(0, 200),
      hidden: page.isHidden(el),
      disabled:
        (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true',
      ancestors: ancestors(el),
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
      return { text: page.text(el), expanded };
    })
    .filter((s) => s.text);
  const messages = texts(all(MESSAGE_AREA).filter(visible));

  const elements: HTMLInputElement[] = [];
  const fields: FieldRecord[] = [];
  for (const el of all(TEXT_INPUT)) {
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    fields.push({
      index: elements.length,
      type,
      labels: fieldLabels(page, input),
      ancestors: ancestors(input),
      hasValue: input.value !== '',
      excluded: !inContent(input),
      scope: idOf(input.closest(FIELD_SCOPE)),
      hidden: page.isHidden(input),
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
      text: root ? visibleText(page, root) : '',
    },
    elements,
  };
}
