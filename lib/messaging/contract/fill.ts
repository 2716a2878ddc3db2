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
      })
      .strict(),
    reply: FillOutcome,
  },
} as const satisfies Record<string, MessageSpec>;

/**
 * The only message that carries the SCIM key. The background sends it to one frame only: the one
 * whose allow-listed origin reported a recognized credentials form.
 */
export const fillToContent = {
  'azure.fill': {
    from: ['extension'],
    payload: z
      .object({
        tenantUrl: z.string().min(1).max(2048),
        secretToken: z.string().min(1).max(1024),
      })
      .strict(),
    reply: z.object({
      result: z.enum([
        'filled',
        'tenant-url-not-kept',
        'secret-not-kept',
        'neither-kept',
        ...FormProblem.options,
      ]),
    }),
  },
} as const satisfies Record<string, MessageSpec>;
