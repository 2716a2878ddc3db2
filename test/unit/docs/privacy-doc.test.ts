import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ITEMS, type StoredItem } from '../../../lib/storage';

/**
 * docs/privacy.md tells store reviewers and admins what is stored where: its table must list
 * every stored item the code declares, with the declared area and version, and nothing else.
 */

describe('docs/privacy.md', () => {
  const doc = readFileSync('docs/privacy.md', 'utf8');
  // ALL_ITEMS is the one list of declared items (its own test keeps keys unique).
  const items: readonly StoredItem<unknown>[] = ALL_ITEMS;
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
