import type { DryRunClient, Result } from './dryrun-client';
import { DryRunSession } from './dryrun-job';
import { errorText } from '../util/error-text';

/** Runs the dry-run on the calling thread: for component tests (happy-dom has no workers). */
export function createInlineDryRunClient(): DryRunClient {
  const session = new DryRunSession();
  const attempt = async <T>(work: () => T | Promise<T>): Promise<Result<T>> => {
    try {
      return { kind: 'ok', value: await work() };
    } catch (error) {
      return { kind: 'failed', message: errorText(error) };
    }
  };
  return {
    load: (blob, onProgress) => attempt(async () => session.load(await blob.text(), onProgress)),
    run: (request, onProgress) => attempt(() => session.run(request, onProgress)),
    exportCsv: (filter) => attempt(() => session.exportCsv(filter)),
    cancel: () => undefined,
    dispose: () => undefined,
  };
}
