/**
 * One provisioning-log record, reduced to what triage needs, whatever file it came from (the
 * portal's JSON or CSV download, or Graph's `provisioningObjectSummary` list). Field meanings:
 * docs/research/entra-portal.md#provisioning-logs.
 */
export interface LogEntry {
  /** The record's id (Graph `id`), or its position in the file when it has none. */
  id: string;
  changeId: string | null;
  activityDateTime: string | null;
  action: string | null;
  /** `success`, `warning`, `failure`, `skipped`, lower-cased; null when the file had none. */
  status: string | null;
  errorCode: string | null;
  reason: string | null;
  additionalDetails: string | null;
  recommendedAction: string | null;
  /** `user` or `group` (Graph's identityType, lower-cased); null when unknown. */
  objectType: 'user' | 'group' | null;
  /** The Entra object (source identity): what the admin can find and fix. */
  displayName: string | null;
  objectId: string | null;
  modified: ModifiedProperty[];
}

export interface ModifiedProperty {
  /** The target (SCIM) attribute, as Entra names it: `userName`, `emails[type eq "work"].value`. */
  name: string;
  oldValue: string | null;
  newValue: string | null;
}

/** Failure causes, in CloudSSO terms. */
export const CAUSES = [
  'credential',
  'endpoint',
  'quarantine',
  'rejected-name',
  'duplicate',
  'multi-valued',
  'other',
] as const;
export type Cause = (typeof CAUSES)[number];

/** One affected object. Only the display name and object id leave triage with the detail. */
export interface AffectedObject {
  displayName: string | null;
  objectId: string | null;
  /** The log record this comes from (its id), so a panel can show the entry. */
  entryId: string;
  detail: CauseDetail;
}

export type CauseDetail =
  | { cause: 'credential'; status: 401 | 403 | null }
  | { cause: 'endpoint' }
  | { cause: 'quarantine' }
  | {
      cause: 'rejected-name';
      /** The SCIM attribute Entra sent. */
      attribute: string;
      targetId: string;
      /** The characters CloudSSO's rule does not allow, each once, in order of appearance. */
      offending: string[];
      /** Length rule broken too (or instead): the value's length and the maximum. */
      tooLong: { length: number; max: number } | null;
      /** The linter's proven-safe expression for that target (lib/proof). */
      fix: string | null;
    }
  | {
      cause: 'duplicate';
      attribute: string | null;
      /** The name after normalization (case and width folded), shared with `others`. */
      normalized: string | null;
      /** The other objects with the same normalized name seen in the file. */
      others: { displayName: string | null; objectId: string | null }[];
    }
  | { cause: 'multi-valued'; attribute: string; count: number }
  | { cause: 'other'; text: string };

export interface TriageGroup {
  cause: Cause;
  objects: AffectedObject[];
}

export interface TriageResult {
  format: LogFormat;
  entries: number;
  failures: number;
  /** Groups with at least one object, in CAUSES order. */
  groups: TriageGroup[];
  /** Problems read past (a bad line, an unknown column set), for the admin to see. */
  warnings: string[];
}

export type LogFormat = 'json' | 'graph' | 'csv';
