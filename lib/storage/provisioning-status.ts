import { z } from 'zod';
import { defineStored } from './define';

/**
 * What an Entra provisioning page says about the job's health (#14, the rotation's "confirm"
 * step): the Overview's cycle status, a quarantine banner, Provision on demand's result.
 * Declared here, where the message contract and the stored item both use it.
 */
export const ProvisioningStatusReport = z
  .object({
    docStart: z.number(),
    cycleText: z.string().max(200).nullable(),
    cycle: z.enum(['completed', 'in-progress', 'quarantine', 'failed', 'unknown']).nullable(),
    quarantine: z.boolean(),
    onDemand: z.enum(['success', 'failure']).nullable(),
  })
  .strict();
export type ProvisioningStatusReport = z.infer<typeof ProvisioningStatusReport>;

export const StoredProvisioningStatus = ProvisioningStatusReport.omit({ docStart: true }).extend({
  /** The Entra app (object id) the tab showed, as the guide recognised it; null when unknown. */
  appObjectId: z.string().max(64).nullable(),
  /** When a page showed it (ms since epoch): the rotation counts only what was seen after the fill. */
  at: z.number(),
});
export type StoredProvisioningStatus = z.infer<typeof StoredProvisioningStatus>;

/**
 * The last provisioning status a page showed. Session storage: page text of this browser
 * session; the rotation records only how it was confirmed.
 */
export const provisioningStatusItem = defineStored({
  area: 'session',
  key: 'provisioningStatus',
  version: 1,
  schema: StoredProvisioningStatus.nullable(),
  fallback: null,
});
