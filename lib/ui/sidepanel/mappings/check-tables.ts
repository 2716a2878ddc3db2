import { checkMappings, type MappingCheck } from '../../../mappings/check';
import type { ProofResult } from '../../../proof';
import type { MappingObject, MappingRow, UnreadRow } from '../../../mappings/types';

export interface KnownTable {
  rows: MappingRow[];
  unread: UnreadRow[];
  at: number;
}
export type KnownTables = Partial<Record<MappingObject, KnownTable>>;

/**
 * The Mapping check of the tables the page showed. Its own module because it brings the
 * expression engine and its proof: the panel loads it with import() once a table is reported.
 */
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
