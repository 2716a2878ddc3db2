import { z } from 'zod';
import { defineStored } from './define';

/**
 * The key rotation, one flow per CloudSSO directory (lib/rotation). Local storage: it must
 * survive a browser restart, and it holds only credential ids and dates, never a key.
 */

export const ROTATION_STEPS = [
  'make-room',
  'generate',
  'fill',
  'test',
  'save',
  'confirm',
  'disable-old',
  'delete-old',
] as const;
export const RotationStepId = z.enum(ROTATION_STEPS);
export type RotationStepId = z.infer<typeof RotationStepId>;

const CredentialId = z.string().regex(/^scimcred-[a-z0-9]{4,64}$/);

export const RotationMark = z.object({
  by: z.enum(['detected', 'ticked']),
  at: z.number(),
});
export type RotationMark = z.infer<typeof RotationMark>;

export const Rotation = z.object({
  directoryKey: z.string().max(256),
  /** The credential being replaced (the one that expires). */
  oldCredentialId: CredentialId,
  oldExpiresAt: z.number().nullable(),
  /**
   * The credential to delete first to make room, when the directory held two at the start
   * (lib/rotation/due.ts credentialToDeleteFirst); null when there was room.
   */
  removedCredentialId: CredentialId.nullable(),
  /** The new credential, once generated (from the ledger or the capture). */
  newCredentialId: CredentialId.nullable(),
  startedAt: z.number(),
  steps: z.partialRecord(RotationStepId, RotationMark),
  /** How the new key was confirmed to work. */
  confirmedBy: z.enum(['cycle', 'on-demand']).nullable(),
  finishedAt: z.number().nullable(),
});
export type Rotation = z.infer<typeof Rotation>;

/** Rotations per directory key; a finished one stays for the report until the next starts. */
export const rotationsItem = defineStored({
  area: 'local',
  key: 'rotations',
  version: 1,
  schema: z.record(z.string(), Rotation),
  fallback: {},
});
