import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import { useAnnounce } from '../status';
import { STEP_WHERE, type StepProblem, type StepView } from './model';
import { StepBody, type StepContext } from './StepBody';
import { t, type TextKey } from '../../../i18n/guide';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const stepTitle = (n: number): string => t(`step${n}` as TextKey);

function stateText(step: StepView): string {
  if (step.state === 'problem') return t('stateProblem');
  if (step.doneBy === 'ticked') return t('stateTicked');
  if (step.doneBy === 'detected') return t('stateDetected');
  return step.current ? t('stateCurrent') : t('stateNotStarted');
}

/** A problem in plain words; a failed Test connection also lists its likely causes. */
export function ProblemText({ problem }: { problem: StepProblem }): JSX.Element {
  switch (problem.code) {
    case 'credential-expired':
      return <>{t('p_credential-expired', { id: problem.id, date: problem.date })}</>;
    case 'sync-off':
      return <>{t('p_sync-off')}</>;
    case 'endpoint-issue':
      return <>{t('p_endpoint-issue', { issue: problem.issue })}</>;
    case 'test-failed':
      return (
        <>
          {problem.text ? t('testFailed', { text: problem.text }) : t('testFailedNoText')}
          <br />
          {t('likelyCauses')}
          <ul>
            {problem.causes.map((c) => (
              <li key={c.code}>{t(`c_${c.code}` as TextKey, c.params)}</li>
            ))}
          </ul>
        </>
      );
  }
}

/** One of the six steps: title, state, problems, a hand tick, and its instructions. */
export function StepItem({ step, ctx }: { step: StepView; ctx: StepContext }): JSX.Element {
  const announce = useAnnounce();
  const [open, setOpen] = useState(step.current);
  // The current step opens by itself when the admin moves on to it.
  useEffect(() => {
    if (step.current) setOpen(true);
  }, [step.current]);
  // The tick shows at once; the stored mark (written by the background) then confirms it.
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => setPending(null), [step.ticked]);
  const bodyId = `step-${step.n}-body`;
  const where = STEP_WHERE[step.n];
  const tick = (done: boolean): void => {
    setPending(done);
    sendToBackground('guide.mark', {
      directoryKey: ctx.directoryKey,
      appKey: ctx.appKey,
      step: step.n,
      done,
    }).catch((e: unknown) => {
      setPending(null);
      announce(t('saveFailed', { reason: reason(e) }), 'error');
    });
  };
  return (
    <li
      class={`step state-${step.state}${step.current ? ' current' : ''}`}
      aria-current={step.current ? 'step' : undefined}
      data-step={step.n}
    >
      <div class="step-head">
        <h3 class="step-title">
          <span class="step-no">{step.n}</span> {stepTitle(step.n)}
        </h3>
        <span class="badge">{stateText(step)}</span>
      </div>
      <p class="muted step-where">
        {t(where === 'cloudsso' ? 'whereCloudsso' : where === 'entra' ? 'whereEntra' : 'whereBoth')}
      </p>
      {step.problems.length > 0 ? (
        <ul class="problems">
          {step.problems.map((p, i) => (
            <li key={i} class="tone-error">
              <ProblemText problem={p} />
            </li>
          ))}
        </ul>
      ) : null}
      <div class="step-actions">
        <label>
          <input
            type="checkbox"
            checked={pending ?? step.ticked}
            aria-label={t('markDoneName', { n: step.n })}
            onChange={(e) => tick(e.currentTarget.checked)}
          />{' '}
          {t('markDone')}
        </label>
        <button
          type="button"
          class="link-button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('hideInstructions') : t('showInstructions')}
          <span class="visually-hidden"> {t('instructionsName', { n: step.n })}</span>
        </button>
      </div>
      <div id={bodyId} class="step-body" hidden={!open}>
        <StepBody n={step.n} ctx={ctx} />
      </div>
    </li>
  );
}
