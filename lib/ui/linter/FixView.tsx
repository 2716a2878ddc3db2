import type { JSX } from 'preact';
import type { ProofFix } from '../../proof';
import { CopyButton } from '../common/CopyButton';
import { uiLocale } from '../../i18n';
import { corpusLabel } from './diagnostic-text';
import { formatOutput } from './format';
import { linterText } from '../../i18n/linter';

interface Props {
  original: string;
  fix: ProofFix;
  onUse: (expression: string) => void;
  headingId: string;
}

/** The admin's expression beside the proven-safe fix, and what the fix changes for test names. */
export function FixView({ original, fix, onUse, headingId }: Props): JSX.Element {
  return (
    <section class="fix" aria-labelledby={headingId}>
      <h3 id={headingId}>{linterText('fixHeading')}</h3>
      <div class="side-by-side">
        <figure>
          <figcaption>{linterText('yours')}</figcaption>
          <pre class="mono">{original}</pre>
        </figure>
        <figure>
          <figcaption>{linterText('fix')}</figcaption>
          <pre class="mono">{fix.expression}</pre>
          <div class="actions">
            <CopyButton
              text={() => fix.expression}
              name={linterText('copyFix')}
              label={linterText('copyFix')}
            />
            <button type="button" onClick={() => onUse(fix.expression)}>
              {linterText('useFix')}
            </button>
          </div>
        </figure>
      </div>
      {fix.uniqueVariant && (
        <figure>
          <figcaption>{linterText('uniqueFix')}</figcaption>
          <pre class="mono">{fix.uniqueVariant}</pre>
          <div class="actions">
            <CopyButton
              text={() => fix.uniqueVariant ?? null}
              name={linterText('copyUniqueFix')}
              label={linterText('copyUniqueFix')}
            />
            <button type="button" onClick={() => onUse(fix.uniqueVariant!)}>
              {linterText('useUniqueFix')}
            </button>
          </div>
        </figure>
      )}
      {fix.changes.length === 0 ? (
        <p class="muted">{linterText('noChanges')}</p>
      ) : (
        <table class="changes stack">
          <caption>{linterText('changesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{linterText('input')}</th>
              <th scope="col">{linterText('before')}</th>
              <th scope="col">{linterText('after')}</th>
            </tr>
          </thead>
          <tbody>
            {fix.changes.map((c) => (
              <tr key={c.recordId}>
                <th scope="row" class="mono pre" data-label={linterText('input')}>
                  {c.inputIsLabel
                    ? corpusLabel({ id: c.recordId, source: 'corpus', label: c.input })
                    : c.input === ''
                      ? linterText('emptyString')
                      : c.input}
                </th>
                <td class="mono pre" data-label={linterText('before')}>
                  {c.beforeError !== undefined
                    ? uiLocale() === 'zh-CN'
                      ? linterText('cannotEvaluate')
                      : c.beforeError
                    : formatOutput(c.before)}
                </td>
                <td class="mono pre" data-label={linterText('after')}>
                  {formatOutput(c.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
