import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import { guideText } from '../../../i18n/guide';
import { Message } from '../../common/Message';
import { CopyOutline } from '../outline/CopyOutline';
import './guide.css';
import { ReportExport } from './ReportExport';
import { ResetProgress } from './ResetProgress';
import type { StepContext } from './model';
import { StepItem, stepTitle } from './StepItem';
import type { Guide as GuideData } from './useGuide';

function Context({ guide }: { guide: GuideData }): JSX.Element {
  const d = guide.directory;
  const a = guide.app;
  return (
    <p class="context caption muted">
      {d
        ? guideText('directory', {
            name: `${d.directoryId ?? '—'} (${commonText(d.site === 'cn' ? 'siteCn' : 'siteIntl')})`,
          })
        : guideText('noDirectory')}
      <br />
      {a?.objectId
        ? guideText('app', { name: a.name ?? guideText('unnamedApp') })
        : guideText('noApp')}
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
        {guideText('unconfirmed', { n, title: stepTitle(n), what: guideText('unconfirmedWhat') })}
        <CopyOutline tabId={f.tabId} />
      </Message>
    );
  }
  if (f.tab.formProblem === 'hidden') {
    return (
      <Message tone="warn" role="note" class="notice">
        {guideText('formHidden')}
      </Message>
    );
  }
  return null;
}

/**
 * The six steps as a list (docs/automation-contract.md#side-panel-sidepanelhtml: the current one has `aria-current="step"`),
 * each with its hand tick, state and instructions; the directory and app the progress is kept
 * for; report and reset.
 */
export function Guide({ guide, ctx }: { guide: GuideData; ctx: StepContext }): JSX.Element {
  return (
    <section aria-labelledby="guide-heading" class="card guide">
      <h2 id="guide-heading">{guideText('heading')}</h2>
      <Context guide={guide} />
      <ol class="steps" aria-label={guideText('stepsLabel')}>
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
