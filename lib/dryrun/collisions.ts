import type { CollisionGroup, CollisionMember } from './types';

/**
 * Finds names that two different objects would both get. CloudSSO names are unique in a
 * directory; whether CloudSSO compares them ignoring case is NOT confirmed (docs/research/cloudsso.md#open-questions says
 * "unique" only), so both are reported: every group is keyed ignoring case, and `exact` tells
 * whether two members are equal letter for letter. The UI counts both kinds.
 */
export class CollisionFinder {
  private readonly byKey = new Map<string, CollisionMember[]>();

  add(member: CollisionMember): void {
    // toLowerCase, not a locale-aware fold: CloudSSO names are ASCII by rule, and the same
    // folding for every browser keeps the report reproducible.
    const key = member.name.toLowerCase();
    const list = this.byKey.get(key);
    if (list) list.push(member);
    else this.byKey.set(key, [member]);
  }

  /** Groups with at least two different objects, largest first. */
  groups(): CollisionGroup[] {
    const out: CollisionGroup[] = [];
    for (const [key, members] of this.byKey) {
      if (members.length < 2 || !distinctObjects(members)) continue;
      out.push({ key, exact: hasExactPair(members), members });
    }
    return out.sort((a, b) => b.members.length - a.members.length || cmp(a.key, b.key));
  }
}

/** The same object listed twice (same objectId) is a duplicate row, not a collision. */
function distinctObjects(members: readonly CollisionMember[]): boolean {
  const ids = new Set(members.map((m) => m.id ?? `#${m.index}`));
  return ids.size > 1;
}

function hasExactPair(members: readonly CollisionMember[]): boolean {
  const byName = new Map<string, CollisionMember[]>();
  for (const m of members) {
    const list = byName.get(m.name);
    if (list) list.push(m);
    else byName.set(m.name, [m]);
  }
  return [...byName.values()].some(distinctObjects);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
