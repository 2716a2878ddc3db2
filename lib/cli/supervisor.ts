/**
 * Runs jobs in one long-lived worker thread with a hard time limit per evaluation. A worker that
 * overruns is terminated and replaced on the next job, so --batch pays the start-up cost once
 * (and again only after a kill).
 */

import { Worker } from 'node:worker_threads';
import type { DiagnosticOutput, Job, JobMessage, JobOutput, WorkerMessage } from './protocol';

export type JobResult =
  | { kind: 'done'; output: JobOutput }
  /** The job overran: what it was doing when it was stopped. */
  | { kind: 'timeout'; where: string; analysis: DiagnosticOutput[] | undefined }
  | { kind: 'failed'; message: string };

export class Supervisor {
  private worker: Worker | undefined;
  private nextId = 1;

  constructor(
    private readonly script: string,
    private readonly timeoutMs: number,
  ) {}

  run(job: Job): Promise<JobResult> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<JobResult>((resolve) => {
      let where = 'the expression itself';
      let analysis: DiagnosticOutput[] | undefined;
      let timer: NodeJS.Timeout | undefined;
      const finish = (r: JobResult): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(r);
      };
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.kill();
          finish({ kind: 'timeout', where, analysis });
        }, this.timeoutMs);
      };
      const onMessage = (m: WorkerMessage): void => {
        if (m.id !== id) return;
        if (m.type === 'analysis') analysis = m.diagnostics;
        else if (m.type === 'progress') {
          where = m.where;
          arm();
        } else if (m.type === 'done') finish({ kind: 'done', output: m.output });
        else finish({ kind: 'failed', message: m.message });
      };
      const onError = (e: Error): void => {
        this.kill();
        finish({ kind: 'failed', message: e.message });
      };
      const onExit = (code: number): void => {
        this.worker = undefined;
        finish({ kind: 'failed', message: `the evaluation worker stopped (exit code ${code})` });
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // The clock starts with the worker's first progress report, so a slow worker start-up on a
      // loaded machine is not mistaken for a hanging evaluation.
      const msg: JobMessage = { id, job };
      worker.postMessage(msg);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(this.script, {
        // A runaway Replace cannot take the machine's memory with it.
        resourceLimits: { maxOldGenerationSizeMb: 512 },
        stdout: false,
        stderr: false,
      });
    }
    return this.worker;
  }

  private kill(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }
}
