import {
  currentStep,
  dueForRotation,
  isLocked,
  oldGoneTooEarly,
  type DueCredential,
} from '../../../rotation';
import {
  ROTATION_STEPS,
  type Directory,
  type Rotation,
  type RotationStepId,
} from '../../../storage';

/** What the card shows: a due credential to start on, or the rotation under way. */
export type RotationCardModel =
  | { kind: 'due'; due: DueCredential; directory: Directory }
  | {
      kind: 'running';
      rotation: Rotation;
      directory: Directory | null;
      steps: RotationStepView[];
      tooEarly: boolean;
    };

export interface RotationStepView {
  id: RotationStepId;
  state: 'detected' | 'ticked' | 'locked' | 'todo';
  current: boolean;
}

export const isoDate = (ms: number | null): string =>
  ms === null ? '—' : new Date(ms).toISOString().slice(0, 10);

export function cardModel(
  directories: Readonly<Record<string, Directory>>,
  rotations: Readonly<Record<string, Rotation>>,
  now: number,
): RotationCardModel | null {
  const running = Object.values(rotations).find((r) => r.finishedAt === null);
  if (running) {
    const current = currentStep(running);
    const directory = directories[running.directoryKey] ?? null;
    return {
      kind: 'running',
      rotation: running,
      directory,
      tooEarly: oldGoneTooEarly(running, directory),
      steps: ROTATION_STEPS.map((id) => {
        const mark = running.steps[id];
        return {
          id,
          state: mark ? mark.by : isLocked(running, id) ? 'locked' : 'todo',
          current: id === current,
        };
      }),
    };
  }
  const due = dueForRotation(directories, now)[0];
  if (!due) return null;
  // A rotation that finished after this credential was due already replaced it.
  const done = rotations[due.directoryKey];
  if (done && done.oldCredentialId === due.credentialId) return null;
  return { kind: 'due', due, directory: directories[due.directoryKey]! };
}
