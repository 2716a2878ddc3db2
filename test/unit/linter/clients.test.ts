import { describe, expect, it } from 'vitest';
import { createWorkerDryRunClient } from '@/lib/workers/dryrun-client';
import type { DryRunCommand } from '@/lib/workers/dryrun-protocol';
import { createWorkerLintClient, type WorkerLike } from '@/lib/workers/lint-client';
import { runLintJob } from '@/lib/workers/lint-job';
import type { LintJobMessage } from '@/lib/workers/lint-protocol';

/**
 * Test stand-ins for a Worker: `answer` runs the real job asynchronously; `hang` never answers
 * after its first messages, like a worker stuck in a regular expression.
 */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly behaviour: 'answer' | 'hang') {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown): void {
    const { id, request } = message as LintJobMessage;
    const reply = (data: unknown): void => {
      setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent), 0);
    };
    if (this.behaviour === 'hang') {
      reply({ id, kind: 'static', diagnostics: [] });
      reply({ id, kind: 'row', index: 3, label: 'the long one' });
      return;
    }
    reply({ id, kind: 'done', view: runLintJob(request) });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const request = (text: string) => ({ text, targetId: 'group.displayName' as const, samples: '' });

describe('the worker lint client', () => {
  it('stops a check that runs past the limit, names the row, and starts a fresh worker', async () => {
    FakeWorker.made = [];
    let next: 'answer' | 'hang' = 'hang';
    const client = createWorkerLintClient(() => new FakeWorker(next), 50);
    const stuck = await client.check(request('Replace([displayName], , "(a+)+$", , "", , )'));
    expect(stuck).toEqual({
      kind: 'timeout',
      limitMs: 50,
      staticDiagnostics: [],
      row: 'the long one',
    });
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    next = 'answer';
    const fine = await client.check(request('Mid([objectId], 1, 8)'));
    expect(fine.kind).toBe('done');
    expect(FakeWorker.made).toHaveLength(2);
    client.dispose();
  });

  it('runs only the newest of several waiting requests', async () => {
    FakeWorker.made = [];
    const seen: string[] = [];
    const client = createWorkerLintClient(() => {
      const w = new FakeWorker('answer');
      const post = w.postMessage.bind(w);
      w.postMessage = (m) => {
        seen.push((m as LintJobMessage).request.text);
        post(m);
      };
      return w;
    }, 5000);
    const results = await Promise.all(
      ['[a]', '[b]', '[c]', '[d]'].map((t) => client.check(request(t))),
    );
    expect(seen).toEqual(['[a]', '[d]']);
    expect(results.map((r) => r.kind === 'done' && r.view.request.text)).toEqual([
      '[a]',
      '[d]',
      '[d]',
      '[d]',
    ]);
    client.dispose();
  });
});

describe('the worker dry-run client', () => {
  it('gives up on a run that stops reporting progress and re-reads the file before the next one', async () => {
    const commands: string[] = [];
    let hang = true;
    const workers: WorkerLike[] = [];
    const client = createWorkerDryRunClient(() => {
      const w: WorkerLike = {
        onmessage: null,
        terminate: () => undefined,
        postMessage: (m) => {
          const command = m as DryRunCommand;
          commands.push(command.type);
          const reply = (data: unknown): void =>
            void setTimeout(() => w.onmessage?.({ data } as MessageEvent), 0);
          if (command.type === 'load') {
            reply({
              type: 'loaded',
              file: { headers: [], mapping: [], rowCount: 0, preview: [], warnings: [] },
            });
          } else if (command.type === 'run') {
            reply({ type: 'progress', phase: 'run', done: 5000, total: 9000 });
            if (!hang)
              reply({
                type: 'ran',
                outcome: { kind: 'invalid', request: command.request, diagnostics: [] },
              });
          }
        },
      };
      workers.push(w);
      return w;
    }, 60);
    const progress: number[] = [];
    expect((await client.load(new Blob(['a']), () => undefined)).kind).toBe('ok');
    const run = { expression: 'x', targetId: 'user.userName' as const, mapping: [] };
    expect(await client.run(run, (_p, done) => progress.push(done))).toEqual({
      kind: 'stalled',
      phase: 'run',
      done: 5000,
    });
    expect(progress).toEqual([5000]);
    hang = false;
    expect((await client.run(run, () => undefined)).kind).toBe('ok');
    expect(commands).toEqual(['load', 'run', 'load', 'run']);
    expect(workers).toHaveLength(2);
    client.dispose();
  });
});
