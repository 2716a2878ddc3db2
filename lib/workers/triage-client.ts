import type { TriageResult } from '../triage';
import { TriageReplySchema } from './triage-protocol';

export type TriagePhase = 'read' | 'parse' | 'classify';

export interface TriageRun {
  result: Promise<{ ok: true; value: TriageResult } | { ok: false; message: string }>;
  cancel(): void;
}

function createTriageWorker(): Worker {
  return new Worker(new URL('./triage.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs one triage in a fresh worker and ends it afterwards (a cancel terminates it at once).
 * Replies are validated: a reply the panel cannot read fails the run instead of being shown.
 */
export function runTriageInWorker(
  files: File[],
  onProgress: (phase: TriagePhase, fraction: number) => void,
  create: () => Worker = createTriageWorker,
): TriageRun {
  const worker = create();
  let settle: (r: Awaited<TriageRun['result']>) => void = () => undefined;
  const result = new Promise<Awaited<TriageRun['result']>>((resolve) => (settle = resolve));
  const end = (r: Awaited<TriageRun['result']>): void => {
    worker.terminate();
    settle(r);
  };
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = TriageReplySchema.safeParse(event.data);
    if (!parsed.success)
      return end({ ok: false, message: 'The triage worker sent an unreadable reply.' });
    const reply = parsed.data;
    if (reply.type === 'progress') onProgress(reply.phase, reply.fraction);
    else if (reply.type === 'done') end({ ok: true, value: reply.result as TriageResult });
    else end({ ok: false, message: reply.message });
  });
  worker.addEventListener('error', (e) =>
    end({ ok: false, message: e.message || 'The triage worker failed.' }),
  );
  worker.postMessage({ type: 'triage', files });
  return { result, cancel: () => end({ ok: false, message: 'cancelled' }) };
}
