import { z } from 'zod';
import { defineStored } from './define';

/**
 * Target ids as in lib/targets/targets.ts. Repeated here (not imported) so storage stays free of
 * the engine; a unit test checks that the two lists agree.
 */
export const LINTER_TARGET_IDS = [
  'user.userName',
  'user.displayName',
  'user.name.givenName',
  'user.name.familyName',
  'user.emails',
  'group.displayName',
] as const;

/** Entra caps a mapping expression at 10,000 characters; a little slack keeps an over-long draft. */
const MAX_DRAFT = 12_000;

export const LinterDraft = z.object({
  expression: z.string().max(MAX_DRAFT),
  targetId: z.enum(LINTER_TARGET_IDS),
  /** The admin's own sample values, one per line, as typed. */
  samples: z.string().max(MAX_DRAFT),
});
export type LinterDraft = z.infer<typeof LinterDraft>;

/** Group names are the strictest rule and the one that breaks most often (docs/research/cloudsso.md#groups). */
export const LINTER_DRAFT_FALLBACK: LinterDraft = {
  expression: '',
  targetId: 'group.displayName',
  samples: '',
};

/** The last expression, target and samples of the linter (popup and side panel share it). */
export const linterDraftItem = defineStored({
  area: 'local',
  key: 'linterDraft',
  version: 1,
  schema: LinterDraft,
  fallback: LINTER_DRAFT_FALLBACK,
});

export const LinterHandoff = z.object({
  expression: z.string().max(MAX_DRAFT),
  targetId: z.enum(LINTER_TARGET_IDS),
  /** When it was sent (ms since epoch): a new value with the same text still counts. */
  at: z.number(),
});
export type LinterHandoff = z.infer<typeof LinterHandoff>;

/**
 * An expression another part of the extension (the guide's mapping tables) sends to the side
 * panel's linter. Separate from the draft so the linter's own saving never echoes back into it.
 */
export const linterHandoffItem = defineStored({
  area: 'local',
  key: 'linterHandoff',
  version: 1,
  schema: LinterHandoff.nullable(),
  fallback: null,
});

/** Opens an expression in the side panel's linter (the guide's "Check in the linter" links). */
export async function sendToLinter(
  expression: string,
  targetId: LinterHandoff['targetId'],
): Promise<void> {
  await linterHandoffItem.set({ expression, targetId, at: Date.now() });
}
