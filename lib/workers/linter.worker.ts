import { runLintJob } from './lint-job';
import type { LintJobMessage, LintWorkerReply } from './lint-protocol';
import { errorText } from '../util/error-text';

/**
 * The linter's worker: evaluation runs here so a regular expression that backtracks forever
 * freezes this thread, not the popup; the page terminates and replaces the worker on a timeout.
 */
const post = (reply: LintWorkerReply): void =>
  (self as unknown as { postMessage(message: unknown): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<LintJobMessage>) => {
  const { id, request } = event.data;
  try {
    const view = runLintJob(request, {
      onStatic: (diagnostics, regex) => post({ id, kind: 'static', diagnostics, regex }),
      onRow: (index, label) => post({ id, kind: 'row', index, label }),
    });
    post({ id, kind: 'done', view });
  } catch (error) {
    post({ id, kind: 'failed', message: errorText(error) });
  }
});
