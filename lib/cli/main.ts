/**
 * Entry point of dist/scim-expr.js. The same file is the evaluation worker: the main thread
 * starts it again as a worker thread, so the CLI stays one self-contained file.
 */

import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { runCli, EXIT_USAGE } from './run';
import { Supervisor } from './supervisor';
import { runWorker } from './worker';
import { errorText } from '../util/error-text';

async function main(): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      stdin: process.stdin,
      out: async (line) => {
        if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
      },
      err: (line) => process.stderr.write(`${line}\n`),
      supervisor: (timeoutMs) => new Supervisor(script, timeoutMs),
    });
  } catch (e) {
    process.stderr.write(`scim-expr: internal error: ${errorText(e)}\n`);
    process.exitCode = EXIT_USAGE;
  }
}

if (isMainThread) void main();
else runWorker();
