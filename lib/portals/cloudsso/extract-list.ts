import type { PageText } from '../common/page-text';
import { isOurs } from './dom-index';
import { LABELS, SELECTORS } from './selectors';
import { canonicalLabel } from './text';

/** Counts on a Users or Groups list page, for the verification step. */
export interface ListRecord {
  kind: 'users' | 'groups';
  /** False when no "Source" column header was recognized (reported as a problem). */
  sourceColumn: boolean;
  /** Entries shown on this page whose Source is SCIM Synchronization. */
  scim: number;
  /** Entries shown on this page. The lists are paginated, so this is not the directory's total. */
  total: number;
}

function outermostTables(doc: Document): Element[] {
  const all = Array.from(doc.querySelectorAll(SELECTORS.table)).filter((t) => !isOurs(t));
  // Fusion wraps a header <table> and a body <table> in one ".next-table": treat it as one.
  return all.filter((t) => !all.some((other) => other !== t && other.contains(t)));
}

export function readList(doc: Document, page: PageText, kind: 'users' | 'groups'): ListRecord {
  const isScimSource = (cell: Element): boolean => {
    const text = canonicalLabel(page.text(cell));
    // A cell may add an icon's text or a tooltip after the value.
    return LABELS.sourceScim.variants.some((v) => text.startsWith(canonicalLabel(v)));
  };
  let sourceColumn = false;
  let scim = 0;
  let total = 0;
  for (const table of outermostTables(doc)) {
    if (page.isHidden(table)) continue;
    const headers = Array.from(table.querySelectorAll(SELECTORS.tableHeaderCell));
    const col = headers.findIndex((h) => LABELS.sourceColumn.has(page.text(h)));
    const rows = Array.from(table.querySelectorAll(SELECTORS.tableBodyRow)).filter(
      (row) => row.querySelector(SELECTORS.headerCellInRow) === null && !page.isHidden(row),
    );
    for (const row of rows) {
      const cells = Array.from(row.querySelectorAll(SELECTORS.tableCell));
      // An empty list shows one cell spanning the table ("No data").
      if (cells.length === 0 || (headers.length > 1 && cells.length === 1)) continue;
      total++;
      const source = col >= 0 ? cells[col] : undefined;
      if (source ? isScimSource(source) : cells.some(isScimSource)) scim++;
    }
    if (col >= 0) sourceColumn = true;
  }
  return { kind, sourceColumn, scim, total };
}
