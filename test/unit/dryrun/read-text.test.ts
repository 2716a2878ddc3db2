import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/workers/read-text';

/** A file whose stream hands out `size`-byte pieces, cutting characters in half on purpose. */
function pieces(bytes: Uint8Array, size: number): Blob {
  const stream = (): ReadableStream<Uint8Array> => {
    let at = 0;
    return new ReadableStream({
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(at, (at += size)));
      },
    });
  };
  return { size: bytes.length, stream } as unknown as Blob;
}

describe('reading a file in pieces', () => {
  it('decodes UTF-8 across piece boundaries, drops a byte order mark and reports the bytes read', async () => {
    const body = `objectId,displayName\n${'1,王小明 Zoë Ångström\n'.repeat(2000)}`;
    const bytes = new TextEncoder().encode(`\uFEFF${body}`);
    let now = 0;
    const seen: number[] = [];
    const text = await readText(
      pieces(bytes, 1001),
      (done, total) => {
        expect(total).toBe(bytes.length);
        seen.push(done);
      },
      250,
      // Time moves 50 ms per look at the clock: a report every few pieces, not every piece.
      () => (now += 50),
    );
    expect(text).toBe(body);
    const count = Math.ceil(bytes.length / 1001);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThan(count / 2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeLessThanOrEqual(bytes.length);
  });
});
