import { z } from 'zod';
import { defineStored } from './define';

/**
 * What the CloudSSO capture keeps. The secret is the SCIM key: session storage only (memory,
 * extension contexts only), forgotten at `forgetAt`. Everything else is not secret and lives in
 * local storage per CloudSSO directory, so an admin with several directories keeps them apart.
 */

export const CapturedSecret = z.object({
  secret: z.string().min(1).max(1024),
  credentialId: z.string().max(128).nullable(),
  /** Key of the directory in `directoriesItem` the key belongs to. */
  directoryKey: z.string().max(256),
  capturedAt: z.number(),
  forgetAt: z.number(),
});
export type CapturedSecret = z.infer<typeof CapturedSecret>;

export const secretItem = defineStored({
  area: 'session',
  key: 'scimSecret',
  version: 1,
  schema: CapturedSecret.nullable(),
  fallback: null,
});

export const Credential = z.object({
  id: z.string().max(128),
  createdAt: z.number().nullable(),
  /** One year after creation (cloudsso.md §2.3). */
  expiresAt: z.number().nullable(),
});

export const Directory = z.object({
  key: z.string().max(256),
  site: z.enum(['cn', 'intl']),
  directoryId: z.string().max(128).nullable(),
  endpoint: z.string().max(2048).nullable(),
  acceleratedEndpoint: z.string().max(2048).nullable(),
  /** Why the endpoint does not look like a CloudSSO SCIM endpoint; null when it does. */
  endpointIssue: z.string().max(512).nullable(),
  region: z.string().max(64).nullable(),
  syncEnabled: z.boolean().nullable(),
  credentials: z.array(Credential).max(8),
  scimUsers: z.number().int().nullable(),
  scimGroups: z.number().int().nullable(),
  updatedAt: z.number(),
});
export type Directory = z.infer<typeof Directory>;

export const directoriesItem = defineStored({
  area: 'local',
  key: 'directories',
  version: 1,
  schema: z.record(z.string(), Directory),
  fallback: {},
});

/** The directory the admin worked with last; the side panel shows it. */
export const currentDirectoryItem = defineStored({
  area: 'local',
  key: 'currentDirectory',
  version: 1,
  schema: z.string().nullable(),
  fallback: null,
});
