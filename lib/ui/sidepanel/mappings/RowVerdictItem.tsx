import type { JSX } from 'preact';
import { mappingText } from '../../../i18n/mappings';
import type { RowVerdict } from '../../../mappings/check';
import { rowExpression } from '../../../mappings/expression';
import { sendToLinter } from '../../../storage';
import { CopyButton } from '../../common/CopyButton';
import { proofReason } from '../../linter/diagnostic-text';
import { useAnnounce } from '../status';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const TONE = { 'proven-safe': 'ok', unsafe: 'error', unknown: 'warn' } as const;
const LABEL = { 'proven-safe': 'safe', unsafe: 'unsafe', unknown: 'unknown' } as const;

const LONG = 40;
/** A value as one short line: a long one (a length bound) shows its start and its length. */
function shortValue(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length <= LONG ? text : `${text.slice(0, 24)}…" (${text.length - 2})`;
}

/** What the broken input looks like: the attribute values as one short line. */
function inputText(attrs: Record<string, unknown>): string {
  return Object.entries(attrs)
    .map(([k, v]) => `${k}=${shortValue(v)}`)
    .join(', ');
}

/** One verdict, with the fix to copy and to open in the linter (the admin pastes it in Entra). */
export function VerdictBody({
  verdict,
  target,
}: {
  verdict: Omit<RowVerdict, 'index' | 'row'>;
  target: string;
}): JSX.Element {
  const announce = useAnnounce();
  const v = verdict;
  return (
    <>
      <span class={`badge tone-${TONE[v.verdict]}`} data-verdict={v.verdict}>
        {mappingText(LABEL[v.verdict])}
      </span>
      {v.counterexample ? (
        <p class="caption">
          {mappingText(
            Object.keys(v.counterexample.attrs).length === 0 ? 'breaksEmpty' : 'breaksWith',
            {
              input: inputText(v.counterexample.attrs),
              output:
                v.counterexample.output === null
                  ? mappingText('nothingSent')
                  : shortValue(v.counterexample.output),
            },
          )}
        </p>
      ) : null}
      {v.verdict !== 'proven-safe' && v.reason ? (
        <details class="caption">
          <summary>{mappingText('why')}</summary>
          <p>{proofReason({ ...v, reason: v.reason })}</p>
        </details>
      ) : null}
      {v.verdict === 'proven-safe' ? null : v.fix ? (
        <div class="mapping-fix">
          <span class="caption muted">{mappingText('fix')}</span>
          <code class="mono fix-text">{v.fix}</code>
          <div class="actions">
            <CopyButton
              name={mappingText('copyFixName', { target })}
              label={mappingText('copyFix')}
              text={() => v.fix ?? null}
            />
            <button
              type="button"
              class="link"
              aria-label={mappingText('checkInLinterName', { target })}
              onClick={() =>
                sendToLinter(v.fix!, v.targetId).then(
                  () => announce(mappingText('sentToLinter'), 'ok'),
                  (e: unknown) => announce(reason(e), 'error'),
                )
              }
            >
              {mappingText('checkInLinter')}
            </button>
          </div>
        </div>
      ) : (
        <p class="caption">{mappingText('noFix')}</p>
      )}
    </>
  );
}

export function RowVerdictItem({ verdict }: { verdict: RowVerdict }): JSX.Element {
  const row = verdict.row;
  return (
    <li class="mapping-row" data-target={row.target} data-verdict={verdict.verdict}>
      <div class="mapping-head">
        <code class="mono target">{row.target}</code>
        <span class="caption muted">
          {' ← '}
          {mappingText(row.kind)}
        </span>
      </div>
      <code class="mono source">{rowExpression(row)}</code>
      <VerdictBody verdict={verdict} target={row.target} />
    </li>
  );
}
