import {
  PROGRESS_INTERVAL_MS,
  type DryRunCommand,
  type DryRunReply,
  type Phase,
} from './dryrun-protocol';
import { DryRunSession } from './dryrun-job';
import { readText } from './read-text';
import { errorText } from '../util/error-text';

/**
 * The dry-run's worker: parsing and evaluating 100,000 rows happens here, so the side panel
 * keeps answering; progress is posted as it goes. The page terminates it to cancel.
 */
const post = (reply: DryRunReply): void =>
  (self as unknown as { postMessage(message: unknown): void }).postMessage(reply);

const session = new DryRunSession();

self.addEventListener('message', (event: MessageEvent<DryRunCommand>) => {
  void handle(event.data).catch((error: unknown) =>
    post({ type: 'failed', message: errorText(error) }),
  );
});

async function handle(command: DryRunCommand): Promise<void> {
  const progress = (phase: Phase, done: number, total: number): void =>
    post({ type: 'progress', phase, done, total });
  const evaluating = (regex: boolean): void => post({ type: 'evaluating', regex });
  if (command.type === 'load') {
    progress('read', 0, command.file.size);
    const text = await readText(
      command.file,
      (done, total) => progress('read', done, total),
      PROGRESS_INTERVAL_MS,
    );
    post({ type: 'loaded', file: session.load(text, progress) });
  } else if (command.type === 'run') {
    post({ type: 'ran', outcome: session.run(command.request, progress, evaluating) });
  } else if (command.type === 'locate') {
    const { request, from, to } = command;
    session.locate(request, from, to, (index) => progress('locate', index, to), evaluating);
    post({ type: 'located' });
  } else {
    const { csv, count } = session.exportCsv(command.filter);
    post({ type: 'exported', csv, count });
  }
}
