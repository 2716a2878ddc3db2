import type { WorkerLike } from './lint-client';

/** Starts the dry-run's worker (bundled by Vite as its own chunk, like the linter's). */
export function startDryRunWorker(): WorkerLike {
  return new Worker(new URL('./dryrun.worker.ts', import.meta.url), { type: 'module' });
}
