import { createPageText, type PageText } from '../../common/page-text';
import {
  EDIT_PANE,
  EDIT_PANE_TITLES,
  FIELD_CONTROL,
  FULL_TEXT_ATTRIBUTES,
  FIELD_CONTAINER,
  HEADING,
  MAPPING_CELL,
  MAPPING_COLUMN_LABELS,
  MAPPING_ROW,
  MAPPING_TAB,
  MAPPING_TABLE,
  MENU_ITEM_SELECTED,
} from '../selectors';
import { containsAny } from '../text';
import type {
  CellSnapshot,
  MappingSnapshot,
  PaneField,
  PaneSnapshot,
  TableSnapshot,
} from './snapshot';

/**
 * The only DOM reader of the attribute-mapping pages. Cheap when there is nothing to read: one
 * query for tables and panes, and a table is read only when a header names the source and target
 * columns (docs/research/entra-portal.md#attribute-mapping-page).
 */
export function extractMappings(
  doc: Document,
  skip?: (el: Element) => boolean,
): MappingSnapshot | null {
  const tables = [...doc.querySelectorAll(MAPPING_TABLE)].filter(
    (t) => !t.parentElement?.closest(MAPPING_TABLE),
  );
  const panes = [...doc.querySelectorAll(EDIT_PANE)];
  if (tables.length === 0 && panes.length === 0) return null;
  const page = createPageText(doc, skip ? { skip } : {});
  const context = contextTexts(doc, page);
  const out: MappingSnapshot = { tables: [], pane: null };
  for (const table of tables) {
    if (page.isHidden(table)) continue;
    const read = readTable(table, page, context);
    if (read) out.tables.push(read);
  }
  for (const pane of panes) {
    if (page.isHidden(pane)) continue;
    const read = readPane(pane, page, context);
    if (read) {
      out.pane = read;
      break;
    }
  }
  return out.tables.length === 0 && !out.pane ? null : out;
}

/** The selected tab and the headings: which object (Users, Groups) the page maps. */
function contextTexts(doc: Document, page: PageText): string[] {
  const out: string[] = [];
  for (const tab of doc.querySelectorAll(MAPPING_TAB)) {
    if (tab.matches(MENU_ITEM_SELECTED) && !page.isHidden(tab)) out.push(page.text(tab));
  }
  for (const h of doc.querySelectorAll(HEADING)) if (!page.isHidden(h)) out.push(page.text(h));
  return out.filter((t) => t !== '');
}

const directRows = (table: Element): Element[] =>
  [...table.querySelectorAll(MAPPING_ROW)].filter((r) => r.closest(MAPPING_TABLE) === table);
const cellsOf = (row: Element): Element[] =>
  [...row.querySelectorAll(MAPPING_CELL)].filter((c) => c.closest(MAPPING_ROW) === row);

function readTable(table: Element, page: PageText, context: string[]): TableSnapshot | null {
  const rows = directRows(table).filter((r) => !page.isHidden(r));
  const headerAt = rows.findIndex((r) => {
    const texts = cellsOf(r).map((c) => page.text(c));
    return (
      texts.some((t) => containsAny(t, MAPPING_COLUMN_LABELS.source)) &&
      texts.some((t) => containsAny(t, MAPPING_COLUMN_LABELS.target))
    );
  });
  if (headerAt < 0) return null;
  const headers = cellsOf(rows[headerAt]!).map((c) => page.text(c));
  return {
    context,
    headers,
    rows: rows.slice(headerAt + 1).map((r) => cellsOf(r).map((c) => readCell(c, page))),
  };
}

/** A cell's text, and the whole value when an element in it keeps one in a title or label. */
function readCell(cell: Element, page: PageText): CellSnapshot {
  const text = page.text(cell);
  let full: string | null = null;
  for (const el of [cell, ...cell.querySelectorAll('*')]) {
    if (page.isHidden(el)) continue;
    for (const attr of FULL_TEXT_ATTRIBUTES) {
      const v = el.getAttribute(attr);
      if (
        v !== null &&
        v.trim() !== '' &&
        el.tagName !== 'BUTTON' &&
        el.getAttribute('role') !== 'button'
      ) {
        full = v;
        break;
      }
    }
    if (full !== null) break;
  }
  return { text, full };
}

function readPane(pane: Element, page: PageText, context: string[]): PaneSnapshot | null {
  const title = [...pane.querySelectorAll(HEADING)]
    .map((h) => page.text(h))
    .find((t) => containsAny(t, EDIT_PANE_TITLES));
  if (title === undefined) return null;
  const fields: PaneField[] = [];
  for (const control of pane.querySelectorAll(FIELD_CONTROL)) {
    if (page.isHidden(control) || control.parentElement?.closest(FIELD_CONTROL)) continue;
    // Labels are visual only on the live portal: the text of the field's own container, outside
    // the control (a <label>, a Fluent label, or a plain div right above it).
    const container = control.closest(FIELD_CONTAINER) ?? control.parentElement;
    if (!container || !pane.contains(container)) continue;
    const label = page.runs(container).find((r) => !control.contains(r.element))?.text;
    if (label === undefined) continue;
    fields.push({
      label,
      value: controlValue(control, page),
      multiline: control.tagName === 'TEXTAREA',
    });
  }
  return { title, context, fields };
}

function controlValue(control: Element, page: PageText): string {
  if (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement)
    return control.value;
  if (control instanceof HTMLSelectElement) return control.selectedOptions[0]?.text ?? '';
  return page.text(control);
}
