import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { RowResult } from '../../lint';
import { linterText } from '../../i18n/linter';
import { CopyButton } from '../common/CopyButton';
import { DisclosureButton } from '../common/Disclosure';
import { corpusLabel, rowReasons } from './diagnostic-text';
import { copyableOutput, formatInputs, formatOutput } from './format';

interface Props {
  rows: readonly RowResult[];
  failing: number;
  idPrefix: string;
}

function statusOf(r: RowResult): 'fail' | 'warn' | 'pass' {
  return !r.pass ? 'fail' : r.violations.length > 0 ? 'warn' : 'pass';
}

function Row({ r }: { r: RowResult }): JSX.Element {
  const status = statusOf(r);
  const reasons = rowReasons(r);
  const label = corpusLabel(r);
  return (
    <tr class={`row-${status}`}>
      <th scope="row" data-label={linterText('colTest')}>
        {label}
        {r.source === 'sample' && <span class="muted"> ({linterText('ownSample')})</span>}
      </th>
      <td class="mono pre" data-label={linterText('colInput')}>
        {formatInputs(r.inputs)}
      </td>
      <td class="mono pre" data-label={linterText('colOutput')}>
        <span class="value">{r.error ? '—' : formatOutput(r.output)}</span>
        {!r.error && copyableOutput(r.output) !== '' && (
          <CopyButton
            text={() => copyableOutput(r.output)}
            name={linterText('copyOutputOf', { name: label })}
          />
        )}
      </td>
      <td data-label={linterText('colResult')}>
        <span class={`badge result-${status}`}>
          {status === 'fail'
            ? linterText('fail')
            : status === 'warn'
              ? linterText('passWithWarning')
              : linterText('pass')}
        </span>
        {reasons.length > 0 && (
          <ul class="reasons">
            {reasons.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/**
 * The built-in hard names and the admin's own samples: input, output, pass or fail and why;
 * failures and warnings in view, clean passes behind a disclosure. A table when there is room,
 * one card per name when the page is narrow.
 */
export function CorpusTable({ rows, failing, idPrefix }: Props): JSX.Element | null {
  const [showPassing, setShowPassing] = useState(false);
  if (rows.length === 0) return null;
  const notable = rows.filter((r) => statusOf(r) !== 'pass');
  const passing = rows.filter((r) => statusOf(r) === 'pass');
  const passingId = `${idPrefix}-passing`;
  return (
    <>
      <table class="corpus stack">
        <caption>{linterText('corpusCaption', { total: rows.length, fail: failing })}</caption>
        <thead>
          <tr>
            <th scope="col">{linterText('colTest')}</th>
            <th scope="col">{linterText('colInput')}</th>
            <th scope="col">{linterText('colOutput')}</th>
            <th scope="col">{linterText('colResult')}</th>
          </tr>
        </thead>
        <tbody>
          {notable.map((r) => (
            <Row key={r.id} r={r} />
          ))}
        </tbody>
        <tbody id={passingId} hidden={!showPassing}>
          {passing.map((r) => (
            <Row key={r.id} r={r} />
          ))}
        </tbody>
      </table>
      {passing.length > 0 ? (
        <DisclosureButton
          open={showPassing}
          onToggle={setShowPassing}
          controls={passingId}
          class="small"
        >
          {showPassing
            ? linterText('hidePassing')
            : linterText('showPassing', { n: passing.length })}
        </DisclosureButton>
      ) : null}
    </>
  );
}
