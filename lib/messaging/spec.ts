import type * as z from 'zod/mini';

/** Who sent a message, as established from the browser's `sender`, never from the payload. */
export type SenderKind = 'extension' | 'cloudsso' | 'azure';

/**
 * One message. Schemas are zod's core type, so a spec takes a schema of either build: the
 * messages a content script sends or answers are declared with zod/mini (their `*-content.ts`
 * modules), the rest may use the full build.
 */
export interface MessageSpec {
  /** Contexts allowed to send this message. */
  from: readonly SenderKind[];
  payload: z.core.$ZodType;
  reply: z.core.$ZodType;
}

export type AnyContract = Record<string, MessageSpec>;
export type MessageType<C extends AnyContract> = keyof C & string;
export type PayloadOf<C extends AnyContract, T extends MessageType<C>> = z.input<C[T]['payload']>;
export type ReplyOf<C extends AnyContract, T extends MessageType<C>> = z.output<C[T]['reply']>;
