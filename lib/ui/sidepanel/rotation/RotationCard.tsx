import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { rotationText, type RotationTextKey } from '../../../i18n/rotation';
import {
  confirmProblem,
  credentialToDeleteFirst,
  rotationApp,
  startRotation,
  tick,
  untick,
} from '../../../rotation';
import {
  directoriesItem,
  provisioningStatusItem,
  rotationsItem,
  type Directory,
  type Rotation,
  type RotationStepId,
} from '../../../storage';
import { guideProgressItem } from '../../../storage/guide';
import { Message } from '../../common/Message';
import { useStored } from '../../hooks/useStored';
import { OpenIcon } from '../../icons';
import { FillAction } from '../guide/FillAction';
import { appPage, cloudssoSettings, enterpriseApps, provisioningPage } from '../guide/links';
import type { Guide } from '../guide/useGuide';
import { useAnnounce } from '../status';
import { cardModel, isoDate, type RotationStepView } from './model';
import './rotation.css';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function save(key: string, update: (r: Rotation | undefined) => Rotation | null) {
  const all = await rotationsItem.get();
  const next = update(all[key]);
  const rest = Object.fromEntries(Object.entries(all).filter(([k]) => k !== key));
  await rotationsItem.set(next ? { ...rest, [key]: next } : rest);
}

function Link({
  href,
  children,
  primary = true,
}: {
  href: string;
  children: string;
  primary?: boolean;
}) {
  return (
    <a
      class={primary ? 'button primary' : undefined}
      href={href}
      target="_blank"
      rel="noreferrer noopener"
    >
      {children}
      {primary ? <OpenIcon class="icon-16" /> : null}
    </a>
  );
}

const dirName = (d: Directory | null, key: string): string => d?.directoryId ?? key;

/**
 * "Rotate the SCIM key": first in the side panel while a kept credential expires within 30 days
 * (or has expired), then the rotation itself, one step current, each tickable by hand, the old
 * credential's steps locked until the new key is confirmed (lib/rotation).
 */
export function RotationCard({ guide }: { guide: Guide | null }): JSX.Element | null {
  const directories = useStored(directoriesItem);
  const rotations = useStored(rotationsItem);
  if (directories === undefined || rotations === undefined) return null;
  const model = cardModel(directories, rotations, Date.now());
  if (!model) return null;
  return (
    <section
      class="card rotation-card"
      aria-labelledby="rotation-title"
      data-testid="rotation-card"
    >
      {model.kind === 'due' ? (
        <DueBody due={model.due} directory={model.directory} />
      ) : (
        <RunningBody
          rotation={model.rotation}
          directory={model.directory}
          steps={model.steps}
          tooEarly={model.tooEarly}
          guide={guide}
        />
      )}
    </section>
  );
}

function DueBody({
  due,
  directory,
}: {
  due: { credentialId: string; expiresAt: number; daysLeft: number; directoryKey: string };
  directory: Directory;
}): JSX.Element {
  const announce = useAnnounce();
  const eyebrow =
    due.daysLeft < 0 || (due.daysLeft === 0 && due.expiresAt <= Date.now())
      ? rotationText('eyebrowExpired')
      : due.daysLeft === 0
        ? rotationText('eyebrowToday')
        : rotationText('eyebrowDays', { days: due.daysLeft });
  const expired = due.expiresAt <= Date.now();
  const begin = (): void => {
    save(due.directoryKey, () => startRotation(directory, due.credentialId, Date.now())).catch(
      (e: unknown) => announce(reason(e), 'error'),
    );
  };
  return (
    <>
      <p class={`caption eyebrow ${expired ? 'tone-error' : 'tone-warn'}`}>{eyebrow}</p>
      <h2 id="rotation-title" class="current-title">
        {rotationText('title')}
      </h2>
      <p class="lead">
        {rotationText(expired ? 'leadExpired' : 'leadDue', {
          id: due.credentialId,
          directory: dirName(directory, due.directoryKey),
          date: isoDate(due.expiresAt),
        })}
      </p>
      <div class="primary-action">
        <button type="button" class="primary" onClick={begin}>
          {rotationText('start')}
        </button>
      </div>
    </>
  );
}

function RunningBody({
  rotation,
  directory,
  steps,
  tooEarly,
  guide,
}: {
  rotation: Rotation;
  directory: Directory | null;
  steps: RotationStepView[];
  tooEarly: boolean;
  guide: Guide | null;
}): JSX.Element {
  const announce = useAnnounce();
  const [confirmReset, setConfirmReset] = useState(false);
  const status = useStored(provisioningStatusItem) ?? null;
  const progress = useStored(guideProgressItem);
  const problem = confirmProblem(rotation, status, rotationApp(progress?.[rotation.directoryKey]));
  const key = rotation.directoryKey;
  const update = (f: (r: Rotation) => Rotation): void => {
    save(key, (r) => (r ? f(r) : null)).catch((e: unknown) => announce(reason(e), 'error'));
  };
  return (
    <>
      <p class="caption muted eyebrow">{rotationText('eyebrowRunning')}</p>
      <h2 id="rotation-title" class="current-title">
        {rotationText('title')}
      </h2>
      <p class="lead">
        {rotationText('leadRunning', {
          id: rotation.oldCredentialId,
          directory: dirName(directory, key),
          date: isoDate(rotation.oldExpiresAt),
        })}
      </p>
      {tooEarly ? (
        <Message tone="error" role="alert">
          {rotationText('oldDisabledTooEarly', { id: rotation.oldCredentialId })}
        </Message>
      ) : null}
      {problem ? (
        <Message tone="error" role="alert">
          <span data-testid="rotation-problem" data-problem={problem}>
            {rotationText(`problem_${problem}`, { id: rotation.oldCredentialId })}
          </span>
        </Message>
      ) : null}
      {rotation.newCredentialId ? (
        <p class="caption" data-testid="rotation-new-credential">
          {rotationText('newCredential', { id: rotation.newCredentialId })}
        </p>
      ) : null}
      <h3 class="visually-hidden">{rotationText('stepsHeading')}</h3>
      <ol class="rotation-steps">
        {steps.map((s) => (
          <RotationStep
            key={s.id}
            step={s}
            rotation={rotation}
            directory={directory}
            guide={guide}
            onTick={(done, by) =>
              update((r) => (done ? tick(r, s.id, Date.now(), by) : untick(r, s.id)))
            }
          />
        ))}
      </ol>
      <div class="step-actions">
        {confirmReset ? (
          <>
            <span class="caption">{rotationText('resetConfirm')}</span>
            <button type="button" onClick={() => void save(key, () => null)}>
              {rotationText('reset')}
            </button>
            <button type="button" class="subtle" onClick={() => setConfirmReset(false)}>
              {commonText('close')}
            </button>
          </>
        ) : (
          <button type="button" class="link" onClick={() => setConfirmReset(true)}>
            {rotationText('reset')}
          </button>
        )}
      </div>
    </>
  );
}

function stateText(s: RotationStepView): string {
  return rotationText(
    s.state === 'detected'
      ? 'stateDetected'
      : s.state === 'ticked'
        ? 'stateTicked'
        : s.state === 'locked'
          ? 'stateLocked'
          : 'stateTodo',
  );
}

function RotationStep({
  step,
  rotation,
  directory,
  guide,
  onTick,
}: {
  step: RotationStepView;
  rotation: Rotation;
  directory: Directory | null;
  guide: Guide | null;
  onTick: (done: boolean, by?: 'cycle' | 'on-demand') => void;
}): JSX.Element {
  const title = rotationText(`step_${step.id}` as RotationTextKey);
  const done = step.state === 'detected' || step.state === 'ticked';
  return (
    <li
      class={`rotation-step state-${step.state}${step.current ? ' current' : ''}`}
      aria-current={step.current ? 'step' : undefined}
      data-rotation-step={step.id}
    >
      <div class="step-row">
        <input
          type="checkbox"
          class="mark-done"
          checked={done}
          disabled={step.state === 'detected' || step.state === 'locked'}
          aria-label={rotationText('markDone', { step: title })}
          aria-describedby={`rotation-${step.id}-state`}
          onChange={(e) => onTick(e.currentTarget.checked)}
        />
        <h4 class="step-title">{title}</h4>
        <span class={`badge ${done ? 'tone-ok' : ''}`} id={`rotation-${step.id}-state`}>
          {stateText(step)}
        </span>
      </div>
      {step.id === 'confirm' && rotation.confirmedBy && done ? (
        <p class="caption muted">{rotationText(`confirmedBy_${rotation.confirmedBy}`)}</p>
      ) : null}
      {step.current ? (
        <StepHelp
          step={step.id}
          rotation={rotation}
          directory={directory}
          guide={guide}
          onTick={onTick}
        />
      ) : step.state === 'locked' ? (
        <p class="caption muted">{rotationText('lockedUntilConfirmed')}</p>
      ) : null}
    </li>
  );
}

function StepHelp({
  step,
  rotation,
  directory,
  guide,
  onTick,
}: {
  step: RotationStepId;
  rotation: Rotation;
  directory: Directory | null;
  guide: Guide | null;
  onTick: (done: boolean, by?: 'cycle' | 'on-demand') => void;
}): JSX.Element {
  const site = directory?.site ?? 'intl';
  const app = guide?.app ?? null;
  const ids = app?.objectId ? { objectId: app.objectId, appId: app.appId } : null;
  const host = guide?.host ?? null;
  const settings = <Link href={cloudssoSettings(site)}>{rotationText('openSettings')}</Link>;
  switch (step) {
    case 'make-room': {
      const advice = directory
        ? credentialToDeleteFirst(directory.credentials, rotation.oldCredentialId, Date.now())
        : null;
      return (
        <div class="step-body">
          <p>
            {advice
              ? rotationText('how_make-room', {
                  id: advice.credentialId,
                  reason: rotationText(`reason_${advice.reason}`),
                  old: rotation.oldCredentialId,
                })
              : rotationText('how_make-room-none')}
          </p>
          <div class="primary-action">{settings}</div>
        </div>
      );
    }
    case 'generate':
      return (
        <div class="step-body">
          <p>{rotationText('how_generate')}</p>
          <div class="primary-action">{settings}</div>
        </div>
      );
    case 'fill':
      return (
        <div class="step-body">
          <p>{rotationText('how_fill')}</p>
          {guide ? (
            <FillAction guide={guide} />
          ) : (
            <div class="primary-action">
              <Link href={enterpriseApps(host)}>{rotationText('openEnterpriseApps')}</Link>
            </div>
          )}
        </div>
      );
    case 'test':
    case 'save':
      return (
        <div class="step-body">
          <p>{rotationText(step === 'test' ? 'how_test' : 'how_save')}</p>
          {ids ? (
            <div class="primary-action">
              <Link href={appPage(host, ids, 'Provisioning')} primary={false}>
                {rotationText('openEnterpriseApps')}
              </Link>
            </div>
          ) : null}
        </div>
      );
    case 'confirm':
      return (
        <div class="step-body">
          <p>{rotationText('how_confirm')}</p>
          <div class="primary-action">
            {ids ? (
              <Link href={provisioningPage(host, ids, 'Overview')} primary={false}>
                {rotationText('openOverview')}
              </Link>
            ) : null}
            <div class="row wrap">
              <button type="button" class="primary" onClick={() => onTick(true, 'cycle')}>
                {rotationText('confirmCycle')}
              </button>
              <button type="button" onClick={() => onTick(true, 'on-demand')}>
                {rotationText('confirmOnDemand')}
              </button>
            </div>
          </div>
        </div>
      );
    case 'disable-old':
    case 'delete-old':
      return (
        <div class="step-body">
          <p>{rotationText(`how_${step}`, { id: rotation.oldCredentialId })}</p>
          <div class="primary-action">{settings}</div>
        </div>
      );
  }
}
