import { uiLocale } from '../../../i18n';

/** 100000 → "100,000" (or the Chinese UI's grouping). */
export function num(n: number): string {
  return n.toLocaleString(uiLocale());
}

/** The row number a spreadsheet shows for a data row: the header is row 1. */
export function sheetRow(index: number): number {
  return index + 2;
}
