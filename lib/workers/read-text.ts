/**
 * Reads a file as UTF-8 text in pieces, reporting the bytes read at most every `intervalMs`, so
 * reading a large file shows progress instead of one long silence.
 */
export async function readText(
  blob: Blob,
  onProgress: (done: number, total: number) => void,
  intervalMs: number,
  clock: () => number = () => performance.now(),
): Promise<string> {
  const reader = blob.stream().getReader();
  // A leading byte order mark is dropped, as Blob.text() does.
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let done = 0;
  let reported = clock();
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    if (clock() - reported >= intervalMs) {
      onProgress(done, blob.size);
      reported = clock();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}
