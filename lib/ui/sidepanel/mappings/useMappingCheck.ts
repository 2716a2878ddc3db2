import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MappingCheck } from '../../../mappings/check';
import type { KnownTables } from './check-tables';
import type { ProofResult } from '../../../proof';
import { mappingPagesItem } from '../../../storage';
import type { StoredMappingPage } from '../../../storage/mappings';
import { useStored } from '../../hooks/useStored';

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
    // After this render, so the panel shows "Checking…" rather than freezing on a big table; the
    // check and the expression engine under it load only now, after the panel's first paint
    // (docs/performance.md).
    let live = true;
    import('./check-tables').then(
      ({ checkTables }) => {
        if (!live) return;
        const t0 = performance.now();
        setCheck(checkTables(merged.tables, cache.current));
        setPending(false);
        (globalThis as { __mappingCheckMs?: number }).__mappingCheckMs = performance.now() - t0;
      },
      // The check's file is gone (the extension was updated under an open panel): no verdicts,
      // and no "Checking…" that never ends.
      () => {
        if (live) setPending(false);
      },
    );
    return () => {
      live = false;
    };
  }, [merged.tables]);
  return { check, edit: merged.edit, pending };
}
