import { z } from 'zod';
import { defineStored } from './define';

export const SECRET_TTL_MINUTES = { min: 5, max: 120, default: 30 } as const;
/** Seconds after "Copy secret token" until the key is cleared from the clipboard; 0 is off. */
export const CLIPBOARD_CLEAR_SECONDS = { min: 15, max: 300, default: 60 } as const;

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
  /** How long a copied key stays on the clipboard before it is cleared; 0 leaves it there. */
  clipboardClearSeconds: z
    .number()
    .int()
    .refine(
      (n) => n === 0 || (n >= CLIPBOARD_CLEAR_SECONDS.min && n <= CLIPBOARD_CLEAR_SECONDS.max),
      `0 (off) or ${CLIPBOARD_CLEAR_SECONDS.min} to ${CLIPBOARD_CLEAR_SECONDS.max} seconds`,
    )
    .default(CLIPBOARD_CLEAR_SECONDS.default),
});
export type Settings = z.infer<typeof Settings>;

export const settingsItem = defineStored({
  area: 'local',
  key: 'settings',
  version: 1,
  schema: Settings,
  fallback: Settings.parse({}),
});
