import type { ProblemFilter } from '../dryrun';
import {
  PROGRESS_ROWS,
  type DryRunCommand,
  type DryRunReply,
  type LoadedFile,
  type Phase,
  type RunOutcome,
  type RunRequest,
} from './dryrun-protocol';
import { DryRunReplySchema } from './dryrun-replies';
import { workerErrorText, type WorkerLike } from './lint-client';
import { describeIssue } from './reply-schemas';

export type OnProgress = (phase: Phase, done: number, total: number) => void;

/** Where an operation went silent for `stallMs`, in the units of its phase (see `Phase`). */
export interface Stall {
  phase: Phase;
  done: number;
  total: number;
  /** `run`: the 0-based index of the row the run hangs on, when the client could find it. */
  row?: number;
  /** `run`: the expression runs a regular expression (the one step that can hang a row). */
  regex: boolean;
}

export type Result<T> =
  | { kind: 'ok'; value: T }
  /** Cancelled by the admin, or replaced by a newer operation. */
  | { kind: 'cancelled' }
  /** No progress for `stallMs`: the worker was terminated. */
  | { kind: 'stalled'; stall: Stall }
  /**
   * `cause`: `worker` when the worker failed to load or crashed, `reply` when it sent something
   * the client cannot read; absent when the operation itself reported a failure.
   */
  | { kind: 'failed'; message: string; cause?: 'worker' | 'reply' };

/** Loads a CSV and runs the dry-run off the page's thread. One operation at a time. */
export interface DryRunClient {
  load(file: Blob, onProgress: OnProgress): Promise<Result<LoadedFile>>;
  run(request: RunRequest, onProgress: OnProgress): Promise<Result<RunOutcome>>;
  exportCsv(filter: ProblemFilter): Promise<Result<{ csv: string; count: number }>>;
  /** Stops the running operation; the file is read again before the next one. */
  cancel(): void;
  dispose(): void;
}

/**
 * No progress for this long means one step is stuck: the worker reports at least every
 * PROGRESS_INTERVAL_MS while it moves, and a row's evaluation is cut off after 50 ms except
 * inside a regular expression.
 */
export const DRYRUN_STALL_MS = 8000;

/** The reply that completes each command. */
const ANSWER: Record<DryRunCommand['type'], DryRunReply['type']> = {
  load: 'loaded',
  run: 'ran',
  locate: 'located',
  export: 'exported',
};

const FIRST_PHASE: Record<DryRunCommand['type'], Phase> = {
  load: 'read',
  run: 'run',
  locate: 'locate',
  export: 'run',
};

interface Pending {
  onProgress?: OnProgress;
  resolve: (result: Result<unknown>) => void;
  answer: DryRunReply['type'];
  phase: Phase;
  done: number;
  total: number;
  regex: boolean;
}

export function createWorkerDryRunClient(
  createWorker: () => WorkerLike,
  stallMs = DRYRUN_STALL_MS,
): DryRunClient {
  let worker: WorkerLike | null = null;
  /** The worker lost its copy of the file (cancelled or stalled): send it again first. */
  let needsReload = false;
  let file: Blob | null = null;
  let pending: Pending | null = null;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const kill = (): void => {
    clearTimeout(watchdog);
    worker?.terminate();
    worker = null;
    pending = null;
    needsReload = file !== null;
  };

  /** Ends the pending operation with `result` and drops the worker. */
  const abandon = (result: Result<unknown>): void => {
    const p = pending;
    kill();
    p?.resolve(result);
  };

  const arm = (): void => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      const p = pending;
      if (!p) return;
      const { phase, done, total, regex } = p;
      abandon({ kind: 'stalled', stall: { phase, done, total, regex } });
    }, stallMs);
  };

  const onMessage = (event: MessageEvent): void => {
    const p = pending;
    if (!p) return;
    const parsed = DryRunReplySchema.safeParse(event.data);
    if (!parsed.success) {
      abandon({ kind: 'failed', cause: 'reply', message: describeIssue(parsed.error) });
      return;
    }
    const reply = parsed.data;
    if (reply.type === 'progress') {
      p.phase = reply.phase;
      p.done = reply.done;
      p.total = reply.total;
      p.onProgress?.(reply.phase, reply.done, reply.total);
      arm();
      return;
    }
    if (reply.type === 'evaluating') {
      p.regex = reply.regex;
      arm();
      return;
    }
    clearTimeout(watchdog);
    pending = null;
    if (reply.type === 'failed') p.resolve({ kind: 'failed', message: reply.message });
    else if (reply.type !== p.answer) {
      kill();
      p.resolve({ kind: 'failed', cause: 'reply', message: `"${reply.type}" out of turn` });
    } else if (reply.type === 'loaded') p.resolve({ kind: 'ok', value: reply.file });
    else if (reply.type === 'ran') p.resolve({ kind: 'ok', value: reply.outcome });
    else if (reply.type === 'exported') {
      p.resolve({ kind: 'ok', value: { csv: reply.csv, count: reply.count } });
    } else p.resolve({ kind: 'ok', value: undefined });
  };

  const send = <T>(command: DryRunCommand, onProgress?: OnProgress): Promise<Result<T>> =>
    new Promise<Result<T>>((resolve) => {
      // A newer operation replaces an older one that is still running.
      if (pending) abandon({ kind: 'cancelled' });
      if (!worker) {
        worker = createWorker();
        worker.onmessage = onMessage;
        worker.onerror = (event) =>
          abandon({ kind: 'failed', cause: 'worker', message: workerErrorText(event) });
        worker.onmessageerror = () =>
          abandon({ kind: 'failed', cause: 'reply', message: 'the reply could not be read' });
      }
      pending = {
        ...(onProgress ? { onProgress } : {}),
        resolve: resolve as (r: Result<unknown>) => void,
        answer: ANSWER[command.type],
        phase: FIRST_PHASE[command.type],
        done: command.type === 'locate' ? command.from : 0,
        total: command.type === 'locate' ? command.to : 0,
        regex: false,
      };
      worker.postMessage(command);
      arm();
    });

  const reloadIfNeeded = async (onProgress?: OnProgress): Promise<Result<unknown> | null> => {
    if (!needsReload || !file) return null;
    needsReload = false;
    const reloaded = await send<LoadedFile>({ type: 'load', file }, onProgress);
    return reloaded.kind === 'ok' ? null : reloaded;
  };

  /**
   * A run went silent after `stall.done` rows. The row it hangs on lies within PROGRESS_ROWS
   * rows of that (the worker reports at least that often): evaluate those again in a fresh
   * worker that announces every row, and name the one it goes silent on.
   */
  const locate = async (
    request: RunRequest,
    stall: Stall,
    onProgress: OnProgress,
  ): Promise<Result<RunOutcome>> => {
    const from = stall.done;
    const to = Math.min(stall.total, from + PROGRESS_ROWS);
    const searching: OnProgress = () => onProgress('locate', from, to);
    const reloaded = await reloadIfNeeded(searching);
    if (reloaded?.kind === 'cancelled') return { kind: 'cancelled' };
    if (reloaded) return { kind: 'stalled', stall };
    const found = await send<undefined>({ type: 'locate', request, from, to }, onProgress);
    if (found.kind === 'cancelled') return found;
    if (found.kind === 'stalled' && found.stall.phase === 'locate') {
      return { kind: 'stalled', stall: { ...stall, row: found.stall.done } };
    }
    // It did not hang again (or failed otherwise): the run's own report is all there is.
    return { kind: 'stalled', stall };
  };

  return {
    load: (blob, onProgress) => {
      file = blob;
      needsReload = false;
      return send<LoadedFile>({ type: 'load', file: blob }, onProgress);
    },
    run: async (request, onProgress) => {
      const failed = await reloadIfNeeded(onProgress);
      if (failed) return failed as Result<RunOutcome>;
      const result = await send<RunOutcome>({ type: 'run', request }, onProgress);
      if (result.kind !== 'stalled' || result.stall.phase !== 'run') return result;
      return locate(request, result.stall, onProgress);
    },
    exportCsv: async (filter) => {
      const failed = await reloadIfNeeded();
      if (failed) return failed as Result<{ csv: string; count: number }>;
      return send({ type: 'export', filter });
    },
    cancel: () => abandon({ kind: 'cancelled' }),
    dispose: () => {
      abandon({ kind: 'cancelled' });
      file = null;
    },
  };
}
