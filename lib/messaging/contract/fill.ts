import { z } from 'zod';
import { FillOutcome } from '../../storage/guide';
import type { MessageSpec } from '../spec';

export { fillToContent } from './fill-content';

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
