import { z } from 'zod';

/** The wire shape of every request: a type from the contract and its payload. */
export const Envelope = z
  .object({ type: z.string().min(1).max(64), payload: z.unknown() })
  .strict();
export type Envelope = z.infer<typeof Envelope>;

export const ErrorCode = z.enum([
  'bad-message',
  'bad-sender',
  'unknown-type',
  'handler-failed',
  'bad-reply',
  'unreachable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Errors are data on the wire; only the client turns them into exceptions. */
export const Failure = z.object({
  ok: z.literal(false),
  error: z.object({ code: ErrorCode, message: z.string().max(2000) }),
});
export type Failure = z.infer<typeof Failure>;

export type Reply<T> = { ok: true; data: T } | Failure;

export function failure(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}

/** Thrown by the client when a message cannot be delivered or is refused. */
export class MessagingError extends Error {
  override readonly name = 'MessagingError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
