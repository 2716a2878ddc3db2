import { findDateTimes } from './dates';
import { detectPage, type PageKind } from './detect';
import { indexLabels, isOurs, type LabelIndex } from './dom-index';
import { hasUntitledKeyDialog, readDialog, type DialogRecord } from './extract-dialog';
import { readList, type ListRecord } from './extract-list';
import { isShown, spacedText, valueNear } from './extract-near';
import {
  ACCELERATED_QUALIFIER,
  LABELS,
  PATTERNS,
  SELECTORS,
  SWITCH_OFF_CLASSES,
  SWITCH_ON_CLASSES,
  TAB_ACTIVE_CLASSES,
} from './selectors';

export type { DialogRecord } from './extract-dialog';
export type { ListRecord } from './extract-list';

/**
 * The User Settings tab: absent (older consoles have no tabs), selected, another of its tabs
 * selected, or 'unrecognized': no tab bears a known label, yet some tab is selected (a renamed
 * tab, reported as `user-settings-tab`).
 */
export type TabState = 'absent' | 'selected' | 'not-selected' | 'unrecognized';
export type SwitchState = 'on' | 'off' | 'unknown' | 'absent';

/** A SCIM credential listed on the Settings page (the list never shows the key itself). */
export interface CredentialRow {
  id: string;
  createdAt: number | null;
  expiresAt: number | null;
}

/**
 * Everything the capture reads from one look at the console, as plain data. This is the only
 * record that leaves the DOM-reading code; decide.ts works on it alone.
 */
export interface ConsoleSnapshot {
  page: PageKind;
  directoryId: string | null;
  userSettingsTab: TabState;
  scimSection: boolean;
  endpoint: string | null;
  acceleratedEndpoint: string | null;
  syncSwitch: SwitchState;
  credentials: CredentialRow[];
  dialog: DialogRecord | null;
  /** A shown dialog with a credential id or key-like value but no known title. */
  untitledKeyDialog: boolean;
  list: ListRecord | null;
}

function firstUrl(text: string): string | null {
  const m = PATTERNS.url.exec(text);
  // Trailing punctuation belongs to the sentence, not the URL.
  return m ? m[0].replace(PATTERNS.urlTrailingPunctuation, '') : null;
}

const isSelectedTab = (tab: Element): boolean =>
  tab.getAttribute('aria-selected') === 'true' ||
  TAB_ACTIVE_CLASSES.some((c) => tab.classList.contains(c));

function readTab(doc: Document, index: LabelIndex): TabState {
  const tabs = index
    .find(LABELS.userSettingsTab)
    .map((label) => label.closest(SELECTORS.tab) ?? null)
    .filter((tab): tab is Element => tab !== null);
  if (tabs.length > 0) return tabs.some(isSelectedTab) ? 'selected' : 'not-selected';
  // A label outside a tab bar (a heading, a breadcrumb) does not make a tab. No known label on
  // any tab: no tab bar at all (older consoles), or one whose User Settings tab was renamed.
  const others = Array.from(doc.querySelectorAll(SELECTORS.tab)).filter(
    (tab) => !isOurs(tab) && isShown(tab),
  );
  return others.some(isSelectedTab) ? 'unrecognized' : 'absent';
}

function sectionContainer(title: Element): Element {
  const box = title.closest(SELECTORS.sectionBox);
  if (box) return box;
  let el: Element = title;
  for (let i = 0; i < 3 && el.parentElement && el.parentElement.tagName !== 'BODY'; i++)
    el = el.parentElement;
  return el;
}

function readEndpoints(index: LabelIndex): { endpoint: string | null; accelerated: string | null } {
  const accelerated = [
    ...index.find(LABELS.acceleratedEndpoint),
    ...index.findWhere((canon) => {
      const m = ACCELERATED_QUALIFIER.exec(canon);
      return m !== null && LABELS.endpoint.hasCanonical(canon.slice(0, m.index));
    }),
  ];
  const regular = index.find(LABELS.endpoint);
  const all = [...regular, ...accelerated];
  const read = (labels: Element[]): string | null => {
    for (const label of labels) {
      const others = all.filter((o) => o !== label);
      const value = valueNear(label, firstUrl, others);
      if (value) return value;
    }
    return null;
  };
  return { endpoint: read(regular), accelerated: read(accelerated) };
}

function switchState(control: Element): 'on' | 'off' | 'unknown' {
  const aria = control.getAttribute('aria-checked');
  if (aria === 'true') return 'on';
  if (aria === 'false') return 'off';
  const input =
    control instanceof HTMLInputElement ? control : control.querySelector(SELECTORS.checkbox);
  if (input instanceof HTMLInputElement && input.type === 'checkbox')
    return input.checked ? 'on' : 'off';
  if (SWITCH_ON_CLASSES.some((c) => control.classList.contains(c))) return 'on';
  if (SWITCH_OFF_CLASSES.some((c) => control.classList.contains(c))) return 'off';
  return 'unknown';
}

function nearestControl(label: Element, selector: string): Element | null {
  if (label.matches(selector)) return label;
  let el: Element | null = label;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    const found = el.querySelector(selector);
    if (found && !isOurs(found)) return found;
  }
  return null;
}

function readSwitch(index: LabelIndex, section: Element | null): SwitchState {
  const labels = [
    ...index.find(LABELS.syncSwitch),
    // A bare "switch" label is too generic to trust outside the SCIM section.
    ...(section ? index.find(LABELS.syncSwitchGeneric, section) : []),
  ];
  for (const label of labels) {
    const control = nearestControl(label, SELECTORS.switchControl);
    if (control) return switchState(control);
  }
  // Older consoles print the state as the label text.
  if (index.find(LABELS.syncSwitchStateOff).length > 0) return 'off';
  if (index.find(LABELS.syncSwitchStateOn).length > 0) return 'on';
  if (labels.length > 0) return 'unknown';
  if (section) {
    const controls = Array.from(section.querySelectorAll(SELECTORS.switchControl));
    if (controls.length === 1) return switchState(controls[0]!);
  }
  return 'absent';
}

function readDirectoryId(index: LabelIndex): string | null {
  for (const label of index.find(LABELS.directoryId)) {
    const id = valueNear(label, (text) => PATTERNS.directoryId.exec(text)?.[0] ?? null, []);
    if (id) return id;
  }
  return null;
}

/**
 * The credentials the page lists, each from the innermost row holding its id. One walk over the
 * page's text finds the ids; only the rows that hold one are read, so a long page costs one pass.
 */
function readCredentialRows(doc: Document): CredentialRow[] {
  const rows = new Map<string, CredentialRow>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const id = PATTERNS.credentialId.exec(node.nodeValue ?? '')?.[0];
    const parent = node.parentElement;
    if (!id || rows.has(id) || !parent) continue;
    if (isOurs(parent) || parent.closest(SELECTORS.notPageText) || parent.closest(SELECTORS.dialog))
      continue;
    const row = parent.closest(SELECTORS.credentialRow);
    if (!row) continue;
    const [createdAt = null, expiresAt = null] = findDateTimes(spacedText(row));
    rows.set(id, { id, createdAt, expiresAt });
  }
  return [...rows.values()];
}

/**
 * Reads the console page: which page it is, the SCIM section's endpoint(s) and switch, the
 * credential list, the key dialog when it is open, and the Source counts on list pages.
 * Read-only: it never writes to the page.
 */
export function readConsole(
  doc: Document = document,
  loc: Pick<Location, 'pathname'> = location,
): ConsoleSnapshot {
  const index = indexLabels(doc);
  const headings = Array.from(doc.querySelectorAll(SELECTORS.pageHeading))
    .filter((h) => !isOurs(h))
    .map((h) => h.textContent ?? '');
  const page = detectPage(loc.pathname, headings);
  const sectionTitle = index.find(LABELS.scimSection).find(isShown) ?? null;
  const section = sectionTitle ? sectionContainer(sectionTitle) : null;
  const endpoints = readEndpoints(index);
  return {
    page,
    directoryId: readDirectoryId(index),
    userSettingsTab: readTab(doc, index),
    scimSection: sectionTitle !== null,
    endpoint: endpoints.endpoint,
    acceleratedEndpoint: endpoints.accelerated,
    syncSwitch: readSwitch(index, section),
    credentials: readCredentialRows(doc),
    dialog: readDialog(index),
    untitledKeyDialog: hasUntitledKeyDialog(doc, index),
    list: page === 'users' || page === 'groups' ? readList(doc, page) : null,
  };
}
