import type { Diagnostic } from '../expr/diagnostics';
import type { LintRequest, LintView, LintWorkerReply } from './lint-protocol';

export type LintOutcome =
  | { kind: 'done'; view: LintView }
  /** The check ran past the hard limit; the worker was replaced. */
  | { kind: 'timeout'; limitMs: number; staticDiagnostics: Diagnostic[]; row?: string }
  | { kind: 'failed'; message: string };

/** Runs linter checks off the page's thread (or, in tests, in-process). */
export interface LintClient {
  check(request: LintRequest): Promise<LintOutcome>;
  dispose(): void;
}

/** The part of `Worker` the client uses, so tests can hand in a stand-in. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

interface Job {
  id: number;
  request: LintRequest;
  resolve: (outcome: LintOutcome) => void;
  staticDiagnostics: Diagnostic[];
  row?: string;
}

/** How long one check may run before its worker is terminated. */
export const LINT_HARD_LIMIT_MS = 3000;

/**
 * A client that runs one check at a time in a worker. A newer request waits for the running one
 * (only the newest waiting request is kept; older waiting ones resolve with their own result of
 * the newest run, which the caller ignores by comparing requests). A check that runs past
 * `limitMs` terminates the worker: a pathological regular expression costs one worker, never
 * the page.
 */
export function createWorkerLintClient(
  createWorker: () => WorkerLike,
  limitMs = LINT_HARD_LIMIT_MS,
): LintClient {
  let worker: WorkerLike | null = null;
  let running: Job | null = null;
  let waiting: Job[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  let disposed = false;

  const finish = (outcome: LintOutcome): void => {
    clearTimeout(timer);
    const job = running;
    running = null;
    job?.resolve(outcome);
    startNext();
  };

  const onMessage = (event: MessageEvent): void => {
    const reply = event.data as LintWorkerReply;
    if (!running || reply.id !== running.id) return;
    if (reply.kind === 'static') running.staticDiagnostics = reply.diagnostics;
    else if (reply.kind === 'row') running.row = reply.label;
    else if (reply.kind === 'done') finish({ kind: 'done', view: reply.view });
    else finish({ kind: 'failed', message: reply.message });
  };

  const ensureWorker = (): WorkerLike => {
    if (!worker) {
      worker = createWorker();
      worker.onmessage = onMessage;
    }
    return worker;
  };

  const startNext = (): void => {
    if (disposed || running || waiting.length === 0) return;
    // Only the newest waiting request is worth running; the others share its outcome.
    const newest = waiting[waiting.length - 1]!;
    const skipped = waiting.slice(0, -1);
    waiting = [];
    running = newest;
    const previousResolve = newest.resolve;
    newest.resolve = (outcome) => {
      previousResolve(outcome);
      for (const s of skipped) s.resolve(outcome);
    };
    ensureWorker().postMessage({ id: newest.id, request: newest.request });
    timer = setTimeout(() => {
      const job = running;
      worker?.terminate();
      worker = null;
      finish({
        kind: 'timeout',
        limitMs,
        staticDiagnostics: job?.staticDiagnostics ?? [],
        ...(job?.row ? { row: job.row } : {}),
      });
    }, limitMs);
  };

  return {
    check: (request) =>
      new Promise<LintOutcome>((resolve) => {
        if (disposed) {
          resolve({ kind: 'failed', message: 'The linter was closed.' });
          return;
        }
        waiting.push({ id: nextId++, request, resolve, staticDiagnostics: [] });
        startNext();
      }),
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
      worker?.terminate();
      worker = null;
    },
  };
}
