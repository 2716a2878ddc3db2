import { parseCsv } from '../dryrun';
import { entryFromGraph, LogFormatError, objectType } from './read-json';
import type { LogEntry, ModifiedProperty } from './types';

/**
 * The portal's CSV download: a main file, plus files for the steps and the modified properties
 * joined to it by change id. Microsoft does not publish the column names
 * (docs/research/entra-portal.md#provisioning-logs, unconfirmed), so columns are recognized by
 * header, ignoring case, spaces and punctuation, with every spelling we know of; a file whose
 * columns are JSON (the Azure Monitor table's `SourceIdentity`, `ProvisioningStatusInfo`) is read
 * too. A file whose headers match none of the kinds is refused with the headers it has.
 */

const norm = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]/g, '');

const MAIN_COLUMNS = {
  id: ['id', 'activityid', 'logid'],
  changeId: ['changeid'],
  date: ['date', 'activitydatetime', 'datetime', 'datetimeutc', 'activitydate', 'timegenerated'],
  action: ['action', 'provisioningaction'],
  status: ['status', 'provisioningstatus', 'resulttype', 'result'],
  errorCode: ['errorcode', 'statusdetailserrorcode', 'resultsignature', 'error'],
  reason: ['reason', 'errorreason', 'statusreason', 'failurereason', 'resultdescription'],
  additionalDetails: ['additionaldetails', 'details'],
  recommendedAction: ['recommendedaction'],
  displayName: [
    'sourceidentitydisplayname',
    'sourcedisplayname',
    'sourceidentityname',
    'sourcename',
    'displayname',
  ],
  objectId: ['sourceidentityid', 'sourceid', 'sourceobjectid', 'sourceidentityobjectid'],
  objectType: ['sourceidentitytype', 'sourceidentityidentitytype', 'identitytype', 'objecttype'],
  // Azure Monitor's table keeps the nested parts as JSON in one cell.
  sourceJson: ['sourceidentity'],
  statusJson: ['provisioningstatusinfo'],
  modifiedJson: ['modifiedproperties'],
} as const;

const MODIFIED_COLUMNS = {
  changeId: ['changeid'],
  name: ['displayname', 'propertyname', 'name', 'attribute', 'targetattribute', 'property'],
  oldValue: ['oldvalue'],
  newValue: ['newvalue'],
} as const;

type Columns<K extends string> = Partial<Record<K, number>>;

function locate<K extends string>(
  headers: readonly string[],
  spec: Record<K, readonly string[]>,
): Columns<K> {
  const normalized = headers.map(norm);
  const out: Columns<K> = {};
  for (const key of Object.keys(spec) as K[]) {
    for (const name of spec[key]) {
      const at = normalized.indexOf(name);
      if (at !== -1) {
        out[key] = at;
        break;
      }
    }
  }
  return out;
}

export type CsvKind = 'main' | 'modified' | 'steps';

/** Which of the download's three files this is, from its headers; null when none. */
export function csvKind(headers: readonly string[]): CsvKind | null {
  const n = new Set(headers.map(norm));
  if (n.has('oldvalue') || n.has('newvalue')) return 'modified';
  if (n.has('provisioningsteptype') || n.has('steptype') || n.has('stepname')) return 'steps';
  const main = locate(headers, MAIN_COLUMNS);
  const hasStatus = main.status !== undefined || main.statusJson !== undefined;
  const hasObject =
    main.objectId !== undefined || main.displayName !== undefined || main.sourceJson !== undefined;
  return hasStatus && hasObject ? 'main' : null;
}

function cell(row: readonly string[], at: number | undefined): string | null {
  if (at === undefined) return null;
  const v = row[at]?.trim();
  return v === undefined || v === '' ? null : v;
}

function json(v: string | null): unknown {
  if (v === null) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

export interface CsvFile {
  name: string;
  text: string;
}

export interface CsvRead {
  entries: LogEntry[];
  warnings: string[];
}

/** Reads one to three CSV files of one download. `onProgress` gets 0..1 over all the text. */
export function readCsvLogs(files: readonly CsvFile[], onProgress?: (f: number) => void): CsvRead {
  const total = files.reduce((n, f) => n + f.text.length, 0) || 1;
  let done = 0;
  const warnings: string[] = [];
  const mains: { headers: string[]; rows: string[][] }[] = [];
  const modifiedByChange = new Map<string, ModifiedProperty[]>();
  for (const file of files) {
    const table = parseCsv(file.text, {
      onProgress: (f) => onProgress?.((done + f * file.text.length) / total),
    });
    done += file.text.length;
    warnings.push(...table.warnings.map((w) => `${file.name}: ${w}`));
    const kind = csvKind(table.headers);
    if (kind === null) {
      throw new LogFormatError(
        `${file.name} does not look like a provisioning-log download (columns: ${table.headers.slice(0, 8).join(', ') || 'none'}).`,
      );
    }
    if (kind === 'steps') continue;
    if (kind === 'main') {
      mains.push(table);
      continue;
    }
    const c = locate(table.headers, MODIFIED_COLUMNS);
    if (c.changeId === undefined || c.name === undefined) {
      warnings.push(`${file.name}: no change id or attribute column; modified properties skipped.`);
      continue;
    }
    for (const row of table.rows) {
      const changeId = cell(row, c.changeId);
      const name = cell(row, c.name);
      if (changeId === null || name === null) continue;
      const list = modifiedByChange.get(changeId) ?? [];
      list.push({ name, oldValue: cell(row, c.oldValue), newValue: cell(row, c.newValue) });
      modifiedByChange.set(changeId, list);
    }
  }
  if (mains.length === 0) {
    throw new LogFormatError(
      'These files hold only steps or modified properties; add the main ProvisioningLogs file.',
    );
  }
  const entries: LogEntry[] = [];
  for (const table of mains) {
    const c = locate(table.headers, MAIN_COLUMNS);
    for (const row of table.rows) {
      const index = entries.length;
      const fromJson =
        c.sourceJson !== undefined || c.statusJson !== undefined
          ? entryFromGraph(
              {
                id: cell(row, c.id),
                changeId: cell(row, c.changeId),
                sourceIdentity: json(cell(row, c.sourceJson)),
                provisioningStatusInfo: json(cell(row, c.statusJson)),
                modifiedProperties: json(cell(row, c.modifiedJson)),
              },
              index,
            )
          : null;
      const changeId = cell(row, c.changeId);
      const entry: LogEntry = {
        id: cell(row, c.id) ?? `#${index + 1}`,
        changeId,
        activityDateTime: cell(row, c.date),
        action: cell(row, c.action)?.toLowerCase() ?? null,
        status: cell(row, c.status)?.toLowerCase() ?? fromJson?.status ?? null,
        errorCode: cell(row, c.errorCode) ?? fromJson?.errorCode ?? null,
        reason: cell(row, c.reason) ?? fromJson?.reason ?? null,
        additionalDetails: cell(row, c.additionalDetails) ?? fromJson?.additionalDetails ?? null,
        recommendedAction: cell(row, c.recommendedAction) ?? fromJson?.recommendedAction ?? null,
        objectType: objectType(cell(row, c.objectType)) ?? fromJson?.objectType ?? null,
        displayName: cell(row, c.displayName) ?? fromJson?.displayName ?? null,
        objectId: cell(row, c.objectId) ?? fromJson?.objectId ?? null,
        modified: [
          ...(fromJson?.modified ?? []),
          ...((changeId !== null ? modifiedByChange.get(changeId) : undefined) ?? []),
        ],
      };
      entries.push(entry);
    }
  }
  onProgress?.(1);
  return { entries, warnings };
}
