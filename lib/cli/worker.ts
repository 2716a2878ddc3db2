/**
 * The evaluation worker: runs jobs one at a time and reports progress, so the main thread can
 * kill it when one evaluation hangs (a regular expression backtracking catastrophically blocks
 * its thread; only terminating the thread stops it).
 */

import { parentPort } from 'node:worker_threads';
import { runJob } from './jobs';
import type { JobMessage, WorkerMessage } from './protocol';
import { errorText } from '../util/error-text';

export function runWorker(): void {
  const port = parentPort;
  if (!port) return;
  const send = (m: WorkerMessage): void => port.postMessage(m);
  port.on('message', ({ id, job }: JobMessage) => {
    // Starts the supervisor's clock: the worker's own start-up time is not the job's.
    send({ id, type: 'progress', where: 'the expression itself' });
    try {
      const output = runJob(job, {
        analysis: (diagnostics) => send({ id, type: 'analysis', diagnostics }),
        progress: (where) => send({ id, type: 'progress', where }),
      });
      send({ id, type: 'done', output });
    } catch (e) {
      // The engine promises never to throw; if it does, report one line, never a stack trace.
      send({ id, type: 'failed', message: errorText(e) });
    }
  });
}
