import { z } from 'zod';
import type { LintResult } from '../lint';
import type { ProofResult } from '../proof';
import type { LintView, LintWorkerReply } from './lint-protocol';
import {
  AttributesSchema,
  BoundSchema,
  DiagnosticSchema,
  OutputSchema,
  SpanSchema,
  TargetIdSchema,
  ViolationSchema,
} from './reply-schemas';

const VerdictSchema = z.enum(['proven-safe', 'unsafe', 'unknown']);

const FixChangeSchema = z.looseObject({
  recordId: z.string(),
  input: z.string(),
  before: OutputSchema,
  beforeError: z.string().optional(),
  after: OutputSchema,
});

const ProofResultSchema: z.ZodType<ProofResult> = z.looseObject({
  verdict: VerdictSchema,
  reason: z.string().optional(),
  span: SpanSchema.optional(),
  counterexample: z
    .looseObject({ attrs: AttributesSchema, output: OutputSchema, violation: ViolationSchema })
    .optional(),
  fix: z
    .looseObject({
      expression: z.string(),
      uniqueVariant: z.string().optional(),
      changes: z.array(FixChangeSchema),
    })
    .optional(),
  facts: z
    .looseObject({
      minLength: BoundSchema,
      maxLength: BoundSchema,
      mayBeNull: z.boolean(),
      mayBeEmpty: z.boolean(),
      mayBeMulti: z.boolean(),
      mayFail: z.boolean(),
      chars: z.string(),
    })
    .optional(),
});

const RowResultSchema = z.looseObject({
  id: z.string(),
  source: z.enum(['corpus', 'sample']),
  label: z.string(),
  inputs: AttributesSchema,
  output: OutputSchema.optional(),
  error: z.looseObject({ code: z.string(), message: z.string() }).optional(),
  pass: z.boolean(),
  violations: z.array(ViolationSchema),
});

const LintResultSchema: z.ZodType<LintResult> = z.looseObject({
  targetId: TargetIdSchema,
  diagnostics: z.array(DiagnosticSchema),
  verdict: VerdictSchema,
  explanation: z.string(),
  rows: z.array(RowResultSchema),
  counterexample: z
    .looseObject({
      rowId: z.string(),
      label: z.string(),
      attrs: AttributesSchema,
      output: OutputSchema.optional(),
      reasons: z.array(z.string()),
      violation: ViolationSchema.optional(),
    })
    .optional(),
  fix: z
    .looseObject({
      expression: z.string(),
      title: z.string(),
      uniqueVariant: z.string().optional(),
      changes: z.array(FixChangeSchema).optional(),
    })
    .optional(),
  proof: ProofResultSchema.optional(),
});

const LintViewSchema: z.ZodType<LintView> = z.looseObject({
  request: z.looseObject({ text: z.string(), targetId: TargetIdSchema, samples: z.string() }),
  primaryAttribute: z.string(),
  lint: LintResultSchema,
  proof: ProofResultSchema.optional(),
});

/** What the linter's worker may say; anything else is refused by the client. */
export const LintWorkerReplySchema: z.ZodType<LintWorkerReply> = z.discriminatedUnion('kind', [
  z.object({
    id: z.number(),
    kind: z.literal('static'),
    diagnostics: z.array(DiagnosticSchema),
    regex: z.boolean(),
  }),
  z.object({ id: z.number(), kind: z.literal('row'), index: z.number(), label: z.string() }),
  z.object({ id: z.number(), kind: z.literal('done'), view: LintViewSchema }),
  z.object({ id: z.number(), kind: z.literal('failed'), message: z.string() }),
]);
