import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { guideText as t, type GuideKey as TextKey } from '../../../i18n/guide';
import { sendToBackground } from '../../../messaging/client';
import { CollapseIcon, ExpandIcon } from '../../icons';
import { useAnnounce } from '../status';
import type { StepProblem, StepView } from './model';
import { StepBody, type StepContext } from './StepBody';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const stepTitle = (n: number): string => t(`step${n}` as TextKey);

function stateText(step: StepView): string {
  if (step.state === 'problem') return t('stateProblem');
  if (step.doneBy === 'ticked') return t('stateTicked');
  if (step.doneBy === 'detected') return t('stateDetected');
  return step.current ? t('stateCurrent') : t('stateNotStarted');
}

function stateTone(step: StepView): string {
  if (step.state === 'problem') return 'tone-error';
  if (step.doneBy) return 'tone-ok';
  return step.current ? 'tone-brand' : '';
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

/**
 * The step's hand tick. A step detected as done shows ticked and cannot be unticked (the page
 * said so; the badge beside it says "detected").
 */
function MarkDone({ step, ctx }: { step: StepView; ctx: StepContext }): JSX.Element {
  const announce = useAnnounce();
  // The tick shows at once; the stored mark (written by the background) then confirms it.
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => setPending(null), [step.ticked]);
  const detected = step.doneBy === 'detected';
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
    <input
      type="checkbox"
      class="mark-done"
      checked={detected || (pending ?? step.ticked)}
      disabled={detected}
      aria-label={t('markDoneName', { n: step.n })}
      title={detected ? t('markDoneDetected') : t('markDone')}
      aria-describedby={`step-${step.n}-state`}
      onChange={(e) => tick(e.currentTarget.checked)}
    />
  );
}

/** One of the six steps in the list: tick, title, state, problems, and its instructions. */
export function StepItem({ step, ctx }: { step: StepView; ctx: StepContext }): JSX.Element {
  const [open, setOpen] = useState(false);
  const bodyId = `step-${step.n}-body`;
  return (
    <li
      class={`step state-${step.state}${step.current ? ' current' : ''}`}
      aria-current={step.current ? 'step' : undefined}
      data-step={step.n}
    >
      <div class="step-row">
        <MarkDone step={step} ctx={ctx} />
        <h3 class="step-title">
          <span class="step-no">{step.n}</span> {stepTitle(step.n)}
        </h3>
        <span class={`badge ${stateTone(step)}`} id={`step-${step.n}-state`}>
          {stateText(step)}
        </span>
        <button
          type="button"
          class="subtle icon-button step-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={`${open ? t('hideInstructions') : t('showInstructions')} ${t('instructionsName', { n: step.n })}`}
          title={open ? t('hideInstructions') : t('showInstructions')}
          onClick={() => setOpen(!open)}
        >
          {open ? <CollapseIcon /> : <ExpandIcon />}
        </button>
      </div>
      {step.problems.length > 0 ? (
        <ul class="problems tone-error">
          {step.problems.map((p, i) => (
            <li key={i}>
              <ProblemText problem={p} />
            </li>
          ))}
        </ul>
      ) : null}
      <div id={bodyId} class="step-body" hidden={!open}>
        <StepBody n={step.n} ctx={ctx} idPrefix={`list-${step.n}`} />
      </div>
    </li>
  );
}
