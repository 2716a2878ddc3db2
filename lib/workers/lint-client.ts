import type { Diagnostic } from '../expr';
import { LintWorkerReplySchema } from './lint-replies';
import type { LintRequest, LintView } from './lint-protocol';
import { describeIssue } from './reply-schemas';

export type LintOutcome =
  | { kind: 'done'; view: LintView }
  /** The check ran past the hard limit; the worker was replaced. */
  | {
      kind: 'timeout';
      limitMs: number;
      staticDiagnostics: Diagnostic[];
      /** The test name being evaluated when time ran out (the last one the worker started). */
      row?: string;
      /** `analysis`: the worker had not finished reading the expression; else it was evaluating. */
      stage: 'analysis' | 'evaluation';
      /** It was evaluating an expression that runs a regular expression. */
      regex: boolean;
    }
  /**
   * `cause`: `worker` when the worker failed to load or crashed, `reply` when it sent something
   * the client cannot read; absent when the check itself reported a failure.
   */
  | { kind: 'failed'; message: string; cause?: 'worker' | 'reply' };

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
  /** A script that fails to load fires a plain Event here; an uncaught error an ErrorEvent. */
  onerror?: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

/** What a worker's error event says, if anything ("" when the script could not be loaded). */
export function workerErrorText(event: Event): string {
  const message = (event as { message?: unknown }).message;
  return typeof message === 'string' ? message : '';
}

interface Job {
  id: number;
  request: LintRequest;
  resolve: (outcome: LintOutcome) => void;
  staticDiagnostics: Diagnostic[];
  analysed: boolean;
  regex: boolean;
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

  /** Drops the worker; the next check starts a fresh one. */
  const dropWorker = (): void => {
    worker?.terminate();
    worker = null;
  };

  const onMessage = (event: MessageEvent): void => {
    const parsed = LintWorkerReplySchema.safeParse(event.data);
    if (!parsed.success) {
      dropWorker();
      if (running) finish({ kind: 'failed', cause: 'reply', message: describeIssue(parsed.error) });
      return;
    }
    const reply = parsed.data;
    if (!running || reply.id !== running.id) return;
    if (reply.kind === 'static') {
      running.staticDiagnostics = reply.diagnostics;
      running.analysed = true;
      running.regex = reply.regex;
    } else if (reply.kind === 'row') running.row = reply.label;
    else if (reply.kind === 'done') finish({ kind: 'done', view: reply.view });
    else finish({ kind: 'failed', message: reply.message });
  };

  const onError = (event: Event): void => {
    dropWorker();
    if (running) finish({ kind: 'failed', cause: 'worker', message: workerErrorText(event) });
  };

  const onMessageError = (): void => {
    dropWorker();
    if (running) finish({ kind: 'failed', cause: 'reply', message: 'the reply could not be read' });
  };

  const ensureWorker = (): WorkerLike => {
    if (!worker) {
      worker = createWorker();
      worker.onmessage = onMessage;
      worker.onerror = onError;
      worker.onmessageerror = onMessageError;
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
      dropWorker();
      finish({
        kind: 'timeout',
        limitMs,
        staticDiagnostics: job?.staticDiagnostics ?? [],
        ...(job?.row ? { row: job.row } : {}),
        stage: job?.analysed ? 'evaluation' : 'analysis',
        // Only a row's evaluation runs the pattern; the analysis never does.
        regex: Boolean(job?.regex && job.row !== undefined),
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
        waiting.push({
          id: nextId++,
          request,
          resolve,
          staticDiagnostics: [],
          analysed: false,
          regex: false,
        });
        startNext();
      }),
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
      dropWorker();
    },
  };
}
