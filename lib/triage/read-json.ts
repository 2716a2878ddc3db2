import type { LogEntry, LogFormat, ModifiedProperty } from './types';

/**
 * Reads the portal's JSON download (an array of `provisioningObjectSummary` records), Graph's
 * list answer (`{"value": [...]}`, one page or several pages' values joined) and JSON lines (one
 * record a line, what a script collecting pages tends to write). docs/research/entra-portal.md#provisioning-logs
 */
export class LogFormatError extends Error {
  override name = 'LogFormatError';
}

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function text(v: unknown): string | null {
  const s = str(v);
  return s === null || s.trim() === '' ? null : s;
}

export function readJsonLogs(source: string): { format: LogFormat; records: unknown[] } {
  const body = source.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new LogFormatError('The file is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not one JSON document: JSON lines, if every non-empty line parses.
    const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
    const records: unknown[] = [];
    for (const [i, line] of lines.entries()) {
      try {
        records.push(JSON.parse(line));
      } catch {
        throw new LogFormatError(`Line ${i + 1} is not JSON; the file is neither JSON nor CSV.`);
      }
    }
    return { format: 'json', records };
  }
  if (Array.isArray(parsed)) return { format: 'json', records: parsed };
  if (isObj(parsed) && Array.isArray(parsed['value'])) {
    return { format: 'graph', records: parsed['value'] };
  }
  if (isObj(parsed)) return { format: 'json', records: [parsed] };
  throw new LogFormatError('The JSON holds no provisioning-log records.');
}

/** A Graph-shaped record (or null when it is not an object). Missing parts read as null. */
export function entryFromGraph(raw: unknown, index: number): LogEntry | null {
  if (!isObj(raw)) return null;
  const statusInfo = isObj(raw['provisioningStatusInfo']) ? raw['provisioningStatusInfo'] : {};
  const error = isObj(statusInfo['errorInformation']) ? statusInfo['errorInformation'] : {};
  const source = isObj(raw['sourceIdentity']) ? raw['sourceIdentity'] : {};
  const modified = Array.isArray(raw['modifiedProperties']) ? raw['modifiedProperties'] : [];
  return {
    id: text(raw['id']) ?? `#${index + 1}`,
    changeId: text(raw['changeId']),
    activityDateTime: text(raw['activityDateTime']),
    action: text(raw['provisioningAction'])?.toLowerCase() ?? null,
    status: text(statusInfo['status'])?.toLowerCase() ?? null,
    errorCode: text(error['errorCode']),
    reason: text(error['reason']),
    additionalDetails: text(error['additionalDetails']),
    recommendedAction: text(error['recommendedAction']),
    objectType: objectType(text(source['identityType'])),
    displayName: text(source['displayName']),
    objectId: text(source['id']),
    modified: modified.flatMap((m): ModifiedProperty[] => {
      if (!isObj(m)) return [];
      const name = text(m['displayName']);
      return name === null
        ? []
        : [{ name, oldValue: str(m['oldValue']), newValue: str(m['newValue']) }];
    }),
  };
}

export function objectType(v: string | null): 'user' | 'group' | null {
  const t = v?.trim().toLowerCase();
  if (t === 'user' || t === 'users') return 'user';
  if (t === 'group' || t === 'groups') return 'group';
  return null;
}
