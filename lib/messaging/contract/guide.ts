import { z } from 'zod';
import { ChecklistId, FrameReport, StepNumber } from '../../storage/guide';
import type { MessageSpec } from '../spec';
import { Acknowledged } from './core-content';

const DirectoryKey = z.string().max(256);
const AppKey = z.string().max(64);

/** The guide: frames report what they see; the side panel ticks and resets steps. */
export const guideToBackground = {
  /**
   * A frame of the Azure portal / Entra admin center (top document or React view) reports the
   * page it recognizes. The background merges a tab's frames into one current step.
   */
  'guide.report': {
    from: ['azure'],
    payload: FrameReport,
    reply: Acknowledged,
  },
  /**
   * A frame's document is going away (pagehide, or the content script was invalidated): its
   * report no longer describes the tab. `docStart` names the document, as in its reports.
   */
  'guide.gone': {
    from: ['azure'],
    payload: z.object({ docStart: z.number() }).strict(),
    reply: Acknowledged,
  },
  /** The admin ticks or unticks a step by hand. */
  'guide.mark': {
    from: ['extension'],
    payload: z.object({
      directoryKey: DirectoryKey,
      appKey: AppKey,
      step: StepNumber,
      done: z.boolean(),
    }),
    reply: z.object({ saved: z.boolean() }),
  },
  /** The admin ticks a step-5 choice (externalId from objectId, scope...). */
  'guide.check': {
    from: ['extension'],
    payload: z.object({
      directoryKey: DirectoryKey,
      appKey: AppKey,
      item: ChecklistId,
      done: z.boolean(),
    }),
    reply: z.object({ saved: z.boolean() }),
  },
  /** Forgets the progress of one CloudSSO directory and its apps (after a confirmation). */
  'guide.reset': {
    from: ['extension'],
    payload: z.object({ directoryKey: DirectoryKey }),
    reply: z.object({ reset: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;
