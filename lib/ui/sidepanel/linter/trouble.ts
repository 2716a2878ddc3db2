import { DRYRUN_STALL_MS, type Stall } from '../../../workers/dryrun-client';
import { num, sheetRow } from './format';
import { dryRunText } from '../../../i18n/dryrun';

const percent = (done: number, total: number): number =>
  Math.floor((100 * done) / Math.max(total, 1));

/**
 * What to tell the admin when the dry-run's worker went silent, in the units of the phase it was
 * in: bytes read, characters parsed, or the row (by its spreadsheet number) it hung on.
 */
export function stallText(stall: Stall, stallMs = DRYRUN_STALL_MS): string {
  const seconds = num(stallMs / 1000);
  if (stall.phase === 'read') {
    return dryRunText('stalled.read', { seconds, percent: percent(stall.done, stall.total) });
  }
  if (stall.phase === 'parse') {
    return dryRunText('stalled.parse', { seconds, percent: percent(stall.done, stall.total) });
  }
  const text =
    stall.row !== undefined
      ? dryRunText('stalled.row', { row: num(sheetRow(stall.row)), seconds })
      : dryRunText('stalled.after', { row: num(sheetRow(stall.done)), seconds });
  // Only a regular expression can hold one row that long; without one, say no more than we know.
  return stall.regex ? `${text} ${dryRunText('stalled.regex')}` : text;
}

/** A failure of the worker itself, or one the operation reported. */
export function failureText(message: string, cause?: 'worker' | 'reply'): string {
  if (cause === 'worker') {
    return dryRunText('failed.worker', {
      detail: message ? dryRunText('workerDetail', { detail: message }) : '',
    });
  }
  if (cause === 'reply') return dryRunText('failed.reply', { detail: message });
  return dryRunText('failed', { message });
}
