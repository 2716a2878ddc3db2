import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { triageText } from '../../../i18n/triage';
import { groupsCsv } from '../../../triage/export';
import type { TriageResult } from '../../../triage';
import {
  runTriageInWorker,
  type TriagePhase,
  type TriageRun,
} from '../../../workers/triage-client';
import { DisclosureButton } from '../../common/Disclosure';
import { Message } from '../../common/Message';
import { downloadCsv } from './download';
import { GroupView } from './GroupView';
import './triage.css';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; phase: TriagePhase; fraction: number }
  | { kind: 'done'; result: TriageResult; files: string }
  | { kind: 'failed'; message: string };

const PHASE_TEXT = { read: 'reading', parse: 'parsing', classify: 'classifying' } as const;

/**
 * Offline triage of an Entra provisioning-log download: open or drop the file(s), read and
 * grouped in a worker with progress, failures shown by CloudSSO cause (lib/triage).
 */
export function TriagePanel(): JSX.Element {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const run = useRef<TriageRun | null>(null);

  const start = (list: FileList | null): void => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    run.current?.cancel();
    setState({ kind: 'running', phase: 'read', fraction: 0 });
    const current = runTriageInWorker(files, (phase, fraction) => {
      if (run.current === current) setState({ kind: 'running', phase, fraction });
    });
    run.current = current;
    void current.result.then((r) => {
      if (run.current !== current) return;
      run.current = null;
      setState(
        r.ok
          ? { kind: 'done', result: r.value, files: files.map((f) => f.name).join(', ') }
          : r.message === 'cancelled'
            ? { kind: 'failed', message: triageText('cancelled') }
            : { kind: 'failed', message: triageText('failed', { reason: r.message }) },
      );
    });
  };

  return (
    <section class="card triage-panel" aria-label={triageText('region')} id="log-triage">
      <h2>
        <DisclosureButton open={open} onToggle={setOpen} controls="triage-body">
          {triageText('region')}
        </DisclosureButton>
      </h2>
      <div id="triage-body" hidden={!open}>
        <p class="muted">{triageText('intro')}</p>
        <div
          class={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            start(e.dataTransfer?.files ?? null);
          }}
        >
          <label class="button primary file-button">
            {triageText('choose')}
            <input
              type="file"
              class="visually-hidden"
              accept=".json,.csv,application/json,text/csv"
              multiple
              data-testid="triage-file"
              onChange={(e) => {
                start(e.currentTarget.files);
                e.currentTarget.value = '';
              }}
            />
          </label>
          <span class="caption muted">{triageText('drop')}</span>
        </div>
        <Progress state={state} onCancel={() => run.current?.cancel()} />
        {state.kind === 'failed' ? (
          <Message tone="error" role="alert">
            {state.message}
          </Message>
        ) : null}
        {state.kind === 'done' ? <Results result={state.result} files={state.files} /> : null}
      </div>
    </section>
  );
}

function Progress({ state, onCancel }: { state: State; onCancel: () => void }) {
  if (state.kind !== 'running') return null;
  const percent = Math.round(state.fraction * 100);
  const label = triageText(PHASE_TEXT[state.phase], { percent });
  return (
    <div class="triage-progress" role="status">
      <progress max={100} value={percent} aria-label={label} />
      <span class="caption">{label}</span>
      <button type="button" class="subtle" onClick={onCancel}>
        {commonText('cancel')}
      </button>
    </div>
  );
}

function Results({ result, files }: { result: TriageResult; files: string }): JSX.Element {
  return (
    <div class="triage-results" data-testid="triage-results">
      <p role="status">
        {triageText('summary', {
          entries: result.entries.toLocaleString(),
          failures: result.failures.toLocaleString(),
          files,
        })}
      </p>
      {result.warnings.slice(0, 5).map((w, i) => (
        <Message key={i} tone="warn">
          {w}
        </Message>
      ))}
      {result.failures === 0 ? (
        <Message tone="ok">{triageText('noFailures')}</Message>
      ) : (
        <>
          {result.groups.map((g) => (
            <GroupView key={g.cause} group={g} />
          ))}
          <div class="step-actions">
            <button
              type="button"
              onClick={() => downloadCsv(groupsCsv(result.groups), 'provisioning-failures')}
            >
              {triageText('exportAll')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
