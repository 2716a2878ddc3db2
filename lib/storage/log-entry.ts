import { z } from 'zod';
import { defineStored } from './define';

/**
 * One provisioning-log entry as Entra's details pane shows it (#14 item 4): what the triage
 * needs to explain it. Page text only; the background drops a report that contains the kept key.
 */
const Text = z.string().max(2000).nullable();
export const ShownLogEntry = z
  .object({
    status: z.string().max(100).nullable(),
    errorCode: z.string().max(300).nullable(),
    reason: Text,
    recommendedAction: Text,
    objectType: z.enum(['user', 'group']).nullable(),
    displayName: z.string().max(512).nullable(),
    objectId: z.string().max(200).nullable(),
    modified: z
      .array(
        z
          .object({
            name: z.string().max(300),
            oldValue: z.string().max(2000).nullable(),
            newValue: z.string().max(2000).nullable(),
          })
          .strict(),
      )
      .max(100),
  })
  .strict();
export type ShownLogEntry = z.infer<typeof ShownLogEntry>;

/** A frame's report: the entry its open details pane shows, or null when none is open. */
export const LogEntryReport = z
  .object({ docStart: z.number(), entry: ShownLogEntry.nullable() })
  .strict();
export type LogEntryReport = z.infer<typeof LogEntryReport>;

export const StoredLogEntry = z.object({
  entry: ShownLogEntry,
  tabId: z.number().int(),
  frameId: z.number().int(),
  at: z.number(),
});
export type StoredLogEntry = z.infer<typeof StoredLogEntry>;

/** The log entry whose details are open now. Session storage: page text, this session only. */
export const logEntryItem = defineStored({
  area: 'session',
  key: 'logEntry',
  version: 1,
  schema: StoredLogEntry.nullable(),
  fallback: null,
});
