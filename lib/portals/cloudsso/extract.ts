import { createPageText, type PageText } from '../common/page-text';
import { trimEndWhile } from '../common/trim-end';
import { findDateTimes } from './dates';
import { detectPage, type PageKind } from './detect';
import { indexLabels, isOurs, type LabelHit, type LabelIndex } from './dom-index';
import { hasUntitledKeyDialog, readDialog, type DialogRecord } from './extract-dialog';
import { readList, type ListRecord } from './extract-list';
import { valueNear } from './extract-near';
import {
  ACCELERATED_QUALIFIER,
  LABELS,
  PATTERNS,
  SELECTORS,
  SWITCH_OFF_CLASSES,
  SWITCH_ON_CLASSES,
  TAB_ACTIVE_CLASSES,
  URL_TRAILING_PUNCTUATION,
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
  /** From a cell reading exactly Enabled or Disabled; null when the row shows neither or both. */
  status: 'enabled' | 'disabled' | null;
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
  return m ? trimEndWhile(m[0], (ch) => URL_TRAILING_PUNCTUATION.has(ch)) : null;
}

/** What one look at the console works with: the document, its text and its labels. */
interface Look {
  doc: Document;
  page: PageText;
  index: LabelIndex;
}

const isSelectedTab = (tab: Element): boolean =>
  tab.getAttribute('aria-selected') === 'true' ||
  TAB_ACTIVE_CLASSES.some((c) => tab.classList.contains(c));

function readTab({ doc, page, index }: Look): TabState {
  const tabs = index
    .find(LABELS.userSettingsTab)
    .map((label) => label.element.closest(SELECTORS.tab) ?? null)
    .filter((tab): tab is Element => tab !== null);
  if (tabs.length > 0) return tabs.some(isSelectedTab) ? 'selected' : 'not-selected';
  // A label outside a tab bar (a heading, a breadcrumb) does not make a tab. No known label on
  // any tab: no tab bar at all (older consoles), or one whose User Settings tab was renamed.
  const others = Array.from(doc.querySelectorAll(SELECTORS.tab)).filter(
    (tab) => !isOurs(tab) && !page.isHidden(tab),
  );
  return others.some(isSelectedTab) ? 'unrecognized' : 'absent';
}

/** True when an element sits in a table or grid: a list of users or groups, never a settings field. */
const inTable = (el: Element): boolean => el.closest(SELECTORS.tableLike) !== null;

/**
 * The SCIM settings section: the box around its title that holds the synchronization switch (or,
 * on older consoles, the switch's state printed as text). Found by what it shows, not by the
 * console's class names: the smallest ancestor of the title holding the switch; failing that, a
 * semantic section around the title. A title in a table (a user named like it) is no section.
 */
function scimSection({ page, index }: Look): { title: Element; box: Element | null } | null {
  const title = index
    .find(LABELS.scimSection)
    .find((hit) => !page.isHidden(hit.element) && !inTable(hit.element));
  if (!title) return null;
  const showsSwitch = (el: Element): boolean =>
    el.querySelector(SELECTORS.switchControl) !== null ||
    index.find(LABELS.syncSwitchStateOff, el).length > 0 ||
    index.find(LABELS.syncSwitchStateOn, el).length > 0;
  let el: Element = title.element;
  for (let i = 0; i < 8; i++) {
    const parent = el.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    el = parent;
    if (showsSwitch(el)) return { title: title.element, box: el };
  }
  return { title: title.element, box: title.element.closest(SELECTORS.sectionBox) };
}

/**
 * The endpoints, read only inside the SCIM settings section: a label "SCIM Endpoint" anywhere
 * else (a synced user of that name beside a URL in a users table, a description) must change
 * nothing, or a page could choose the Tenant URL the key goes with (docs/security.md).
 */
function readEndpoints(
  { page, index }: Look,
  section: Element | null,
): {
  endpoint: string | null;
  accelerated: string | null;
} {
  if (!section) return { endpoint: null, accelerated: null };
  const accelerated = [
    ...index.find(LABELS.acceleratedEndpoint, section),
    ...index.findWhere((canon) => {
      const m = ACCELERATED_QUALIFIER.exec(canon);
      return m !== null && LABELS.endpoint.hasCanonical(canon.slice(0, m.index));
    }, section),
  ];
  const regular = index.find(LABELS.endpoint, section);
  const all = [...regular, ...accelerated];
  const read = (labels: LabelHit[]): string | null => {
    for (const label of labels) {
      const others = all.filter((o) => o.element !== label.element);
      const value = valueNear(page, label, firstUrl, others);
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
  // As far up as valueNear looks: wrappers a console adds must not lose the switch.
  for (let depth = 0; el && depth < 6; depth++, el = el.parentElement) {
    const found = el.querySelector(selector);
    if (found && !isOurs(found)) return found;
  }
  return null;
}

function readSwitch({ index }: Look, section: Element | null): SwitchState {
  const labels = [
    ...index.find(LABELS.syncSwitch),
    // A bare "switch" label is too generic to trust outside the SCIM section.
    ...(section ? index.find(LABELS.syncSwitchGeneric, section) : []),
  ];
  for (const label of labels) {
    const control = nearestControl(label.element, SELECTORS.switchControl);
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

function readDirectoryId({ page, index }: Look): string | null {
  for (const label of index.find(LABELS.directoryId)) {
    const id = valueNear(page, label, (text) => PATTERNS.directoryId.exec(text)?.[0] ?? null, []);
    if (id) return id;
  }
  return null;
}

/** A row's state from its runs of text; both or neither (an unknown wording) read as null. */
function credentialStatus(page: PageText, row: Element): CredentialRow['status'] {
  let enabled = false;
  let disabled = false;
  for (const run of page.runs(row)) {
    if (LABELS.credentialEnabled.has(run.text)) enabled = true;
    if (LABELS.credentialDisabled.has(run.text)) disabled = true;
  }
  return enabled === disabled ? null : enabled ? 'enabled' : 'disabled';
}

/**
 * The credentials the page lists, each from the innermost row holding its id. One pass over the
 * page's runs of text finds the ids (an id split across nodes is read whole); only the rows that
 * hold one are read again, so a long page costs one pass.
 */
function readCredentialRows({ doc, page }: Look): CredentialRow[] {
  const rows = new Map<string, CredentialRow>();
  for (const run of page.runs(doc.body ?? doc.documentElement)) {
    const id = PATTERNS.credentialId.exec(run.text)?.[0];
    if (!id || rows.has(id) || run.element.closest(SELECTORS.dialog)) continue;
    const row = run.element.closest(SELECTORS.credentialRow);
    if (!row) continue;
    const [createdAt = null, expiresAt = null] = findDateTimes(page.text(row));
    rows.set(id, { id, createdAt, expiresAt, status: credentialStatus(page, row) });
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
  const page = createPageText(doc, { skip: isOurs });
  const look: Look = { doc, page, index: indexLabels(page, doc.body ?? doc.documentElement) };
  const headings = Array.from(doc.querySelectorAll(SELECTORS.pageHeading))
    .filter((h) => !isOurs(h))
    .map((h) => page.text(h));
  const kind = detectPage(loc.pathname, headings);
  const section = kind === 'settings' ? scimSection(look) : null;
  const endpoints = readEndpoints(look, section?.box ?? null);
  return {
    page: kind,
    directoryId: readDirectoryId(look),
    userSettingsTab: readTab(look),
    scimSection: section !== null,
    endpoint: endpoints.endpoint,
    acceleratedEndpoint: endpoints.accelerated,
    syncSwitch: readSwitch(look, section?.box ?? null),
    credentials: readCredentialRows(look),
    dialog: readDialog(page, look.index),
    untitledKeyDialog: hasUntitledKeyDialog(doc, page, look.index),
    list: kind === 'users' || kind === 'groups' ? readList(doc, page, kind) : null,
  };
}
