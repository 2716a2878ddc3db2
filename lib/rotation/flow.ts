import {
  ROTATION_STEPS,
  type CapturedSecret,
  type Directory,
  type Rotation,
  type RotationStepId,
} from '../storage';
import { credentialToDeleteFirst } from './due';

/**
 * The rotation's steps, in CloudSSO's documented order (docs/research/cloudsso.md#scim-credential):
 * make room if the directory holds two credentials, generate the new one, put it into Entra
 * (fill, Test connection, Save), confirm a sync works with it, and only then disable and delete
 * the old one. Pure: the background and the side panel both call these.
 */

export function startRotation(
  directory: Directory,
  oldCredentialId: string,
  now: number,
): Rotation {
  const old = directory.credentials.find((c) => c.id === oldCredentialId);
  // The credential being rotated is the one Entra uses (it is enabled and expiring), so it is
  // never the one to delete first.
  const advice = credentialToDeleteFirst(directory.credentials, oldCredentialId, now);
  return {
    directoryKey: directory.key,
    oldCredentialId,
    oldExpiresAt: old?.expiresAt ?? null,
    removedCredentialId: advice?.credentialId ?? null,
    newCredentialId: null,
    startedAt: now,
    steps: {},
    confirmedBy: null,
    finishedAt: null,
  };
}

/** Steps that wait for the new key to be confirmed: the old key keeps the sync alive till then. */
export const AFTER_CONFIRM: readonly RotationStepId[] = ['disable-old', 'delete-old'];

export function isLocked(r: Rotation, step: RotationStepId): boolean {
  return AFTER_CONFIRM.includes(step) && !r.steps.confirm;
}

export function tick(
  r: Rotation,
  step: RotationStepId,
  now: number,
  confirmedBy?: 'cycle' | 'on-demand',
): Rotation {
  if (isLocked(r, step)) return r;
  const next: Rotation = { ...r, steps: { ...r.steps, [step]: { by: 'ticked', at: now } } };
  if (step === 'confirm') next.confirmedBy = confirmedBy ?? next.confirmedBy ?? 'cycle';
  return finish(next, now);
}

export function untick(r: Rotation, step: RotationStepId): Rotation {
  // Unconfirming re-locks the old credential's steps.
  const drop = new Set<RotationStepId>(step === 'confirm' ? [step, ...AFTER_CONFIRM] : [step]);
  const steps = Object.fromEntries(
    Object.entries(r.steps).filter(([s]) => !drop.has(s as RotationStepId)),
  ) as Rotation['steps'];
  return {
    ...r,
    steps,
    confirmedBy: step === 'confirm' ? null : r.confirmedBy,
    finishedAt: null,
  };
}

function finish(r: Rotation, now: number): Rotation {
  const done = ROTATION_STEPS.every((s) => s === 'make-room' || r.steps[s]);
  return done && r.finishedAt === null ? { ...r, finishedAt: now } : r;
}

export interface DetectInput {
  directory: Directory | null;
  secret: CapturedSecret | null;
  /** The last fill's result and time (lib/storage lastFillItem). */
  lastFill: { result: string; at: number } | null;
  /** The last Test connection of the directory's current app. */
  lastTest: { ok: boolean; at: number } | null;
  /** The last provisioning status an Entra page showed (Overview, Provision on demand). */
  status?: PageStatus | null;
  /** The Entra app the directory's key goes into (rotationApp), when the guide knows it. */
  app?: string | null;
  now: number;
}

/** What an Entra page said about the job (lib/storage/provisioning-status.ts). */
export interface PageStatus {
  cycle: 'completed' | 'in-progress' | 'quarantine' | 'failed' | 'unknown' | null;
  quarantine: boolean;
  onDemand: 'success' | 'failure' | null;
  /** The app whose page showed it (the tab's, as the guide recognised it), when known. */
  appObjectId?: string | null;
  at: number;
}

/**
 * The Entra app a directory's key goes into: the one it was filled into, else the one the guide
 * follows (as lib/background/guide/app-binding.ts expectedApp); null while none is known.
 */
export function rotationApp(
  progress: { fillApp: string | null; currentApp: string } | undefined,
): string | null {
  return progress?.fillApp ?? (progress?.currentApp || null);
}

/**
 * A status counts for the new key only when a page showed it after the new key was filled:
 * before that, "completed" is the old key's cycle. The Overview may still show the previous
 * cycle for a while after the fill; Entra gives no cycle time on the page, so a completed
 * status seen after the fill is taken as the new key's (the admin can untick it).
 */
function statusAfterFill(
  r: Rotation,
  status: PageStatus | null | undefined,
  app: string | null | undefined,
): PageStatus | null {
  const fill = r.steps.fill;
  if (!fill || !status || status.at < fill.at) return null;
  // Another app's Overview (an admin with several SCIM apps) says nothing of this key. A page
  // whose app was not recognised still counts: the guide names the app from the address.
  const shownApp = status.appObjectId ?? null;
  return app && shownApp && shownApp !== app ? null : status;
}

/** How the page confirms the new key, if it does: a clean cycle, or a successful on-demand run. */
function confirmation(r: Rotation, status: PageStatus | null | undefined, app?: string | null) {
  const s = statusAfterFill(r, status, app);
  if (!s || s.quarantine || s.cycle === 'quarantine') return null;
  if (s.onDemand === 'success') return 'on-demand' as const;
  return s.cycle === 'completed' ? ('cycle' as const) : null;
}

/**
 * What went wrong on the page after the fill, before the confirmation: Entra put the job in
 * quarantine, or a Provision on demand run failed. The card says it in CloudSSO terms.
 */
export function confirmProblem(
  r: Rotation,
  status: PageStatus | null | undefined,
  app?: string | null,
): 'quarantine' | 'failed' | 'on-demand-failed' | null {
  if (r.steps.confirm) return null;
  const s = statusAfterFill(r, status, app);
  if (!s) return null;
  if (s.quarantine || s.cycle === 'quarantine') return 'quarantine';
  if (s.onDemand === 'failure') return 'on-demand-failed';
  return s.cycle === 'failed' ? 'failed' : null;
}

/**
 * Marks what the pages show as done. Detection only adds marks (an admin's tick is never
 * undone by a page), and never marks the old credential's steps before the new key is confirmed.
 */
export function detect(r: Rotation, input: DetectInput): Rotation {
  const d = input.directory;
  let next: Rotation = { ...r, steps: { ...r.steps } };
  const mark = (step: RotationStepId): void => {
    if (!next.steps[step]) next.steps[step] = { by: 'detected', at: input.now };
  };
  if (d) {
    const ids = new Set(d.credentials.map((c) => c.id));
    // Seen on the Settings page after the start: the list is current.
    const listSeen = d.updatedAt >= r.startedAt;
    if (!next.newCredentialId) {
      const fresh = d.credentials.find(
        (c) => c.id !== r.oldCredentialId && c.createdAt !== null && c.createdAt >= r.startedAt,
      );
      const captured =
        input.secret?.directoryKey === d.key &&
        input.secret.credentialId &&
        input.secret.credentialId !== r.oldCredentialId &&
        input.secret.capturedAt >= r.startedAt
          ? input.secret.credentialId
          : null;
      const id = captured ?? fresh?.id ?? null;
      if (id) next.newCredentialId = id;
    }
    if (next.newCredentialId) mark('generate');
    if (d.credentials.length < 2 || next.newCredentialId) mark('make-room');
    if (r.removedCredentialId && listSeen && !ids.has(r.removedCredentialId)) mark('make-room');
  }
  if (
    next.steps.generate &&
    input.lastFill?.result === 'filled' &&
    input.lastFill.at >= r.startedAt
  ) {
    mark('fill');
  }
  if (next.steps.fill && input.lastTest?.ok && input.lastTest.at >= next.steps.fill.at) {
    mark('test');
  }
  const confirmedBy = next.steps.confirm ? null : confirmation(next, input.status, input.app);
  if (confirmedBy) {
    mark('confirm');
    next.confirmedBy = confirmedBy;
  }
  // The old credential's steps only once the new key is confirmed (by the page or by hand).
  if (d && next.steps.confirm) {
    const ids = new Set(d.credentials.map((c) => c.id));
    const old = d.credentials.find((c) => c.id === r.oldCredentialId);
    if (old?.status === 'disabled') mark('disable-old');
    if (d.updatedAt >= r.startedAt && !ids.has(r.oldCredentialId)) {
      mark('disable-old');
      mark('delete-old');
    }
  }
  next = finish(next, input.now);
  return same(r, next) ? r : next;
}

function same(a: Rotation, b: Rotation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The old credential was disabled or deleted before the new key was confirmed: the sync breaks. */
export function oldGoneTooEarly(r: Rotation, d: Directory | null): boolean {
  if (!d || r.steps.confirm) return false;
  const old = d.credentials.find((c) => c.id === r.oldCredentialId);
  return old?.status === 'disabled';
}

/** The step the admin is on: the first not done (and not locked). */
export function currentStep(r: Rotation): RotationStepId | null {
  return ROTATION_STEPS.find((s) => !r.steps[s]) ?? null;
}
