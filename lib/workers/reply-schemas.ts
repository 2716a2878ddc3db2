import { z } from 'zod';
import type { Diagnostic, Attributes, Output } from '../expr';
import { isTargetId, type TargetId } from '../targets/targets';

/**
 * Schemas of the values the workers send back, shared by the linter's and the dry-run's replies.
 * Objects are loose: a field the engine adds later passes through instead of being stripped, while
 * every field the pages read is checked.
 */

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const OutputSchema: z.ZodType<Output> = z.union([z.string(), z.array(z.string()), z.null()]);

export const AttributesSchema: z.ZodType<Attributes> = z.record(
  z.string(),
  z.union([z.string(), z.array(z.string()), z.boolean(), z.number(), z.null(), z.undefined()]),
);

/** Any number but NaN: bounds may be Infinity (an unbounded length). */
export const BoundSchema = z.custom<number>((v) => typeof v === 'number' && !Number.isNaN(v));

export const SpanSchema = z.looseObject({ start: z.number(), end: z.number() });

/** A message's parameters: text and numbers only (the UI renders them as text). */
export const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const DiagnosticSchema: z.ZodType<Diagnostic> = z.looseObject({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  start: z.number(),
  end: z.number(),
  suggestion: z.looseObject({ text: z.string(), title: z.string() }).optional(),
  params: ParamsSchema.optional(),
});

export const ViolationSchema = z.looseObject({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  params: ParamsSchema.optional(),
});

export const TargetIdSchema = z.custom<TargetId>((v) => typeof v === 'string' && isTargetId(v));

/** A short, readable account of why a reply was refused, for the admin's error line. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unreadable reply';
  const path = issue.path.length > 0 ? issue.path.join('.') : 'reply';
  return `${path}: ${issue.message}`;
}
