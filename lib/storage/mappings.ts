import { z } from 'zod';
import { defineStored } from './define';

/**
 * What an Entra attribute-mapping page shows, as a frame reported it: the table's rows (or the
 * rows it could not read whole) and the Edit attribute pane's fields. Declared here, where both
 * the message contract and the stored item use it; no engine import, so storage stays light.
 */
const MAX_TEXT = 12_000; // Entra caps an expression at 10,000 characters

export const MappingObjectSchema = z.enum(['user', 'group']);
export const MappingRowSchema = z
  .object({
    object: MappingObjectSchema,
    kind: z.enum(['direct', 'constant', 'expression']),
    source: z.string().max(MAX_TEXT),
    target: z.string().max(512),
    matching: z.number().int().positive().nullable(),
    defaultValue: z.string().max(1024).nullable(),
  })
  .strict();
export const UnreadRowSchema = z
  .object({
    object: MappingObjectSchema,
    row: z.number().int().positive(),
    reason: z.string().max(200),
  })
  .strict();
export const MappingTableSchema = z
  .object({
    object: MappingObjectSchema,
    rows: z.array(MappingRowSchema).max(500),
    unread: z.array(UnreadRowSchema).max(500),
  })
  .strict();
export const EditViewSchema = z
  .object({
    object: MappingObjectSchema.nullable(),
    kind: z.enum(['direct', 'constant', 'expression']).nullable(),
    source: z.string().max(MAX_TEXT),
    target: z.string().max(512),
    defaultValue: z.string().max(1024).nullable(),
    matching: z.boolean(),
  })
  .strict();

/** One frame's report. `docStart` names the frame's document, as in the guide's reports. */
export const MappingPageReport = z
  .object({
    docStart: z.number(),
    tables: z.array(MappingTableSchema).max(4),
    edit: EditViewSchema.nullable(),
  })
  .strict();
export type MappingPageReport = z.infer<typeof MappingPageReport>;

export const StoredMappingPage = MappingPageReport.extend({
  tabId: z.number().int(),
  frameId: z.number().int(),
  /** When it was reported (ms since epoch): the side panel shows the newest. */
  at: z.number(),
});
export type StoredMappingPage = z.infer<typeof StoredMappingPage>;

/**
 * The mapping pages the Azure content script sees now, keyed by "tabId:frameId". Session
 * storage: page text, never kept past the browser session; a frame that shows no mapping any
 * more removes its entry.
 */
export const mappingPagesItem = defineStored({
  area: 'session',
  key: 'mappingPages',
  version: 1,
  schema: z.record(z.string(), StoredMappingPage),
  fallback: {},
});
