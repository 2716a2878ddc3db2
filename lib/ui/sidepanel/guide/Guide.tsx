import type { JSX } from 'preact';
import { CopyOutline } from '../outline/CopyOutline';
import { FillControl } from './FillControl';
import './guide.css';
import { ReportExport } from './ReportExport';
import { ResetProgress } from './ResetProgress';
import type { StepContext } from './StepBody';
import { StepItem, stepTitle } from './StepItem';
import { t } from '../../../i18n/guide';
import { useGuide, type Guide as GuideData } from './useGuide';

function Context({ guide }: { guide: GuideData }): JSX.Element {
  const d = guide.directory;
  const a = guide.app;
  return (
    <p class="context muted">
      {d
        ? t('directory', {
            name: `${d.directoryId ?? '—'} (${t(d.site === 'cn' ? 'siteCn' : 'siteIntl')})`,
          })
        : t('noDirectory')}
      <br />
      {a?.objectId ? t('app', { name: a.name ?? t('unnamedApp') }) : t('noApp')}
    </p>
  );
}

/** Says which step the page could not be recognized as, and that the instructions below apply. */
function Unrecognized({ guide }: { guide: GuideData }): JSX.Element | null {
  const f = guide.followed;
  if (f?.kind !== 'entra') return null;
  if (f.tab.unrecognized) {
    const n = f.tab.unrecognized;
    return (
      <>
        <p class="notice" role="note">
          {t('unconfirmed', { n, title: stepTitle(n), what: t('unconfirmedWhat') })}
        </p>
        <CopyOutline tabId={f.tabId} />
      </>
    );
  }
  if (f.tab.formProblem === 'hidden') {
    return (
      <p class="notice" role="note">
        {t('formHidden')}
      </p>
    );
  }
  return null;
}

/**
 * The guide: the six steps with their states, the current one marked `aria-current="step"`,
 * following the console page the admin is on; the fill button; report; reset.
 */
export function Guide(): JSX.Element {
  const guide = useGuide();
  return (
    <section aria-labelledby="guide-heading" class="guide">
      <h2 id="guide-heading">{t('heading')}</h2>
      {guide === undefined ? (
        <p class="muted">…</p>
      ) : (
        <>
          <Context guide={guide} />
          <FillControl guide={guide} />
          <Unrecognized guide={guide} />
          <ol class="steps" aria-label={t('stepsLabel')}>
            {guide.steps.map((step) => (
              <StepItem key={step.n} step={step} ctx={contextOf(guide)} />
            ))}
          </ol>
          <div class="guide-actions">
            <ReportExport guide={guide} />
            <ResetProgress directoryKey={guide.directoryKey} />
          </div>
        </>
      )}
    </section>
  );
}

function contextOf(guide: GuideData): StepContext {
  return {
    directory: guide.directory,
    secret: guide.input.secret,
    app: guide.app,
    host: guide.host,
    directoryKey: guide.directoryKey,
    appKey: guide.appKey,
  };
}
