import type { WorkerLike } from './lint-client';

/**
 * Starts the linter's worker. Vite bundles `linter.worker.ts` (and the engine it imports) as a
 * separate chunk of the extension because of the `new URL(..., import.meta.url)` form.
 */
export function startLinterWorker(): WorkerLike {
  return new Worker(new URL('./linter.worker.ts', import.meta.url), { type: 'module' });
}
