import { LogFormatError, triageFiles } from '../triage';
import { readText } from './read-text';
import type { TriageCommand, TriageReply } from './triage-protocol';

/**
 * The provisioning-log triage's worker: reading a 50 MB download and grouping 100,000 entries
 * happens here, so the side panel keeps answering; progress is posted as it goes.
 */
const post = (reply: TriageReply): void =>
  (self as unknown as { postMessage(message: unknown): void }).postMessage(reply);

const PROGRESS_INTERVAL_MS = 200;

self.addEventListener('message', (event: MessageEvent<TriageCommand>) => {
  void handle(event.data).catch((error: unknown) =>
    post({
      type: 'failed',
      message:
        error instanceof LogFormatError || error instanceof Error ? error.message : String(error),
    }),
  );
});

async function handle(command: TriageCommand): Promise<void> {
  const total = command.files.reduce((n, f) => n + f.size, 0) || 1;
  let before = 0;
  const texts = [];
  for (const file of command.files) {
    const text = await readText(
      file,
      (done) => post({ type: 'progress', phase: 'read', fraction: (before + done) / total }),
      PROGRESS_INTERVAL_MS,
    );
    before += file.size;
    texts.push({ name: file.name, text });
  }
  post({ type: 'progress', phase: 'parse', fraction: 0 });
  const result = triageFiles(texts, {
    onProgress: (fraction, phase) =>
      post({ type: 'progress', phase: phase === 'read' ? 'parse' : 'classify', fraction }),
  });
  post({ type: 'done', result });
}
