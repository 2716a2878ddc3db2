import { z } from 'zod';
import { defineStored } from './define';

/** One frame of a tab in which a content script announced itself. */
export const PortalFrame = z.object({
  tabId: z.number().int(),
  frameId: z.number().int(),
  portal: z.enum(['cloudsso', 'azure']),
  origin: z.string(),
  reactView: z.boolean(),
  seenAt: z.number(),
  /**
   * The frame's document as the browser reported it (Chrome 106+): a route change inside a
   * single-page console keeps it, a new page replaces it. Absent where the browser does not say.
   */
  documentId: z.string().max(128).optional(),
});
export type PortalFrame = z.infer<typeof PortalFrame>;

/**
 * The portal frames the background knows of, keyed by "tabId:frameId". Session storage, because
 * the service worker can be stopped at any moment and must find this again when it wakes.
 */
export const portalFramesItem = defineStored({
  area: 'session',
  key: 'portalFrames',
  version: 1,
  schema: z.record(z.string(), PortalFrame),
  fallback: {},
});
