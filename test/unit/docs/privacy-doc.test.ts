import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as storage from '../../../lib/storage';
import type { StoredItem } from '../../../lib/storage';

/**
 * docs/privacy.md tells store reviewers and admins what is stored where: its table must list
 * every stored item the code declares, with the declared area and version, and nothing else.
 */

const isItem = (v: unknown): v is StoredItem<unknown> =>
  typeof v === 'object' && v !== null && 'storageKey' in v && 'version' in v;

describe('docs/privacy.md', () => {
  const doc = readFileSync('docs/privacy.md', 'utf8');
  const items: StoredItem<unknown>[] = [
    ...new Set(Object.values(storage as Record<string, unknown>).filter(isItem)),
  ];
  const rows = [...doc.matchAll(/^\|\s*`((?:session|local):\w+)`\s+v(\d+)\s*\|/gm)].map((m) => ({
    key: m[1]!,
    version: Number(m[2]),
  }));

  it('lists every stored item with its area and version, and nothing else', () => {
    expect(items.length).toBeGreaterThan(5);
    const declared = items.map((i) => ({ key: i.storageKey, version: i.version }));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...rows].sort(byKey)).toEqual(declared.sort(byKey));
  });

  it('names no storage.sync: nothing is copied to other devices', () => {
    expect(items.every((i) => i.area === 'session' || i.area === 'local')).toBe(true);
  });
});
