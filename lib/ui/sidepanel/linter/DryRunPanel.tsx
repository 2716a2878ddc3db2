import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ALL_PROBLEMS, type ColumnMapping, type ProblemFilter } from '../../../dryrun';
import { uiLocale } from '../../../i18n';
import { getTarget, type TargetId } from '../../../targets/targets';
import {
  createWorkerDryRunClient,
  type OnProgress,
  type Result,
} from '../../../workers/dryrun-client';
import type { LoadedFile, Phase, RunOutcome, RunRequest } from '../../../workers/dryrun-protocol';
import { startDryRunWorker } from '../../../workers/dryrun-worker';
import { useAnnounce } from '../status';
import { DryRunClientContext } from './client-context';
import { DryRunResults } from './DryRunResults';
import { num, sheetRow } from './format';
import { MappingTable } from './MappingTable';
import { dryRunText } from '../../../i18n/dryrun';
import { notAsIntended } from './headline';
import { ProblemRows } from './ProblemRows';
import { failureText, stallText } from './trouble';
import { downloadText } from '../../download';

interface Props {
  expression: string;
  targetId: TargetId;
}

interface Progress {
  phase: Phase;
  done: number;
  total: number;
}

function sameRequest(a: RunRequest, b: RunRequest): boolean {
  return (
    a.expression === b.expression &&
    a.targetId === b.targetId &&
    a.mapping.length === b.mapping.length &&
    a.mapping.every((m, i) => m === b.mapping[i])
  );
}

const download = (text: string, name: string): void => downloadText(text, name, 'text/csv');

/**
 * The bulk dry-run: import an Entra CSV, map its columns, evaluate the linter's expression for
 * every row in a worker, and show failures by reason, empties and collisions.
 */
export function DryRunPanel({ expression, targetId }: Props): JSX.Element {
  const provided = useContext(DryRunClientContext);
  const client = useMemo(() => provided ?? createWorkerDryRunClient(startDryRunWorker), [provided]);
  useEffect(() => (provided ? undefined : () => client.dispose()), [client, provided]);
  const announce = useAnnounce();

  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileName, setFileName] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [filter, setFilter] = useState<ProblemFilter>(ALL_PROBLEMS);
  const [problem, setProblem] = useState('');
  const lastPaint = useRef(0);

  const busy = progress !== null;
  // Progress repaints at most ~10 times a second: enough to see it move, cheap for the panel.
  const onProgress: OnProgress = (phase, done, total) => {
    const now = performance.now();
    if (done < total && now - lastPaint.current < 100) return;
    lastPaint.current = now;
    setProgress({ phase, done, total });
  };

  /** `rows`: the loaded file's row count (passed in: right after a load, `file` is not set yet). */
  const run = async (request: RunRequest, rows: number): Promise<void> => {
    setProblem('');
    setProgress({ phase: 'run', done: 0, total: rows });
    const result = await client.run(request, onProgress);
    setProgress(null);
    if (result.kind === 'ok') {
      setOutcome(result.value);
      setFilter(ALL_PROBLEMS);
      if (result.value.kind === 'invalid') {
        setProblem(dryRunText('invalid'));
        announce(dryRunText('invalid'), 'error');
      } else {
        const r = result.value.report;
        announce(
          dryRunText('finished', {
            bad: num(notAsIntended(r)),
            failed: num(r.failed),
            total: num(r.total),
            empty: num(r.empty),
            collisions: num(r.collisionRows),
          }),
          r.failed + r.empty + r.collisionRows > 0 ? 'warn' : 'ok',
        );
      }
    } else {
      // The worker that held the last report is gone: its rows could no longer be exported.
      setOutcome(null);
      report(result);
    }
  };

  const report = (result: Exclude<Result<unknown>, { kind: 'ok' }>): void => {
    const text =
      result.kind === 'cancelled'
        ? dryRunText('cancelled')
        : result.kind === 'stalled'
          ? stallText(result.stall)
          : failureText(result.message, result.cause);
    setProblem(result.kind === 'cancelled' ? '' : text);
    announce(text, result.kind === 'cancelled' ? 'info' : 'error');
  };

  const load = async (blob: File): Promise<void> => {
    setProblem('');
    setOutcome(null);
    setFile(null);
    setFileName(blob.name);
    setProgress({ phase: 'read', done: 0, total: blob.size });
    const result = await client.load(blob, onProgress);
    setProgress(null);
    if (result.kind !== 'ok') {
      report(result);
      return;
    }
    setFile(result.value);
    setMapping(result.value.mapping);
    announce(dryRunText('loaded', { rows: num(result.value.rowCount) }), 'ok');
    if (expression.trim()) {
      await run({ expression, targetId, mapping: result.value.mapping }, result.value.rowCount);
    }
  };

  const exportRows = async (which: ProblemFilter): Promise<void> => {
    const result = await client.exportCsv(which);
    if (result.kind !== 'ok') {
      report(result);
      return;
    }
    download(result.value.csv, `${fileName.replace(/\.csv$/i, '') || 'entra'}-problems.csv`);
    announce(dryRunText('exported', { n: num(result.value.count) }), 'ok');
  };

  const current: RunRequest = { expression, targetId, mapping };
  const stale = outcome !== null && !sameRequest(outcome.request, current);
  const locale = uiLocale();

  return (
    <section class="dryrun" aria-labelledby="dryrun-heading">
      <h2 id="dryrun-heading">{dryRunText('heading')}</h2>
      <p class="muted">{dryRunText('intro')}</p>
      <label class="field-label" for="dryrun-file">
        {dryRunText('file')}
      </label>
      <input
        id="dryrun-file"
        type="file"
        accept=".csv,text/csv"
        disabled={busy}
        onChange={(e) => {
          const chosen = e.currentTarget.files?.[0];
          if (chosen) void load(chosen);
        }}
      />
      {file && (
        <>
          <p>
            {dryRunText('loadedFile', {
              rows: num(file.rowCount),
              columns: num(file.headers.length),
            })}
          </p>
          {file.warnings.length > 0 && (
            <p class="muted">
              {dryRunText('parseWarnings', { list: file.warnings.slice(0, 3).join('; ') })}
            </p>
          )}
          <MappingTable file={file} mapping={mapping} onChange={setMapping} disabled={busy} />
          <div class="row">
            <button
              type="button"
              class="primary"
              disabled={busy || !expression.trim()}
              onClick={() => void run(current, file.rowCount)}
            >
              {dryRunText('run')}
            </button>
            {!expression.trim() && <span class="muted">{dryRunText('needExpression')}</span>}
          </div>
        </>
      )}
      {progress && (
        <div class="row progress-row">
          <progress
            aria-label={dryRunText('progressLabel')}
            max={Math.max(progress.total, 1)}
            value={progress.done}
          />
          <span>
            {progress.phase === 'run'
              ? dryRunText('phase.run', { done: num(progress.done), total: num(progress.total) })
              : progress.phase === 'locate'
                ? dryRunText('phase.locate', { row: num(sheetRow(progress.done)) })
                : progress.phase === 'parse'
                  ? dryRunText('phase.parse', {
                      percent: Math.floor((100 * progress.done) / Math.max(progress.total, 1)),
                    })
                  : dryRunText('phase.read')}
          </span>
          <button type="button" onClick={() => client.cancel()}>
            {commonText('cancel')}
          </button>
        </div>
      )}
      {problem && <p class="trouble">{problem}</p>}
      {outcome?.kind === 'done' && (
        <section class="dryrun-results" aria-labelledby="dryrun-results-heading">
          <h3 id="dryrun-results-heading">{dryRunText('resultsHeading')}</h3>
          {stale && <p class="trouble">{dryRunText('stale')}</p>}
          <DryRunResults
            report={outcome.report}
            unmapped={outcome.unmapped}
            targetName={getTarget(outcome.request.targetId).name[locale]}
            onFilter={setFilter}
          />
          <ProblemRows
            key={`${filter.code}`}
            report={outcome.report}
            filter={filter}
            onFilter={setFilter}
            onExport={(which) => void exportRows(which)}
            busy={busy}
          />
        </section>
      )}
    </section>
  );
}
