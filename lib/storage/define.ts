import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';

export type Area = 'local' | 'session';

export interface StoredItemOptions<S extends z.ZodType> {
  /** `session` holds secrets (memory only, trusted contexts only); `local` everything else. */
  area: Area;
  key: string;
  version: number;
  schema: S;
  fallback: z.output<S>;
  /** Version number → function from the previous version's value to this version's. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

export interface StoredItem<T> {
  readonly area: Area;
  readonly key: string;
  readonly storageKey: `${Area}:${string}`;
  readonly version: number;
  /** Reads and validates; a missing, old-shaped or corrupted value reads as the fallback. */
  get(): Promise<T>;
  /** Validates before writing, so a bad value never reaches storage. */
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with each new validated value; returns the unsubscribe function. */
  watch(callback: (value: T) => void): () => void;
}

/**
 * Declares one stored item. WXT runs the migrations on start-up; zod validates on every read and
 * write, so corrupted or foreign data fails in this one place instead of deep in a feature.
 */
export function defineStored<S extends z.ZodType>(
  options: StoredItemOptions<S>,
): StoredItem<z.output<S>> {
  type T = z.output<S>;
  const storageKey = `${options.area}:${options.key}` as const;
  // Created on first use, not at import: WXT reads the value as soon as an item is defined, and
  // content scripts import the schemas next to the items but may not touch session storage
  // ("Access to storage is not allowed from this context").
  let created: ReturnType<typeof storage.defineItem<unknown>> | undefined;
  const item = (): ReturnType<typeof storage.defineItem<unknown>> =>
    (created ??= storage.defineItem<unknown>(storageKey, {
      fallback: options.fallback,
      version: options.version,
      ...(options.migrations ? { migrations: options.migrations } : {}),
    }));
  const parse = (raw: unknown): T => {
    const result = options.schema.safeParse(raw);
    return result.success ? result.data : options.fallback;
  };
  return {
    area: options.area,
    key: options.key,
    storageKey,
    version: options.version,
    get: async () => parse(await item().getValue()),
    set: async (value) => {
      await item().setValue(options.schema.parse(value));
    },
    remove: () => item().removeValue(),
    watch: (callback) => item().watch((value) => callback(parse(value))),
  };
}
