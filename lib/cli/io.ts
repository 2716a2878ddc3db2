import type { Supervisor } from './supervisor';

/** What the CLI reads and writes: the process in dist/scim-expr.js, a fake in tests. */
export interface CliIO {
  stdin: AsyncIterable<Uint8Array | string>;
  /** Writes one line of stdout (the newline is added). */
  out(line: string): Promise<void>;
  /** Writes one line of stderr. */
  err(line: string): void;
  supervisor(timeoutMs: number): Supervisor;
  /** Reads a file named on the command line (triage --logs); Node's readFile by default. */
  readFile?: (path: string) => Promise<Uint8Array>;
}
