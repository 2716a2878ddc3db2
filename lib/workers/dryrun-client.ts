import type { ProblemFilter } from '../dryrun';
import type {
  DryRunCommand,
  DryRunReply,
  LoadedFile,
  Phase,
  RunOutcome,
  RunRequest,
} from './dryrun-protocol';
import type { WorkerLike } from './lint-client';

export type OnProgress = (phase: Phase, done: number, total: number) => void;

export type Result<T> =
  | { kind: 'ok'; value: T }
  /** Cancelled by the admin, or replaced by a newer operation. */
  | { kind: 'cancelled' }
  /** No progress for `stallMs`: the worker was terminated (a runaway regex, most likely). */
  | { kind: 'stalled'; phase: Phase; done: number }
  | { kind: 'failed'; message: string };

/** Loads a CSV and runs the dry-run off the page's thread. One operation at a time. */
export interface DryRunClient {
  load(file: Blob, onProgress: OnProgress): Promise<Result<LoadedFile>>;
  run(request: RunRequest, onProgress: OnProgress): Promise<Result<RunOutcome>>;
  exportCsv(filter: ProblemFilter): Promise<Result<{ csv: string; count: number }>>;
  /** Stops the running operation; the file is read again before the next one. */
  cancel(): void;
  dispose(): void;
}

/** No progress for this long means a row is stuck; normal runs post progress every few ms. */
export const DRYRUN_STALL_MS = 8000;

interface Pending {
  onProgress?: OnProgress;
  resolve: (result: Result<unknown>) => void;
  phase: Phase;
  done: number;
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

  const arm = (): void => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      const p = pending;
      kill();
      p?.resolve({ kind: 'stalled', phase: p.phase, done: p.done });
    }, stallMs);
  };

  const kill = (): void => {
    clearTimeout(watchdog);
    worker?.terminate();
    worker = null;
    pending = null;
    needsReload = file !== null;
  };

  const onMessage = (event: MessageEvent): void => {
    const reply = event.data as DryRunReply;
    const p = pending;
    if (!p) return;
    if (reply.type === 'progress') {
      p.phase = reply.phase;
      p.done = reply.done;
      p.onProgress?.(reply.phase, reply.done, reply.total);
      arm();
      return;
    }
    clearTimeout(watchdog);
    pending = null;
    if (reply.type === 'failed') p.resolve({ kind: 'failed', message: reply.message });
    else if (reply.type === 'loaded') p.resolve({ kind: 'ok', value: reply.file });
    else if (reply.type === 'ran') p.resolve({ kind: 'ok', value: reply.outcome });
    else p.resolve({ kind: 'ok', value: { csv: reply.csv, count: reply.count } });
  };

  const send = <T>(command: DryRunCommand, onProgress?: OnProgress): Promise<Result<T>> =>
    new Promise<Result<T>>((resolve) => {
      // A newer operation replaces an older one that is still running.
      if (pending) {
        const old = pending;
        kill();
        old.resolve({ kind: 'cancelled' });
      }
      if (!worker) {
        worker = createWorker();
        worker.onmessage = onMessage;
      }
      pending = {
        ...(onProgress ? { onProgress } : {}),
        resolve: resolve as (r: Result<unknown>) => void,
        phase: command.type === 'run' ? 'run' : 'read',
        done: 0,
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

  return {
    load: (blob, onProgress) => {
      file = blob;
      needsReload = false;
      return send<LoadedFile>({ type: 'load', file: blob }, onProgress);
    },
    run: async (request, onProgress) => {
      const failed = await reloadIfNeeded(onProgress);
      if (failed) return failed as Result<RunOutcome>;
      return send<RunOutcome>({ type: 'run', request }, onProgress);
    },
    exportCsv: async (filter) => {
      const failed = await reloadIfNeeded();
      if (failed) return failed as Result<{ csv: string; count: number }>;
      return send({ type: 'export', filter });
    },
    cancel: () => {
      const p = pending;
      kill();
      p?.resolve({ kind: 'cancelled' });
    },
    dispose: () => {
      const p = pending;
      kill();
      p?.resolve({ kind: 'cancelled' });
      file = null;
    },
  };
}
