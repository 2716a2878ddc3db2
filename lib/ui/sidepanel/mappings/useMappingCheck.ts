import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkMappings, type MappingCheck } from '../../../mappings/check';
import type { MappingObject, MappingRow, UnreadRow } from '../../../mappings/types';
import type { ProofResult } from '../../../proof';
import { mappingPagesItem } from '../../../storage';
import type { StoredMappingPage } from '../../../storage/mappings';
import { useStored } from '../../hooks/useStored';

export interface KnownTable {
  rows: MappingRow[];
  unread: UnreadRow[];
  at: number;
}
export type KnownTables = Partial<Record<MappingObject, KnownTable>>;

/**
 * The newest table of each object across the reporting frames, kept while the admin switches
 * between the Users and Groups tabs (a page shows one at a time), and the newest edit pane.
 */
export function mergePages(
  pages: readonly StoredMappingPage[],
  known: KnownTables,
): { tables: KnownTables; edit: StoredMappingPage['edit'] } {
  const tables: KnownTables = { ...known };
  let edit: StoredMappingPage['edit'] = null;
  let editAt = -1;
  for (const p of pages) {
    for (const t of p.tables) {
      const have = tables[t.object];
      if (!have || have.at <= p.at) tables[t.object] = { rows: t.rows, unread: t.unread, at: p.at };
    }
    if (p.edit && p.at > editAt) {
      edit = p.edit;
      editAt = p.at;
    }
  }
  return { tables, edit };
}

export function checkTables(tables: KnownTables, cache?: Map<string, ProofResult>): MappingCheck {
  const objects = (['user', 'group'] as const).filter((o) => tables[o]);
  return checkMappings(
    {
      objects,
      rows: objects.flatMap((o) => tables[o]!.rows),
      unread: objects.flatMap((o) => tables[o]!.unread),
    },
    cache,
  );
}

/** One cache for the panel: the Mapping check and the report prove each expression once. */
const SHARED_PROOFS = new Map<string, ProofResult>();

/** The page's Mapping check, recomputed as the page reports changes; proofs are cached. */
export function usePageCheck(): {
  check: MappingCheck | null;
  edit: StoredMappingPage['edit'];
  pending: boolean;
} {
  const pages = useStored(mappingPagesItem);
  const known = useRef<KnownTables>({});
  const cache = useRef(SHARED_PROOFS);
  const merged = useMemo(() => {
    const m = mergePages(Object.values(pages ?? {}), known.current);
    known.current = m.tables;
    return m;
  }, [pages]);
  const [check, setCheck] = useState<MappingCheck | null>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!merged.tables.user && !merged.tables.group) {
      setCheck(null);
      return undefined;
    }
    setPending(true);
    // After this render, so the panel shows "Checking…" rather than freezing on a big table.
    const timer = setTimeout(() => {
      const t0 = performance.now();
      setCheck(checkTables(merged.tables, cache.current));
      setPending(false);
      (globalThis as { __mappingCheckMs?: number }).__mappingCheckMs = performance.now() - t0;
    }, 0);
    return () => clearTimeout(timer);
  }, [merged.tables]);
  return { check, edit: merged.edit, pending };
}
