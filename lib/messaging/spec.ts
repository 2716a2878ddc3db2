import type { z } from 'zod';

/** Who sent a message, as established from the browser's `sender`, never from the payload. */
export type SenderKind = 'extension' | 'cloudsso' | 'azure';

export interface MessageSpec {
  /** Contexts allowed to send this message. */
  from: readonly SenderKind[];
  payload: z.ZodType;
  reply: z.ZodType;
}

export type AnyContract = Record<string, MessageSpec>;
export type MessageType<C extends AnyContract> = keyof C & string;
export type PayloadOf<C extends AnyContract, T extends MessageType<C>> = z.input<C[T]['payload']>;
export type ReplyOf<C extends AnyContract, T extends MessageType<C>> = z.output<C[T]['reply']>;
