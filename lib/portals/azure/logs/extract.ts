import type { ShownLogEntry } from '../../../storage/log-entry';
import { createPageText, type PageText, type TextRun } from '../../common/page-text';
import {
  IDENTITY_TYPE_WORDS,
  LOG_DETAIL_LABELS,
  LOG_DETAILS_PANE,
  LOG_PROPERTY_COLUMNS,
  LOG_SECTION_HEADING,
  MAPPING_CELL,
  MAPPING_ROW,
  MAPPING_TABLE,
} from '../selectors';
import { isLabel } from '../text';

type Field = keyof typeof LOG_DETAIL_LABELS;
const FIELDS = Object.keys(LOG_DETAIL_LABELS) as Field[];
const ALL_LABELS = FIELDS.flatMap((f) => LOG_DETAIL_LABELS[f]);

// Cheap pre-filter on the raw text: only a failure's details show an error code.
const HINTS = ['error code', '错误代码'];

/**
 * The only DOM reader of the Provisioning logs details pane (#14 item 4): the entry's status,
 * Entra's error code, reason and recommended action, the source identity (name, id, type) and the
 * modified properties. Values are found by their label as a person reads them (the label and its
 * value in one run after a colon, or the value in the next run); nothing else of the page is read.
 */
export function extractLogEntry(doc: Document): ShownLogEntry | null {
  const raw = (doc.body?.textContent ?? '').toLowerCase();
  if (!HINTS.some((h) => raw.includes(h))) return null;
  const page = createPageText(doc);
  for (const pane of doc.querySelectorAll(LOG_DETAILS_PANE)) {
    if (page.isHidden(pane) || pane.parentElement?.closest(LOG_DETAILS_PANE)) continue;
    const entry = readPane(pane, page);
    if (entry) return entry;
  }
  return null;
}

/** "Label: value" in one run, or the label alone (its value is the next run). */
function labelled(run: TextRun): { field: Field; inline: string | null } | null {
  for (const field of FIELDS) {
    if (isLabel(run.text, LOG_DETAIL_LABELS[field])) return { field, inline: null };
    const colon = run.text.search(/[:：]/);
    if (colon > 0 && isLabel(run.text.slice(0, colon), LOG_DETAIL_LABELS[field])) {
      const value = run.text.slice(colon + 1).trim();
      return { field, inline: value === '' ? null : value };
    }
  }
  return null;
}

/**
 * The run after a label alone is its value, unless it is another label or a heading: a label
 * whose value is empty reads as no value, never as the next label or section's title.
 */
function valueAfter(next: TextRun | undefined): string | null {
  if (!next || labelled(next) || isLabel(next.text, ALL_LABELS)) return null;
  return next.element.closest(LOG_SECTION_HEADING) ? null : next.text;
}

function readPane(pane: Element, page: PageText): ShownLogEntry | null {
  const runs = page.runs(pane).filter((r) => !r.element.closest(MAPPING_TABLE));
  const found: Partial<Record<Field, string>> = {};
  let section: 'source' | 'target' | null = null;
  for (const [i, run] of runs.entries()) {
    const hit = labelled(run);
    if (hit?.field === 'sourceIdentity' || hit?.field === 'targetIdentity') {
      section = hit.field === 'sourceIdentity' ? 'source' : 'target';
      continue;
    }
    if (!hit) {
      // Another heading ends the identity section.
      if (run.element.closest(LOG_SECTION_HEADING)) section = null;
      continue;
    }
    const value = hit.inline ?? valueAfter(runs[i + 1]);
    if (value === null) continue;
    const identityField =
      hit.field === 'name' || hit.field === 'id' || hit.field === 'identityType';
    // Name, id and type are the source identity's: the Entra object the admin can fix.
    if (identityField && section !== 'source') continue;
    found[hit.field] ??= value;
  }
  if (found.errorCode === undefined && found.reason === undefined) return null;
  const type = found.identityType;
  return {
    status: found.status ?? null,
    errorCode: found.errorCode ?? null,
    reason: found.reason ?? null,
    recommendedAction: found.recommendedAction ?? null,
    objectType: isLabel(type, IDENTITY_TYPE_WORDS.user)
      ? 'user'
      : isLabel(type, IDENTITY_TYPE_WORDS.group)
        ? 'group'
        : null,
    displayName: found.name ?? null,
    objectId: found.id ?? null,
    modified: readProperties(pane, page),
  };
}

/** The Modified properties table: property name, old value, new value (an empty cell is null). */
function readProperties(pane: Element, page: PageText): ShownLogEntry['modified'] {
  for (const table of pane.querySelectorAll(MAPPING_TABLE)) {
    if (page.isHidden(table)) continue;
    const rows = [...table.querySelectorAll(MAPPING_ROW)].filter((r) => !page.isHidden(r));
    const cells = (r: Element) => [...r.querySelectorAll(MAPPING_CELL)].map((c) => page.text(c));
    const header = rows.length > 0 ? cells(rows[0]!) : [];
    const col = (labels: readonly string[]) => header.findIndex((h) => isLabel(h, labels));
    const name = col(LOG_PROPERTY_COLUMNS.name);
    const newValue = col(LOG_PROPERTY_COLUMNS.newValue);
    if (name < 0 || newValue < 0) continue;
    const oldValue = col(LOG_PROPERTY_COLUMNS.oldValue);
    return rows.slice(1).flatMap((r) => {
      const c = cells(r);
      const n = c[name] ?? '';
      if (n === '') return [];
      const v = (i: number) => (i >= 0 && c[i] ? c[i]! : null);
      return [{ name: n, oldValue: v(oldValue), newValue: v(newValue) }];
    });
  }
  return [];
}
