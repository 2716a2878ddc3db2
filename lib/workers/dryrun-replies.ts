import { z } from 'zod';
import type { DryRunReport } from '../dryrun';
import type { DryRunReply, LoadedFile, RunOutcome, RunRequest } from './dryrun-protocol';
import { DiagnosticSchema, OutputSchema, SeveritySchema, TargetIdSchema } from './reply-schemas';

const MappingSchema = z.array(z.string().nullable());

const LoadedFileSchema: z.ZodType<LoadedFile> = z.looseObject({
  headers: z.array(z.string()),
  mapping: MappingSchema,
  rowCount: z.number(),
  preview: z.array(z.array(z.string())),
  warnings: z.array(z.string()),
});

const RunRequestSchema: z.ZodType<RunRequest> = z.looseObject({
  expression: z.string(),
  targetId: TargetIdSchema,
  mapping: MappingSchema,
});

const ProblemRowSchema = z.looseObject({
  index: z.number(),
  id: z.string().nullable(),
  inputs: z.record(z.string(), z.string()),
  output: OutputSchema,
  problems: z.array(z.string()),
  details: z.array(z.string()),
});

const ReportSchema: z.ZodType<DryRunReport> = z.looseObject({
  total: z.number(),
  passed: z.number(),
  failed: z.number(),
  empty: z.number(),
  errors: z.number(),
  collisionRows: z.number(),
  uniqueTarget: z.boolean(),
  reasons: z.array(
    z.looseObject({
      code: z.string(),
      severity: SeveritySchema,
      message: z.string(),
      count: z.number(),
    }),
  ),
  collisions: z.array(
    z.looseObject({
      key: z.string(),
      exact: z.boolean(),
      members: z.array(
        z.looseObject({ index: z.number(), id: z.string().nullable(), name: z.string() }),
      ),
    }),
  ),
  problemRows: z.array(ProblemRowSchema),
});

const RunOutcomeSchema: z.ZodType<RunOutcome> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('done'),
    request: RunRequestSchema,
    report: ReportSchema,
    unmapped: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('invalid'),
    request: RunRequestSchema,
    diagnostics: z.array(DiagnosticSchema),
  }),
]);

/** What the dry-run's worker may say; anything else is refused by the client. */
export const DryRunReplySchema: z.ZodType<DryRunReply> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    phase: z.enum(['read', 'parse', 'run', 'locate']),
    done: z.number(),
    total: z.number(),
  }),
  z.object({ type: z.literal('evaluating'), regex: z.boolean() }),
  z.object({ type: z.literal('loaded'), file: LoadedFileSchema }),
  z.object({ type: z.literal('ran'), outcome: RunOutcomeSchema }),
  z.object({ type: z.literal('located') }),
  z.object({ type: z.literal('exported'), csv: z.string(), count: z.number() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
