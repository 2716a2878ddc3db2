import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { ALL_ITEMS, defineStored, settingsItem } from '@/lib/storage';

beforeEach(() => fakeBrowser.reset());

describe('stored items', () => {
  it('have unique keys and a version each', () => {
    const keys = ALL_ITEMS.map((i) => i.storageKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const item of ALL_ITEMS) expect(item.version).toBeGreaterThanOrEqual(1);
  });

  it('read the fallback when the stored value is corrupted', async () => {
    await fakeBrowser.storage.local.set({ settings: { secretTtlMinutes: 'forever' } });
    await expect(settingsItem.get()).resolves.toEqual({
      secretTtlMinutes: 30,
      askBeforeKeepingSecret: false,
      fillWhenFormAppears: false,
      clipboardClearSeconds: 60,
    });
  });

  it('refuse to write an invalid value', async () => {
    await expect(
      settingsItem.set({
        secretTtlMinutes: 500,
        askBeforeKeepingSecret: false,
        fillWhenFormAppears: false,
        clipboardClearSeconds: 60,
      }),
    ).rejects.toThrow();
    await expect(fakeBrowser.storage.local.get('settings')).resolves.toEqual({});
  });

  it('migrate an old version to the current one', async () => {
    await fakeBrowser.storage.local.set({ demo: 'alice', demo$: { v: 1 } });
    const item = defineStored({
      area: 'local',
      key: 'demo',
      version: 2,
      schema: z.object({ name: z.string() }),
      fallback: { name: '' },
      migrations: { 2: (old) => ({ name: String(old) }) },
    });
    await expect.poll(() => item.get()).toEqual({ name: 'alice' });
  });

  it('tell watchers about changes made elsewhere', async () => {
    const seen: number[] = [];
    const stop = settingsItem.watch((s) => seen.push(s.secretTtlMinutes));
    await fakeBrowser.storage.local.set({
      settings: { secretTtlMinutes: 45, askBeforeKeepingSecret: false, fillWhenFormAppears: true },
    });
    stop();
    expect(seen).toEqual([45]);
  });
});
