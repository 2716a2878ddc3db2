/**
 * Reading stdin as text. Anything that is not UTF-8 text (invalid UTF-8, NUL or other control
 * bytes) is refused with a clear message: it is junk, not an expression.
 */

import { InputError } from './input';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function decodeText(bytes: Uint8Array, what: string): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError('input.binary', `${what} is not UTF-8 text.`);
  }
  if (CONTROL.test(text)) {
    throw new InputError(
      'input.binary',
      `${what} contains control characters; it does not look like text.`,
    );
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Yields stdin's lines as raw bytes (without the line ending), as they arrive. */
export async function* readLines(
  stream: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<Uint8Array> {
  let pending = Buffer.alloc(0);
  for await (const chunk of stream) {
    pending = Buffer.concat([pending, Buffer.from(chunk)]);
    let nl: number;
    while ((nl = pending.indexOf(0x0a)) !== -1) {
      yield stripCr(pending.subarray(0, nl));
      pending = pending.subarray(nl + 1);
    }
  }
  if (pending.length > 0) yield stripCr(pending);
}

function stripCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
}
