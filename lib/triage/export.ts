import { toCsv } from '../dryrun';
import type { AffectedObject, TriageGroup } from './types';

const BOM = '\uFEFF';

/** What the CSV says about an object's cause, in English (a file for scripts and tickets). */
export function detailText(o: AffectedObject): string {
  const d = o.detail;
  switch (d.cause) {
    case 'credential':
      return `SCIM key rejected${d.status ? ` (HTTP ${d.status})` : ''}: rotate the key`;
    case 'endpoint':
      return 'HTTP 404: check the Tenant URL path (/scim/v2) and region';
    case 'quarantine':
      return 'Provisioning job in quarantine';
    case 'rejected-name':
      return [
        `${d.attribute} rejected by CloudSSO`,
        d.offending.length ? `characters ${d.offending.map((c) => `"${c}"`).join(' ')}` : '',
        d.tooLong ? `${d.tooLong.length} characters, at most ${d.tooLong.max}` : '',
        d.fix ? `proven fix: ${d.fix}` : '',
      ]
        .filter(Boolean)
        .join('; ');
    case 'duplicate':
      return `Same ${d.attribute ?? 'name'} after normalization${
        d.others.length
          ? ` as ${d.others.map((x) => `${x.displayName ?? '?'} (${x.objectId ?? '?'})`).join(', ')}`
          : ''
      }`;
    case 'multi-valued':
      return `${d.attribute} has ${d.count || 'several'} values; CloudSSO stores one`;
    case 'other':
      return d.text;
  }
}

/**
 * One group (or all) as CSV: cause, display name, object id, what to do. Display names come from
 * the directory, so formula-looking cells are escaped (lib/dryrun/csv.ts `toCsv`); a byte order
 * mark keeps Chinese names readable in Excel.
 */
export function groupsCsv(groups: readonly TriageGroup[]): string {
  const rows = groups.flatMap((g) =>
    g.objects.map((o) => [g.cause, o.displayName ?? '', o.objectId ?? '', detailText(o)]),
  );
  return BOM + toCsv(['Cause', 'Display name', 'Object id', 'Detail'], rows);
}
