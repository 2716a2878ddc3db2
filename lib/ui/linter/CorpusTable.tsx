import type { JSX } from 'preact';
import type { RowResult } from '../../lint';
import { CopyButton } from './CopyButton';
import { copyableOutput, formatInputs, formatOutput } from './format';
import { t } from '../../i18n/linter';
import { TableScroll } from './TableScroll';

interface Props {
  rows: readonly RowResult[];
  failing: number;
}

/** The built-in hard names and the admin's own samples: input, output, pass or fail and why. */
export function CorpusTable({ rows, failing }: Props): JSX.Element | null {
  if (rows.length === 0) return null;
  return (
    <TableScroll label={t('corpusHeading')}>
      <table class="corpus">
        <caption>{t('corpusCaption', { total: rows.length, fail: failing })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colTest')}</th>
            <th scope="col">{t('colInput')}</th>
            <th scope="col">{t('colOutput')}</th>
            <th scope="col">{t('colResult')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const status = !r.pass ? 'fail' : r.violations.length > 0 ? 'warn' : 'pass';
            const reasons = r.error ? [r.error.message] : r.violations.map((v) => v.message);
            return (
              <tr key={r.id} class={`row-${status}`}>
                <th scope="row">
                  {r.label}
                  {r.source === 'sample' && <span class="muted"> ({t('ownSample')})</span>}
                </th>
                <td class="mono pre">{formatInputs(r.inputs)}</td>
                <td class="mono pre">
                  <span class="value">{r.error ? '—' : formatOutput(r.output)}</span>
                  {!r.error && copyableOutput(r.output) !== '' && (
                    <>
                      {' '}
                      <CopyButton
                        text={copyableOutput(r.output)}
                        name={t('copyOutputOf', { name: r.label })}
                      />
                    </>
                  )}
                </td>
                <td>
                  <span class={`badge result-${status}`}>
                    {status === 'fail'
                      ? t('fail')
                      : status === 'warn'
                        ? t('passWithWarning')
                        : t('pass')}
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
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
