// zod/mini: content scripts validate every message with this module too, in every portal frame,
// so it takes zod's tree-shakeable build (docs/performance.md).
import * as z from 'zod/mini';
import { ERROR_CODES } from './error';

export { MessagingError } from './error';

/** The wire shape of every request: a type from the contract and its payload. */
export const Envelope = z.strictObject({
  type: z.string().check(z.minLength(1), z.maxLength(64)),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Errors are data on the wire; only the client turns them into exceptions. */
export const Failure = z.object({
  ok: z.literal(false),
  error: z.object({ code: ErrorCode, message: z.string().check(z.maxLength(2000)) }),
});
export type Failure = z.infer<typeof Failure>;

export type Reply<T> = { ok: true; data: T } | Failure;

export function failure(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}
