import type { LintClient } from './lint-client';
import { runLintJob } from './lint-job';
import { errorText } from '../util/error-text';

/**
 * Runs checks on the calling thread. For tests (happy-dom has no module workers) and for
 * contexts without `Worker`; it offers no protection against a runaway regular expression.
 */
export function createInlineLintClient(): LintClient {
  return {
    check: async (request) => {
      await Promise.resolve();
      try {
        return { kind: 'done', view: runLintJob(request) };
      } catch (error) {
        return { kind: 'failed', message: errorText(error) };
      }
    },
    dispose: () => undefined,
  };
}
