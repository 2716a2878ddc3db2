import { z } from 'zod';
import { FillOutcome, FormProblem } from '../../storage/guide';
import type { MessageSpec } from '../spec';

/** "Fill Tenant URL and Secret token": the side panel asks, the background picks the frame. */
export const fillToBackground = {
  'guide.fill': {
    from: ['extension'],
    payload: z
      .object({
        /** The panel's window; its active tab is preferred when it shows the form. */
        windowId: z.number().int().nullable(),
        /**
         * After an `other-app` answer: the app (service principal object id) the admin confirmed
         * the key may go to. Only that app's form is filled.
         */
        confirmApp: z
          .string()
          .regex(/^[0-9a-f-]{8,64}$/)
          .nullable()
          .optional(),
      })
      .strict(),
    reply: FillOutcome,
  },
} as const satisfies Record<string, MessageSpec>;

/** From the background to the one Azure frame that reported the credentials form. */
export const fillToContent = {
  /** Asked right before a fill: does this frame still show the form? No key in it. */
  'azure.formShown': {
    from: ['extension'],
    payload: z.object({}).strict(),
    reply: z.object({ shown: z.boolean(), problem: FormProblem.nullable() }),
  },
  /**
   * The only message that carries the SCIM key. The background sends it to one frame only: the
   * one whose allow-listed origin reported a recognized credentials form and, just before,
   * confirmed it still shows it; to that frame's document when the browser names it.
   */
  'azure.fill': {
    from: ['extension'],
    payload: z
      .object({
        tenantUrl: z.string().min(1).max(2048),
        secretToken: z.string().min(1).max(1024),
        /**
         * Who asked: the admin's Fill button may replace a saved secret; the automatic fill
         * ("as soon as the form appears") never does.
         */
        trigger: z.enum(['button', 'auto']),
      })
      .strict(),
    reply: z.object({
      result: z.enum([
        'filled',
        'tenant-url-not-kept',
        'secret-not-kept',
        'neither-kept',
        'saved-secret',
        'secret-changed',
        ...FormProblem.options,
      ]),
    }),
  },
} as const satisfies Record<string, MessageSpec>;
