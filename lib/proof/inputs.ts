/**
 * What an input attribute can hold, from the Entra bounds stored beside the targets
 * (lib/targets/targets.ts ENTRA_INPUT_BOUNDS) plus which attributes Entra always fills.
 *
 * Presence: every attribute may be missing (null) or "" EXCEPT
 *  - objectId (users and groups): the object's id, always set (a GUID, 36 characters);
 *  - userPrincipalName (users): required on every Entra user (Graph "create user": required
 *    property), never empty.
 * displayName is also required when a user or group is created through Graph, but the linter's
 * corpus holds objects without one (synced or API-created objects can carry an empty value) and
 * the proof must not promise more than the corpus shows, so it is treated as optional.
 *
 * An attribute without a bound is "any string, any length, possibly multi-valued, possibly
 * missing". Names are case-sensitive, as in Entra: [DisplayName] is not [displayName].
 *
 * A bound the data marks `unconfirmed` (mail, user and group mailNickname, group displayName; see
 * docs/research/entra-expressions.md#input-bounds) is no ground for a proof: its length and characters are
 * ignored and the value is any single string. `secondary` bounds (Graph's documented maxima,
 * restated by connector docs) are used. If a primary source confirms one of the others, raise
 * its confidence in lib/targets/targets.ts with the citation and the proof uses it.
 */

import { ENTRA_INPUT_BOUNDS, type CharClass } from '../targets/targets';
import { CharSet } from './charset';
import type { AnalysisEnv, AttrBound } from './context';

export type EntraObject = 'user' | 'group';

/** Always present and never empty, per object type (see the header for the sources). */
export const ALWAYS_PRESENT: Readonly<Record<EntraObject, readonly string[]>> = {
  user: ['objectId', 'userPrincipalName'],
  group: ['objectId'],
};

/** Exact lengths Entra guarantees (objectId is a hyphenated GUID). */
const FIXED_LENGTH: Readonly<Record<string, number>> = { objectId: 36 };

export const UNKNOWN_ATTRIBUTE: AttrBound = {
  chars: CharSet.ALL_UNITS,
  min: 0,
  max: Infinity,
  required: false,
  multi: true,
  known: false,
};

function unitsOf(cls: CharClass | null): CharSet {
  return cls ? CharSet.fromRanges(cls.ranges).toUnits() : CharSet.ALL_UNITS;
}

/** The bound of one attribute of a user or a group. */
export function attributeBound(object: EntraObject, name: string): AttrBound {
  const bound = ENTRA_INPUT_BOUNDS.find((b) => b.object === object && b.attribute === name);
  if (!bound) return UNKNOWN_ATTRIBUTE;
  const required = ALWAYS_PRESENT[object].includes(name);
  const fixed = FIXED_LENGTH[name];
  const trusted = bound.confidence !== 'unconfirmed';
  return {
    chars: trusted ? unitsOf(bound.charset) : CharSet.ALL_UNITS,
    min: fixed ?? (required ? 1 : 0),
    max: fixed ?? (trusted ? bound.maxLength : null) ?? Infinity,
    required,
    multi: false,
    known: true,
  };
}

export function envFor(object: EntraObject): AnalysisEnv {
  const cache = new Map<string, AttrBound>();
  return {
    attribute(name: string): AttrBound {
      let b = cache.get(name);
      if (!b) {
        b = attributeBound(object, name);
        cache.set(name, b);
      }
      return b;
    },
  };
}
