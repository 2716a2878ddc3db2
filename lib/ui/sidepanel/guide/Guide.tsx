import type { JSX } from 'preact';
import { guideText as t } from '../../../i18n/guide';
import { Message } from '../../common/Message';
import { CopyOutline } from '../outline/CopyOutline';
import './guide.css';
import { ReportExport } from './ReportExport';
import { ResetProgress } from './ResetProgress';
import type { StepContext } from './StepBody';
import { StepItem, stepTitle } from './StepItem';
import type { Guide as GuideData } from './useGuide';

function Context({ guide }: { guide: GuideData }): JSX.Element {
  const d = guide.directory;
  const a = guide.app;
  return (
    <p class="context caption muted">
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

/** Says which step the page could not be recognized as, and that the instructions apply. */
export function Unrecognized({ guide }: { guide: GuideData }): JSX.Element | null {
  const f = guide.followed;
  if (f?.kind !== 'entra') return null;
  if (f.tab.unrecognized) {
    const n = f.tab.unrecognized;
    return (
      <Message tone="warn" role="note" class="notice">
        {t('unconfirmed', { n, title: stepTitle(n), what: t('unconfirmedWhat') })}
        <CopyOutline tabId={f.tabId} />
      </Message>
    );
  }
  if (f.tab.formProblem === 'hidden') {
    return (
      <Message tone="warn" role="note" class="notice">
        {t('formHidden')}
      </Message>
    );
  }
  return null;
}

/**
 * The six steps as a list (automation contract: the current one has `aria-current="step"`),
 * each with its hand tick, state and instructions; the directory and app the progress is kept
 * for; report and reset.
 */
export function Guide({ guide, ctx }: { guide: GuideData; ctx: StepContext }): JSX.Element {
  return (
    <section aria-labelledby="guide-heading" class="card guide">
      <h2 id="guide-heading">{t('heading')}</h2>
      <Context guide={guide} />
      <ol class="steps" aria-label={t('stepsLabel')}>
        {guide.steps.map((step) => (
          <StepItem key={step.n} step={step} ctx={ctx} />
        ))}
      </ol>
      <div class="guide-actions">
        <ReportExport guide={guide} />
        <ResetProgress directoryKey={guide.directoryKey} />
      </div>
    </section>
  );
}

export function contextOf(guide: GuideData): StepContext {
  return {
    directory: guide.directory,
    secret: guide.input.secret,
    app: guide.app,
    host: guide.host,
    directoryKey: guide.directoryKey,
    appKey: guide.appKey,
  };
}
