import type { JSX } from 'preact';
import type { ProofFix } from '../../proof';
import { CopyButton } from '../common/CopyButton';
import { uiLocale } from '../../i18n';
import { corpusLabel } from './diagnostic-text';
import { formatOutput } from './format';
import { t } from '../../i18n/linter';

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
      <h3 id={headingId}>{t('fixHeading')}</h3>
      <div class="side-by-side">
        <figure>
          <figcaption>{t('yours')}</figcaption>
          <pre class="mono">{original}</pre>
        </figure>
        <figure>
          <figcaption>{t('fix')}</figcaption>
          <pre class="mono">{fix.expression}</pre>
          <div class="actions">
            <CopyButton text={() => fix.expression} name={t('copyFix')} label={t('copyFix')} />
            <button type="button" onClick={() => onUse(fix.expression)}>
              {t('useFix')}
            </button>
          </div>
        </figure>
      </div>
      {fix.uniqueVariant && (
        <figure>
          <figcaption>{t('uniqueFix')}</figcaption>
          <pre class="mono">{fix.uniqueVariant}</pre>
          <div class="actions">
            <CopyButton
              text={() => fix.uniqueVariant ?? null}
              name={t('copyUniqueFix')}
              label={t('copyUniqueFix')}
            />
            <button type="button" onClick={() => onUse(fix.uniqueVariant!)}>
              {t('useUniqueFix')}
            </button>
          </div>
        </figure>
      )}
      {fix.changes.length === 0 ? (
        <p class="muted">{t('noChanges')}</p>
      ) : (
        <table class="changes stack">
          <caption>{t('changesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('input')}</th>
              <th scope="col">{t('before')}</th>
              <th scope="col">{t('after')}</th>
            </tr>
          </thead>
          <tbody>
            {fix.changes.map((c) => (
              <tr key={c.recordId}>
                <th scope="row" class="mono pre" data-label={t('input')}>
                  {c.inputIsLabel
                    ? corpusLabel({ id: c.recordId, source: 'corpus', label: c.input })
                    : c.input === ''
                      ? t('emptyString')
                      : c.input}
                </th>
                <td class="mono pre" data-label={t('before')}>
                  {c.beforeError !== undefined
                    ? uiLocale() === 'zh-CN'
                      ? t('cannotEvaluate')
                      : c.beforeError
                    : formatOutput(c.before)}
                </td>
                <td class="mono pre" data-label={t('after')}>
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
