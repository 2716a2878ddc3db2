import { z } from 'zod';
import { LogEntryReport } from '../../storage/log-entry';
import type { MessageSpec } from '../spec';

/** Azure frames report the provisioning-log entry whose details pane is open (#14 item 4). */
export const logEntryToBackground = {
  'logs.entry': {
    from: ['azure'],
    payload: LogEntryReport,
    reply: z.object({ kept: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;
