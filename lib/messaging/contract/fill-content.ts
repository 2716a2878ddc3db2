import * as z from 'zod/mini';
import { FORM_PROBLEMS } from '../../portals/azure/form-problems';
import type { MessageSpec } from '../spec';

/**
 * The fill as the Azure content script sees it (zod/mini only, README "Performance"): the two
 * messages it answers, addressed to the one frame that reported the credentials form.
 */

export const FormProblemSchema = z.enum(FORM_PROBLEMS);

export const FILL_RESULTS_HERE = [
  'filled',
  'tenant-url-not-kept',
  'secret-not-kept',
  'neither-kept',
  'saved-secret',
  'secret-changed',
  ...FORM_PROBLEMS,
] as const;

export const fillToContent = {
  /** Asked right before a fill: does this frame still show the form? No key in it. */
  'azure.formShown': {
    from: ['extension'],
    payload: z.strictObject({}),
    reply: z.object({ shown: z.boolean(), problem: z.nullable(FormProblemSchema) }),
  },
  /**
   * The only message that carries the SCIM key. The background sends it to one frame only: the
   * one whose allow-listed origin reported a recognized credentials form and, just before,
   * confirmed it still shows it; to that frame's document when the browser names it.
   */
  'azure.fill': {
    from: ['extension'],
    payload: z.strictObject({
      tenantUrl: z.string().check(z.minLength(1), z.maxLength(2048)),
      secretToken: z.string().check(z.minLength(1), z.maxLength(1024)),
      /**
       * Who asked: the admin's Fill button may replace a saved secret; the automatic fill
       * ("as soon as the form appears") never does.
       */
      trigger: z.enum(['button', 'auto']),
    }),
    reply: z.object({ result: z.enum(FILL_RESULTS_HERE) }),
  },
} as const satisfies Record<string, MessageSpec>;
