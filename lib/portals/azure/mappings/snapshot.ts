/** What the mapping reader takes from the DOM: plain strings, so deciding is pure and testable. */

export interface CellSnapshot {
  /** The cell's text as a person reads it. */
  text: string;
  /** The whole value kept in a title or accessible name inside the cell, if any. */
  full: string | null;
}

export interface TableSnapshot {
  /** Texts that say which object the table maps: the selected tab, the page's headings. */
  context: string[];
  headers: string[];
  rows: CellSnapshot[][];
}

export interface PaneField {
  label: string;
  /** The control's value: a text box's value, a dropdown's shown option. */
  value: string;
  /** The control is a multi-line text box (the Expression box). */
  multiline: boolean;
}

export interface PaneSnapshot {
  title: string;
  context: string[];
  fields: PaneField[];
}

export interface MappingSnapshot {
  tables: TableSnapshot[];
  pane: PaneSnapshot | null;
}
