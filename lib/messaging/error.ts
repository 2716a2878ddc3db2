/**
 * The refusal codes and the error senders throw, apart from the schemas (envelope.ts) so that a
 * content script's start, which sends only notifications (notify.ts), carries no zod.
 */
export const ERROR_CODES = [
  'bad-message',
  'bad-sender',
  'unknown-type',
  'handler-failed',
  'bad-reply',
  'unreachable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

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
