import { z } from 'zod';
import { ProvisioningStatusReport } from '../../storage/provisioning-status';
import type { MessageSpec } from '../spec';

/** Azure frames report the provisioning job's health they show (#14, rotation "confirm"). */
export const provisioningStatusToBackground = {
  'provisioning.status': {
    from: ['azure'],
    payload: ProvisioningStatusReport,
    reply: z.object({ kept: z.boolean() }),
  },
} as const satisfies Record<string, MessageSpec>;
