import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { guideText, type GuideKey as TextKey } from '../../../i18n/guide';
import { sendToBackground } from '../../../messaging/client';
import { CollapseIcon, ExpandIcon } from '../../icons';
import { useAnnounce } from '../status';
import type { StepProblem, StepView } from './model';
import { StepBody } from './StepBody';
import type { StepContext } from './model';
import { errorText } from '../../../util/error-text';

export const stepTitle = (n: number): string => guideText(`step${n}` as TextKey);

function stateText(step: StepView): string {
  if (step.state === 'problem') return guideText('stateProblem');
  if (step.doneBy === 'ticked') return guideText('stateTicked');
  if (step.doneBy === 'detected') return guideText('stateDetected');
  return step.current ? guideText('stateCurrent') : guideText('stateNotStarted');
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
      return <>{guideText('p_credential-expired', { id: problem.id, date: problem.date })}</>;
    case 'sync-off':
      return <>{guideText('p_sync-off')}</>;
    case 'endpoint-issue':
      return <>{guideText('p_endpoint-issue', { issue: problem.issue })}</>;
    case 'test-failed':
      return (
        <>
          {problem.text
            ? guideText('testFailed', { text: problem.text })
            : guideText('testFailedNoText')}
          <br />
          {guideText('likelyCauses')}
          <ul>
            {problem.causes.map((c) => (
              <li key={c.code}>{guideText(`c_${c.code}` as TextKey, c.params)}</li>
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
      announce(guideText('saveFailed', { reason: errorText(e) }), 'error');
    });
  };
  return (
    <input
      type="checkbox"
      class="mark-done"
      checked={detected || (pending ?? step.ticked)}
      disabled={detected}
      aria-label={guideText('markDoneName', { n: step.n })}
      title={detected ? guideText('markDoneDetected') : guideText('markDone')}
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
        <div class="step-head">
          <h3 class="step-title">
            <span class="step-no">{step.n}</span> {stepTitle(step.n)}
          </h3>
          <span class={`badge ${stateTone(step)}`} id={`step-${step.n}-state`}>
            {stateText(step)}
          </span>
        </div>
        <button
          type="button"
          class="subtle icon-button step-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={`${open ? guideText('hideInstructions') : guideText('showInstructions')} ${guideText('instructionsName', { n: step.n })}`}
          title={open ? guideText('hideInstructions') : guideText('showInstructions')}
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
