import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { uiLocale } from '../../../i18n';
import { guideText } from '../../../i18n/guide';
import { sendToBackground } from '../../../messaging/client';
import { DisclosureButton } from '../../common/Disclosure';
import { Message } from '../../common/Message';
import { OpenIcon } from '../../icons';
import { useLiveSecret, formatLeft } from '../captured/useLiveSecret';
import { useSettings } from '../settings/useSettings';
import { useAnnounce, useClearStatus } from '../status';
import { FillAction } from './FillAction';
import { Unrecognized } from './Guide';
import {
  appPage,
  cloudssoList,
  cloudssoSettings,
  enterpriseApps,
  newApplication,
  provisioningPage,
  type Site,
} from './links';
import { STEP_WHERE, type StepView } from './model';
import { StepBody } from './StepBody';
import type { StepContext } from './model';
import { ProblemText, stepTitle } from './StepItem';
import type { Guide } from './useGuide';
import { errorText } from '../../../util/error-text';

/** A link styled as the step's one primary action (it opens a console page in a new tab). */
function PrimaryLink({ href, children }: { href: string; children: string }): JSX.Element {
  return (
    <a class="button primary" href={href} target="_blank" rel="noreferrer noopener">
      {children}
      <OpenIcon class="icon-16" />
      <span class="visually-hidden"> {guideText('newTab')}</span>
    </a>
  );
}

function SecondaryLink({ href, children }: { href: string; children: string }): JSX.Element {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
      <span class="visually-hidden"> {guideText('newTab')}</span>
    </a>
  );
}

const siteName = (site: Site): string => commonText(site === 'cn' ? 'siteCn' : 'siteIntl');

/** CloudSSO settings on the directory's site; before one is known, the site of the UI language. */
function SettingsAction({ guide }: { guide: Guide }): JSX.Element {
  const known = guide.directory?.site ?? null;
  const first: Site = known ?? (uiLocale() === 'zh-CN' ? 'cn' : 'intl');
  const other: Site = first === 'cn' ? 'intl' : 'cn';
  return (
    <div class="primary-action">
      <PrimaryLink href={cloudssoSettings(first)}>{guideText('actionSettings')}</PrimaryLink>
      {known ? null : (
        <p class="caption">
          <SecondaryLink href={cloudssoSettings(other)}>
            {guideText('otherSite', { site: siteName(other) })}
          </SecondaryLink>
        </p>
      )}
    </div>
  );
}

/** The one primary action of each step. */
function Action({ step, guide }: { step: StepView; guide: Guide }): JSX.Element {
  const app = guide.app;
  const ids = app?.objectId ? { objectId: app.objectId, appId: app.appId } : null;
  const host = guide.host;
  switch (step.n) {
    case 1:
    case 2:
      return <SettingsAction guide={guide} />;
    case 3:
      return (
        <div class="primary-action">
          <PrimaryLink href={newApplication(host)}>{guideText('actionNewApp')}</PrimaryLink>
        </div>
      );
    case 4:
      return (
        <div class="primary-action">
          {ids ? (
            <PrimaryLink href={appPage(host, ids, 'Users')}>{guideText('actionUsers')}</PrimaryLink>
          ) : (
            <PrimaryLink href={enterpriseApps(host)}>{guideText('actionApps')}</PrimaryLink>
          )}
        </div>
      );
    case 5:
      return <FillAction guide={guide} />;
    case 6:
      return (
        <div class="primary-action">
          {ids ? (
            <PrimaryLink href={provisioningPage(host, ids, 'Overview')}>
              {guideText('actionOverview')}
            </PrimaryLink>
          ) : (
            <PrimaryLink href={cloudssoList(guide.directory?.site ?? 'intl', 'users')}>
              {guideText('actionCloudUsers')}
            </PrimaryLink>
          )}
        </div>
      );
  }
}

/** Step 5: the key's time left, and an offer to keep it for the time limit from now. */
function KeyTime(): JSX.Element | null {
  const announce = useAnnounce();
  const { secret, now } = useLiveSecret();
  const [settings] = useSettings();
  if (!secret || !settings) return null;
  const minutes = settings.secretTtlMinutes;
  const keepLonger = (): void => {
    sendToBackground('capture.keepLonger', {}).then(
      (r) => announce(guideText('keptLonger', { minutes: r.ttlMinutes }), 'ok'),
      (e: unknown) => announce(guideText('saveFailed', { reason: errorText(e) }), 'error'),
    );
  };
  return (
    <p class="key-time row">
      <span>{guideText('keyLeft', { time: formatLeft(secret.forgetAt - now) })}</span>
      <button type="button" class="link" onClick={keepLonger}>
        {guideText('keepLonger', { minutes })}
      </button>
    </p>
  );
}

/**
 * Keeps the panel's status line current: a fill's outcome leaves it once no Entra tab shows the
 * form any more (the admin moved on, the view closed), and a Test connection's outcome
 * replaces it (TestOutcome).
 */
function FillStatusKeeper({ guide }: { guide: Guide }): null {
  const clear = useClearStatus();
  const formWas = useRef(guide.form);
  useEffect(() => {
    if (formWas.current === 'shown' && guide.form !== 'shown') clear('fill');
    formWas.current = guide.form;
  }, [guide.form, clear]);
  return null;
}

/** Test connection's latest outcome, beside the step that caused it, and on the status line. */
function TestOutcome({ guide }: { guide: Guide }): JSX.Element | null {
  const announce = useAnnounce();
  const test = guide.app?.lastTest ?? null;
  const seen = useRef(test?.at ?? 0);
  useEffect(() => {
    if (!test || test.at <= seen.current) return;
    seen.current = test.at;
    if (test.ok) announce(guideText('testOkNext'), 'ok');
    else
      announce(
        test.text ? guideText('testFailed', { text: test.text }) : guideText('testFailedNoText'),
        'error',
      );
  }, [test, announce]);
  // A failure is the step's problem (shown above); a success is said here.
  return test?.ok ? <Message tone="ok">{guideText('testOkNext')}</Message> : null;
}

/**
 * The step the admin is on, at the top: where it happens, its title, what to do in one
 * sentence, its one primary action with the outcome beside it, problems, and the full
 * instructions behind a disclosure.
 */
export function CurrentStep({ guide, ctx }: { guide: Guide; ctx: StepContext }): JSX.Element {
  const step = guide.steps.find((s) => s.current) ?? guide.steps[0]!;
  // The page looks like this step but shows none of it: the instructions are the way on.
  const unrecognized =
    guide.followed?.kind === 'entra' && guide.followed.tab.unrecognized === step.n;
  const [open, setOpen] = useState(unrecognized);
  useEffect(() => setOpen(unrecognized), [step.n, unrecognized]);
  const where = STEP_WHERE[step.n];
  const bodyId = 'current-step-body';
  return (
    <section class="card current-step" aria-labelledby="current-step-title">
      <FillStatusKeeper guide={guide} />
      <p class="caption muted eyebrow">
        {guideText('stepOf', { n: step.n })} ·{' '}
        {guideText(
          where === 'cloudsso' ? 'whereCloudsso' : where === 'entra' ? 'whereEntra' : 'whereBoth',
        )}
      </p>
      <h2 id="current-step-title" class="current-title" elementtiming="panel-first-step">
        {stepTitle(step.n)}
      </h2>
      <Unrecognized guide={guide} />
      {step.problems.map((p, i) => (
        <Message key={i} tone="error">
          <ProblemText problem={p} />
        </Message>
      ))}
      <p class="lead">{guideText(`lead${step.n}` as 'lead1')}</p>
      <Action step={step} guide={guide} />
      {step.n === 5 ? (
        <>
          <TestOutcome guide={guide} />
          <KeyTime />
        </>
      ) : guide.form === 'shown' ? (
        // Another tab is current, but one shows the form: it can be filled from here too.
        <div class="form-elsewhere">
          <p class="caption muted">{guideText('formElsewhere')}</p>
          <FillAction guide={guide} primary={false} />
        </div>
      ) : null}
      <div class="step-actions">
        <DisclosureButton open={open} onToggle={setOpen} controls={bodyId} class="small">
          {guideText('moreForStep')}
        </DisclosureButton>
      </div>
      <div id={bodyId} class="step-body" hidden={!open}>
        {open ? <StepBody n={step.n} ctx={ctx} idPrefix="card" /> : null}
      </div>
    </section>
  );
}
