import type { MappingKind, MappingObject, MappingRow, UnreadRow } from '../../../mappings/types';
import {
  EDIT_PANE_LABELS,
  MAPPING_COLUMN_LABELS,
  MAPPING_OBJECT_LABELS,
  MAPPING_TYPE_LABELS,
  YES_LABELS,
} from '../selectors';
import { containsAny, isLabel } from '../text';
import type { CellSnapshot, MappingSnapshot, PaneSnapshot, TableSnapshot } from './snapshot';

/** What a mapping page shows, decided from its snapshot. Pure. */
export interface MappingTableView {
  object: MappingObject;
  rows: MappingRow[];
  unread: UnreadRow[];
}

export interface EditView {
  object: MappingObject | null;
  kind: MappingKind | null;
  /** The attribute, constant or expression as typed so far. */
  source: string;
  target: string;
  defaultValue: string | null;
  matching: boolean;
}

export interface MappingView {
  tables: MappingTableView[];
  edit: EditView | null;
}

/** An ellipsis at the end: the cell shows only part of its value. */
const TRUNCATED = /(…|\.\.\.)$/;

/** The object from the selected tab or the page's headings; null when nothing says. */
export function objectOf(context: readonly string[]): MappingObject | null {
  for (const text of context) {
    // Exact tab names first ("Users"), then titles that contain them ("Provision ... Groups").
    if (isLabel(text, MAPPING_OBJECT_LABELS.group)) return 'group';
    if (isLabel(text, MAPPING_OBJECT_LABELS.user)) return 'user';
  }
  for (const text of context) {
    if (containsAny(text, MAPPING_OBJECT_LABELS.group.slice(1))) return 'group';
    if (containsAny(text, MAPPING_OBJECT_LABELS.user.slice(1))) return 'user';
  }
  return null;
}

const kindOf = (text: string): MappingKind | null =>
  isLabel(text, MAPPING_TYPE_LABELS.direct)
    ? 'direct'
    : isLabel(text, MAPPING_TYPE_LABELS.constant)
      ? 'constant'
      : isLabel(text, MAPPING_TYPE_LABELS.expression)
        ? 'expression'
        : null;

/**
 * The whole value of a cell, or null when it cannot be known: a cell cut with an ellipsis is
 * read from the title or accessible name beside it, and only if what it shows is the start of
 * that value (a stale or unrelated title is not trusted).
 */
export function cellValue(cell: CellSnapshot | undefined): string | null {
  if (!cell) return null;
  const shown = cell.text;
  if (cell.full !== null) {
    const full = cell.full.trim();
    const head = shown.replace(TRUNCATED, '').replace(/\s+/g, ' ').trim();
    if (full.replace(/\s+/g, ' ').startsWith(head)) return full;
    return TRUNCATED.test(shown) ? null : shown;
  }
  return TRUNCATED.test(shown) ? null : shown;
}

/**
 * Without a Mapping Type column (a classic list may not show one [UNCONF]), the source says it:
 * a call or an attribute in brackets is an expression, a quoted value a constant, a bare name an
 * attribute.
 */
function kindFromSource(source: string): MappingKind {
  if (/^".*"$/s.test(source)) return 'constant';
  return /[([]/.test(source) ? 'expression' : 'direct';
}

function columnIndex(headers: readonly string[], labels: readonly string[]): number {
  return headers.findIndex((h) => containsAny(h, labels));
}

function decideTable(table: TableSnapshot): MappingTableView | null {
  const object = objectOf(table.context);
  if (!object) return null;
  const col = {
    source: columnIndex(table.headers, MAPPING_COLUMN_LABELS.source),
    target: columnIndex(table.headers, MAPPING_COLUMN_LABELS.target),
    type: columnIndex(table.headers, MAPPING_COLUMN_LABELS.mappingType),
    matching: columnIndex(table.headers, MAPPING_COLUMN_LABELS.matching),
    defaultValue: columnIndex(table.headers, MAPPING_COLUMN_LABELS.defaultValue),
  };
  const rows: MappingRow[] = [];
  const unread: UnreadRow[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    if (cells.every((c) => c.text === '' && c.full === null)) return; // a spacer row
    const source = cellValue(cells[col.source]);
    const target = cellValue(cells[col.target]);
    const typeText = col.type < 0 ? null : cellValue(cells[col.type]);
    const kind =
      col.type < 0 ? (source === null ? null : kindFromSource(source)) : kindOf(typeText ?? '');
    const precedence = col.matching < 0 ? '' : (cellValue(cells[col.matching]) ?? '?');
    const why =
      source === null || source === ''
        ? 'source cell cut short or empty'
        : target === null || target === ''
          ? 'target cell cut short or empty'
          : kind === null
            ? 'mapping type not recognized'
            : !/^\d*$/.test(precedence.trim())
              ? 'matching precedence not a number'
              : null;
    if (why !== null) {
      unread.push({ object, row, reason: why });
      return;
    }
    const n = precedence.trim() === '' ? 0 : Number(precedence.trim());
    const defaultValue = col.defaultValue < 0 ? null : cellValue(cells[col.defaultValue]);
    rows.push({
      object,
      kind: kind!,
      // A constant may be shown in quotes; its value is inside them.
      source: kind === 'constant' ? source!.replace(/^"(.*)"$/s, '$1') : source!,
      target: target!,
      matching: n > 0 ? n : null,
      defaultValue: defaultValue === '' ? null : defaultValue,
    });
  });
  return { object, rows, unread };
}

function decidePane(pane: PaneSnapshot): EditView | null {
  const field = (labels: readonly string[]) => pane.fields.find((f) => isLabel(f.label, labels));
  const typeField = field(EDIT_PANE_LABELS.mappingType);
  const kind = typeField ? kindOf(typeField.value) : null;
  const source =
    kind === 'expression'
      ? field(EDIT_PANE_LABELS.expression)
      : kind === 'constant'
        ? field(EDIT_PANE_LABELS.constantValue)
        : field(EDIT_PANE_LABELS.sourceAttribute);
  const target = field(EDIT_PANE_LABELS.targetAttribute);
  if (!source || !target) return null;
  const defaultValue = field(EDIT_PANE_LABELS.defaultValue)?.value ?? '';
  return {
    object: objectOf(pane.context),
    kind,
    source: source.value,
    target: target.value.trim(),
    defaultValue: defaultValue === '' ? null : defaultValue,
    matching: isLabel(field(EDIT_PANE_LABELS.matching)?.value ?? '', YES_LABELS),
  };
}

export function decideMappings(snapshot: MappingSnapshot): MappingView {
  const tables: MappingTableView[] = [];
  for (const t of snapshot.tables) {
    const d = decideTable(t);
    if (d) tables.push(d);
  }
  return { tables, edit: snapshot.pane ? decidePane(snapshot.pane) : null };
}
