import { z } from 'zod';
import { CAUSES } from '../triage/types';

/** Messages between the side panel and the triage worker (lib/workers/triage.worker.ts). */
export interface TriageCommand {
  type: 'triage';
  files: File[];
}

const Text = z.string().max(100_000);
const Name = z.string().max(4096).nullable();

const Detail = z.discriminatedUnion('cause', [
  z.object({
    cause: z.literal('credential'),
    status: z.union([z.literal(401), z.literal(403)]).nullable(),
  }),
  z.object({ cause: z.literal('endpoint') }),
  z.object({ cause: z.literal('quarantine') }),
  z.object({
    cause: z.literal('rejected-name'),
    attribute: Text,
    targetId: Text,
    offending: z.array(Text),
    tooLong: z.object({ length: z.number(), max: z.number() }).nullable(),
    fix: Text.nullable(),
  }),
  z.object({
    cause: z.literal('duplicate'),
    attribute: Text.nullable(),
    normalized: Text.nullable(),
    others: z.array(z.object({ displayName: Name, objectId: Name })),
  }),
  z.object({ cause: z.literal('multi-valued'), attribute: Text, count: z.number() }),
  z.object({ cause: z.literal('other'), text: Text }),
]);

export const TriageResultSchema = z.object({
  format: z.enum(['json', 'graph', 'csv']),
  entries: z.number().int().min(0),
  failures: z.number().int().min(0),
  groups: z.array(
    z.object({
      cause: z.enum(CAUSES),
      objects: z.array(
        z.object({ displayName: Name, objectId: Name, entryId: Text, detail: Detail }),
      ),
    }),
  ),
  warnings: z.array(Text),
});

export const TriageReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    phase: z.enum(['read', 'parse', 'classify']),
    fraction: z.number().min(0).max(1),
  }),
  z.object({ type: z.literal('done'), result: TriageResultSchema }),
  z.object({ type: z.literal('failed'), message: Text }),
]);
export type TriageReply = z.infer<typeof TriageReplySchema>;
