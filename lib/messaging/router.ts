import type { AnyContract, MessageType, ReplyOf, SenderKind } from './spec';
import * as z from 'zod/mini';
import { Envelope, failure, type Reply } from './envelope';
import { classifySender, type SenderLike } from './sender';
import { errorText } from '../util/error-text';

export interface HandlerContext {
  kind: SenderKind;
  sender: SenderLike;
}

export type Handlers<C extends AnyContract> = {
  [T in MessageType<C>]: (
    payload: z.output<C[T]['payload']>,
    ctx: HandlerContext,
  ) => Promise<ReplyOf<C, T>> | ReplyOf<C, T>;
};

/**
 * Builds the single onMessage handler for a context: validates the envelope, checks the sender
 * against the contract, parses the payload, runs the handler and validates its reply.
 * Every refusal is a reply, so a caller always learns why.
 */
export function createRouter<C extends AnyContract>(
  contract: C,
  handlers: Handlers<C>,
  ownId: () => string,
): (raw: unknown, sender: SenderLike) => Promise<Reply<unknown>> {
  return async (raw, sender) => {
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) return failure('bad-message', 'The message has no valid envelope.');
    const { type, payload } = envelope.data;
    if (!Object.hasOwn(contract, type))
      return failure('unknown-type', `Unknown message "${type}".`);
    const spec = contract[type]!;
    const kind = classifySender(sender, ownId());
    if (!kind || !spec.from.includes(kind)) {
      return failure('bad-sender', `"${type}" is not accepted from this sender.`);
    }
    const parsed = z.safeParse(spec.payload, payload);
    if (!parsed.success) {
      return failure(
        'bad-message',
        `"${type}" has a malformed payload: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
      );
    }
    try {
      const handler = handlers[type as MessageType<C>];
      const data: unknown = await handler(parsed.data as never, { kind, sender });
      const checked = z.safeParse(spec.reply, data);
      if (!checked.success) return failure('bad-reply', `"${type}" produced a malformed reply.`);
      return { ok: true, data: checked.data };
    } catch (error) {
      // Handlers must never put secrets into error messages; only the message text crosses.
      return failure('handler-failed', errorText(error));
    }
  };
}
