import { z } from 'zod';

/**
 * Every message that crosses an extension context, in one place. Each entry names who may send
 * it, and the zod schemas of its payload and its reply. The router and the client derive their
 * types from this table, so adding a message is one entry here and one handler.
 */

/** Who sent a message, as established from the browser's `sender`, never from the payload. */
export type SenderKind = 'extension' | 'cloudsso' | 'azure';

export interface MessageSpec {
  /** Contexts allowed to send this message. */
  from: readonly SenderKind[];
  payload: z.ZodType;
  reply: z.ZodType;
}

const FrameReport = z.object({
  href: z.url({ protocol: /^https$/ }).max(4096),
  /** The frame's place in the tab, as the content script sees it. */
  frame: z.enum(['top', 'sub']),
});

/** Messages to the background (from extension pages and content scripts). */
export const toBackground = {
  /** A content script announces itself; the background records which portal frames a tab has. */
  'content.hello': {
    from: ['cloudsso', 'azure'],
    payload: FrameReport,
    reply: z.object({ recorded: z.boolean() }),
  },
  /** Extension pages ask whether the service worker is alive and which version it runs. */
  'diag.ping': {
    from: ['extension'],
    payload: z.object({}).strict(),
    reply: z.object({ version: z.string() }),
  },
} as const satisfies Record<string, MessageSpec>;

/** Messages from the background to a content script in a given tab and frame. */
export const toContent = {
  /** Asks a content script which page it recognizes now. */
  'content.describe': {
    from: ['extension'],
    payload: z.object({}).strict(),
    reply: z.object({ href: z.string(), portal: z.enum(['cloudsso', 'azure']) }),
  },
} as const satisfies Record<string, MessageSpec>;

export type BackgroundContract = typeof toBackground;
export type ContentContract = typeof toContent;
export type AnyContract = Record<string, MessageSpec>;

export type MessageType<C extends AnyContract> = keyof C & string;
export type PayloadOf<C extends AnyContract, T extends MessageType<C>> = z.input<C[T]['payload']>;
export type ReplyOf<C extends AnyContract, T extends MessageType<C>> = z.output<C[T]['reply']>;
