import { describe, expect, it } from 'vitest';
import { createWorkerDryRunClient } from '@/lib/workers/dryrun-client';
import type { DryRunCommand, LoadedFile } from '@/lib/workers/dryrun-protocol';
import { createWorkerLintClient, type WorkerLike } from '@/lib/workers/lint-client';
import { runLintJob } from '@/lib/workers/lint-job';
import type { LintJobMessage } from '@/lib/workers/lint-protocol';
import { buildModel } from '@/lib/ui/linter/model';

/**
 * A stand-in for a Worker: `script` decides what it answers to each message. Replies arrive
 * asynchronously, like a real worker's, and stop once it is terminated.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly script: (message: unknown, worker: FakeWorker) => void) {}
  postMessage(message: unknown): void {
    this.script(message, this);
  }
  reply(data: unknown): void {
    setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent), 0);
  }
  /** Like a worker whose script fails to load (a plain Event) or throws (an ErrorEvent). */
  crash(message?: string): void {
    const event = message === undefined ? new Event('error') : new ErrorEvent('error', { message });
    setTimeout(() => !this.terminated && this.onerror?.(event as ErrorEvent), 0);
  }
  unreadable(): void {
    setTimeout(() => !this.terminated && this.onmessageerror?.(new MessageEvent('messageerror')));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const request = (text: string) => ({ text, targetId: 'group.displayName' as const, samples: '' });

/** Answers every check with the real job. */
const answer = (message: unknown, w: FakeWorker): void => {
  const { id, request: r } = message as LintJobMessage;
  w.reply({ id, kind: 'done', view: runLintJob(r) });
};

/** Reads the expression, starts a row, then never answers again: stuck in one step. */
const hangInRow =
  (regex: boolean) =>
  (message: unknown, w: FakeWorker): void => {
    const { id } = message as LintJobMessage;
    w.reply({ id, kind: 'static', diagnostics: [], regex });
    w.reply({ id, kind: 'row', index: 3, label: 'the long one' });
  };

describe('the worker lint client', () => {
  it('stops a check stuck in a regular expression, names the row, and starts a fresh worker', async () => {
    const made: FakeWorker[] = [];
    let script = hangInRow(true);
    const client = createWorkerLintClient(() => {
      made.push(new FakeWorker(script));
      return made.at(-1)!;
    }, 50);
    const text = 'Replace([displayName], , "(a+)+$", , "", , )';
    const stuck = await client.check(request(text));
    expect(stuck).toEqual({
      kind: 'timeout',
      limitMs: 50,
      staticDiagnostics: [],
      row: 'the long one',
      stage: 'evaluation',
      regex: true,
    });
    expect(buildModel(text, stuck).trouble).toMatch(
      /stopped at the test name “the long one”\. A regular expression/,
    );
    expect(made[0]!.terminated).toBe(true);
    script = answer;
    const fine = await client.check(request('Mid([objectId], 1, 8)'));
    expect(fine.kind).toBe('done');
    expect(made).toHaveLength(2);
    client.dispose();
  });

  it('says a check was slow, not that a regular expression backtracks, when none ran', async () => {
    const client = createWorkerLintClient(() => new FakeWorker(hangInRow(false)), 50);
    const slow = await client.check(request('Mid([objectId], 1, 8)'));
    expect(slow).toMatchObject({ kind: 'timeout', stage: 'evaluation', regex: false });
    const trouble = buildModel('Mid([objectId], 1, 8)', slow).trouble!;
    expect(trouble).toMatch(/^Evaluating took longer than 0\.05 s and was stopped at the test/);
    expect(trouble).not.toMatch(/regular expression/);
    client.dispose();

    // Stuck before the expression was even read: no row, no regular expression.
    const silent = createWorkerLintClient(() => new FakeWorker(() => undefined), 50);
    const early = await silent.check(request('Replace([displayName], , "(a+)+$", , "", , )'));
    expect(early).toMatchObject({ kind: 'timeout', stage: 'analysis', regex: false });
    expect(buildModel('x', early).trouble).toMatch(/^Reading the expression took longer/);
    silent.dispose();
  });

  it('says plainly when the worker cannot start or crashes, and tries a fresh one next time', async () => {
    const made: FakeWorker[] = [];
    let script = (_m: unknown, w: FakeWorker): void => w.crash();
    const client = createWorkerLintClient(() => {
      made.push(new FakeWorker(script));
      return made.at(-1)!;
    }, 5000);
    const notLoaded = await client.check(request('[displayName]'));
    expect(notLoaded).toEqual({ kind: 'failed', cause: 'worker', message: '' });
    const trouble = buildModel('[displayName]', notLoaded).trouble!;
    expect(trouble).toMatch(/worker could not start or stopped unexpectedly\./);
    expect(trouble).not.toMatch(/regular expression/);

    script = (_m, w) => w.crash('Uncaught TypeError: boom');
    const crashed = await client.check(request('[displayName]'));
    expect(buildModel('[displayName]', crashed).trouble).toMatch(/\(Uncaught TypeError: boom\)/);

    script = answer;
    expect((await client.check(request('[displayName]'))).kind).toBe('done');
    expect(made.map((w) => w.terminated)).toEqual([true, true, false]);
    client.dispose();
  });

  it('refuses a reply that does not match the protocol', async () => {
    let script = (message: unknown, w: FakeWorker): void => {
      const { id } = message as LintJobMessage;
      w.reply({ id, kind: 'done', view: { request: {}, lint: 'nonsense' } });
    };
    const client = createWorkerLintClient(() => new FakeWorker(script), 5000);
    const bad = await client.check(request('[displayName]'));
    expect(bad).toMatchObject({ kind: 'failed', cause: 'reply' });
    expect(buildModel('[displayName]', bad).trouble).toMatch(/a reply this page cannot read/);

    script = (_m, w) => w.unreadable();
    expect(await client.check(request('[mail]'))).toMatchObject({
      kind: 'failed',
      cause: 'reply',
    });
    client.dispose();
  });

  it('runs only the newest of several waiting requests', async () => {
    const seen: string[] = [];
    const client = createWorkerLintClient(
      () =>
        new FakeWorker((m, w) => {
          seen.push((m as LintJobMessage).request.text);
          answer(m, w);
        }),
      5000,
    );
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

const LOADED: LoadedFile = { headers: [], mapping: [], rowCount: 0, preview: [], warnings: [] };
const RUN = { expression: 'x', targetId: 'user.userName' as const, mapping: [] };

/**
 * A dry-run worker over 9,000 rows in which row `hangAt` never finishes: runs report progress
 * as the real one does (every 1,000 rows here), locates announce every row.
 */
function dryRunWorker(hangAt: number | null, log: string[], regex = true) {
  return (message: unknown, w: FakeWorker): void => {
    const command = message as DryRunCommand;
    log.push(command.type === 'locate' ? `locate ${command.from}-${command.to}` : command.type);
    if (command.type === 'load') w.reply({ type: 'loaded', file: LOADED });
    if (command.type === 'run') {
      w.reply({ type: 'evaluating', regex });
      for (let done = 0; done <= 9000; done += 1000) {
        if (hangAt !== null && done > hangAt) return;
        w.reply({ type: 'progress', phase: 'run', done, total: 9000 });
      }
      w.reply({
        type: 'ran',
        outcome: { kind: 'invalid', request: command.request, diagnostics: [] },
      });
    }
    if (command.type === 'locate') {
      w.reply({ type: 'evaluating', regex });
      for (let index = command.from; index < command.to; index += 1) {
        w.reply({ type: 'progress', phase: 'locate', done: index, total: command.to });
        if (index === hangAt) return;
      }
      w.reply({ type: 'located' });
    }
  };
}

describe('the worker dry-run client', () => {
  it('names the row a run hangs on, re-reading the file for a fresh worker', async () => {
    const log: string[] = [];
    let hangAt: number | null = 5432;
    const made: FakeWorker[] = [];
    const client = createWorkerDryRunClient(() => {
      made.push(new FakeWorker(dryRunWorker(hangAt, log)));
      return made.at(-1)!;
    }, 60);
    expect((await client.load(new Blob(['a']), () => undefined)).kind).toBe('ok');
    const phases: string[] = [];
    const stuck = await client.run(RUN, (phase, done) => phases.push(`${phase} ${done}`));
    expect(stuck).toEqual({
      kind: 'stalled',
      stall: { phase: 'run', done: 5000, total: 9000, row: 5432, regex: true },
    });
    // Silent after 5,000 rows: only the next 1,000 are evaluated again, row by row.
    expect(log).toEqual(['load', 'run', 'load', 'locate 5000-6000']);
    expect(phases).toContain('run 5000');
    expect(phases.at(-1)).toBe('locate 5432');
    expect(made.map((w) => w.terminated)).toEqual([true, true]);

    hangAt = null;
    expect((await client.run(RUN, () => undefined)).kind).toBe('ok');
    expect(log.slice(4)).toEqual(['load', 'run']);
    client.dispose();
  });

  it('reports the stall without a row when the locate does not hang again', async () => {
    const log: string[] = [];
    let calls = 0;
    const client = createWorkerDryRunClient(
      () =>
        // The first worker hangs at row 2,100; the locating one does not.
        new FakeWorker(dryRunWorker(calls++ === 0 ? 2100 : null, log, false)),
      60,
    );
    await client.load(new Blob(['a']), () => undefined);
    expect(await client.run(RUN, () => undefined)).toEqual({
      kind: 'stalled',
      stall: { phase: 'run', done: 2000, total: 9000, regex: false },
    });
    client.dispose();
  });

  it('counts a stall while parsing in characters, not rows', async () => {
    const client = createWorkerDryRunClient(
      () =>
        new FakeWorker((_m, w) => {
          w.reply({ type: 'progress', phase: 'read', done: 0, total: 100 });
          w.reply({ type: 'progress', phase: 'parse', done: 40_000, total: 90_000 });
        }),
      60,
    );
    expect(await client.load(new Blob(['a']), () => undefined)).toEqual({
      kind: 'stalled',
      stall: { phase: 'parse', done: 40_000, total: 90_000, regex: false },
    });
    client.dispose();
  });

  it('says plainly when its worker cannot start, and refuses replies out of protocol', async () => {
    let script = (_m: unknown, w: FakeWorker): void => w.crash();
    const client = createWorkerDryRunClient(() => new FakeWorker(script), 5000);
    expect(await client.load(new Blob(['a']), () => undefined)).toEqual({
      kind: 'failed',
      cause: 'worker',
      message: '',
    });
    script = (_m, w) => w.reply({ type: 'loaded', file: { headers: 'a,b' } });
    expect(await client.load(new Blob(['a']), () => undefined)).toMatchObject({
      kind: 'failed',
      cause: 'reply',
    });
    // A valid reply, but not the answer to a load.
    script = (_m, w) => w.reply({ type: 'exported', csv: '', count: 0 });
    expect(await client.load(new Blob(['a']), () => undefined)).toMatchObject({
      kind: 'failed',
      cause: 'reply',
    });
    client.dispose();
  });
});
