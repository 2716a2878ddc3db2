import { z } from 'zod';
import { defineStored } from './define';

export const SECRET_TTL_MINUTES = { min: 5, max: 120, default: 30 } as const;

export const Settings = z.object({
  /** How long the SCIM key is kept in session storage before it is forgotten. */
  secretTtlMinutes: z
    .number()
    .int()
    .min(SECRET_TTL_MINUTES.min)
    .max(SECRET_TTL_MINUTES.max)
    .default(SECRET_TTL_MINUTES.default),
  /** When on, the in-page notice asks for a click before the key is kept. */
  askBeforeKeepingSecret: z.boolean().default(false),
  /** When on, Tenant URL and Secret token are filled as soon as the form appears. */
  fillWhenFormAppears: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

export const settingsItem = defineStored({
  area: 'local',
  key: 'settings',
  version: 1,
  schema: Settings,
  fallback: Settings.parse({}),
});
