import type { LogEntry, ModifiedProperty } from './types';

/** What Entra's details pane shows of one entry (lib/storage/log-entry.ts ShownLogEntry). */
export interface PaneEntry {
  status: string | null;
  errorCode: string | null;
  reason: string | null;
  recommendedAction: string | null;
  objectType: 'user' | 'group' | null;
  displayName: string | null;
  objectId: string | null;
  modified: ModifiedProperty[];
}

// The pane shows the status as a word of the portal's language.
const FAILURE = /^(failure|failed|失败)$/i;
const SUCCESS = /^(success|succeeded|成功)$/i;
const SKIPPED = /^(skipped|已跳过|跳过)$/i;

/** The pane's entry as a log record, so the triage explains it exactly as it would a download. */
export function entryFromPane(p: PaneEntry): LogEntry {
  const s = p.status?.trim() ?? '';
  const status = FAILURE.test(s)
    ? 'failure'
    : SUCCESS.test(s)
      ? 'success'
      : SKIPPED.test(s)
        ? 'skipped'
        : s === ''
          ? null
          : s.toLowerCase();
  return {
    id: 'shown',
    changeId: null,
    activityDateTime: null,
    action: null,
    status,
    errorCode: p.errorCode,
    reason: p.reason,
    additionalDetails: null,
    recommendedAction: p.recommendedAction,
    objectType: p.objectType,
    displayName: p.displayName,
    objectId: p.objectId,
    modified: p.modified,
  };
}
