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
  /**
   * When the key is forgotten. Every reader must treat a key past this time as gone
   * (`readLiveSecret` in lib/capture/live-secret.ts does), since the service worker's
   * timer does not survive the worker being stopped.
   */
  forgetAt: z.number(),
  /**
   * When the admin last asked to keep the key longer (step 5 of the side panel): the time limit
   * then counts from here, as it counts from `capturedAt` before.
   */
  renewedAt: z.number().optional(),
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
  /** One year after creation (docs/research/cloudsso.md#scim-credential), unless the console printed another date. */
  expiresAt: z.number().nullable(),
  /**
   * Where `createdAt` came from: the console ("console") or, when the key dialog printed no time,
   * the moment it was captured ("captured", within seconds of the real creation).
   */
  createdFrom: z.enum(['console', 'captured']).default('console'),
  /**
   * Enabled or disabled as the Settings list last showed it; null when unknown (a key's dialog,
   * or a list whose state wording was not recognized). Added for the rotation; older values
   * have none (unknown).
   */
  status: z.enum(['enabled', 'disabled']).nullable().optional(),
});
export type Credential = z.infer<typeof Credential>;

/** Why an endpoint does not look like a CloudSSO SCIM endpoint (lib/portals/cloudsso/endpoint.ts). */
export const EndpointIssue = z.enum([
  'not-url',
  'not-https',
  'host',
  'path',
  'extra-parts',
  'unknown-region',
]);

/** One Source count from a Users or Groups list page. */
export const ListCount = z.object({
  /** Entries shown whose Source is SCIM Synchronization. */
  scim: z.number().int().min(0),
  /** Entries shown on that page (lists are paginated). */
  listed: z.number().int().min(0),
  countedAt: z.number(),
});
export type ListCount = z.infer<typeof ListCount>;

export const Directory = z.object({
  /**
   * "<site>:<directory id>" when the console showed the id, else "<site>:site", or
   * "<site>:region:<region>" for a second directory told apart only by its endpoint.
   */
  key: z.string().max(256),
  site: z.enum(['cn', 'intl']),
  directoryId: z.string().max(128).nullable(),
  /** The regular endpoint exactly as the console shows it. */
  endpoint: z.string().max(2048).nullable(),
  acceleratedEndpoint: z.string().max(2048).nullable(),
  /** Why the endpoint does not look like a CloudSSO SCIM endpoint; null when it does. */
  endpointIssue: EndpointIssue.nullable(),
  acceleratedEndpointIssue: EndpointIssue.nullable().default(null),
  region: z.string().max(64).nullable(),
  syncEnabled: z.boolean().nullable(),
  credentials: z.array(Credential).max(8),
  /** Counts for the verification step; null until a list page was seen. */
  scimUsers: ListCount.nullable(),
  scimGroups: ListCount.nullable(),
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

/** Elements the capture reports by name when it cannot find them (selectors.ts ElementName). */
export const CaptureElement = z.enum([
  'settings-page',
  'user-settings-tab',
  'scim-section',
  'scim-endpoint',
  'sync-switch',
  'credential-dialog',
  'credential-secret',
  'source-column',
]);

export const CaptureProblem = z.object({
  element: CaptureElement,
  detail: z.enum(['not-found', 'ambiguous', 'sync-off']),
});
export type CaptureProblem = z.infer<typeof CaptureProblem>;

/** What the capture last saw in one CloudSSO console tab. */
export const CaptureTab = z.object({
  tabId: z.number().int(),
  directoryKey: z.string().max(256),
  href: z.string().max(4096),
  page: z.enum(['settings', 'users', 'groups', 'other']),
  /** Required elements not recognized on that page, by name; empty when all were found. */
  problems: z.array(CaptureProblem).max(16),
  seenAt: z.number(),
});
export type CaptureTab = z.infer<typeof CaptureTab>;

/**
 * Per console tab, keyed by tab id. Session storage: it describes open tabs, and must survive
 * the service worker being stopped, not a browser restart.
 */
export const captureTabsItem = defineStored({
  area: 'session',
  key: 'captureTabs',
  version: 1,
  schema: z.record(z.string(), CaptureTab),
  fallback: {},
});
