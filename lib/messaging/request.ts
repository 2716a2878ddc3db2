import * as z from 'zod/mini';
import { Failure, MessagingError } from './envelope';

/**
 * One request and its validated reply, for every sender: the extension's pages and worker
 * (client.ts) and the content scripts (content-client.ts). A refusal becomes a MessagingError
 * with the refusal's code; a reply that does not match the contract is refused too.
 */
export async function request(
  type: string,
  send: () => Promise<unknown>,
  reply: z.core.$ZodType,
  unreachable: string,
): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await send();
  } catch (cause) {
    throw new MessagingError('unreachable', unreachable, { cause });
  }
  const failed = Failure.safeParse(raw);
  if (failed.success) throw new MessagingError(failed.data.error.code, failed.data.error.message);
  if (
    typeof raw !== 'object' ||
    raw === null ||
    !('ok' in raw) ||
    raw.ok !== true ||
    !('data' in raw)
  )
    throw new MessagingError('bad-reply', `No valid reply to "${type}".`);
  const checked = z.safeParse(reply, raw.data);
  if (!checked.success) throw new MessagingError('bad-reply', `Malformed reply to "${type}".`);
  return checked.data;
}
