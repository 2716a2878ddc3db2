import type { TargetId } from '../targets/targets';
import type { MappingObject } from './types';

/**
 * Which CloudSSO rule an Entra target attribute falls under. The facts come from
 * docs/research/cloudsso.md#attribute-mappings (CloudSSO's user and group fields, the Alibaba
 * guide's "keep only these mappings" step) and docs/research/entra-portal.md#attribute-mapping-page.
 */
export type TargetClass =
  /** A field with a CloudSSO naming rule: its rows get the proof's verdict. */
  | { kind: 'rule'; targetId: TargetId }
  /** A field CloudSSO takes without a name rule (externalId, active, members). */
  | { kind: 'kept' }
  /** No CloudSSO field: the Alibaba guide says delete the mapping. */
  | { kind: 'unsupported'; multiValue: boolean };

/** SCIM attribute names are case-insensitive (RFC 7643 §2.1); Entra shows them as written. */
const key = (target: string): string => target.trim().toLowerCase();

const USER_RULES: Record<string, TargetId> = {
  username: 'user.userName',
  displayname: 'user.displayName',
  'name.givenname': 'user.name.givenName',
  'name.familyname': 'user.name.familyName',
};
const USER_KEPT = new Set(['externalid', 'active']);
const GROUP_KEPT = new Set(['externalid', 'members']);

/** `emails[type eq "work"].value`, `emails`: CloudSSO keeps one e-mail address. */
export const isEmailTarget = (target: string): boolean => /^emails(\[|\.|$)/.test(key(target));

/** Multi-valued SCIM attributes: several entries in one list are what CloudSSO fails on. */
const MULTI_VALUED =
  /^(emails|phonenumbers|addresses|ims|photos|entitlements|roles|x509certificates)(\[|\.|$)/;

export function classifyTarget(object: MappingObject, target: string): TargetClass {
  const k = key(target);
  if (object === 'user') {
    const rule = USER_RULES[k];
    if (rule) return { kind: 'rule', targetId: rule };
    if (isEmailTarget(target)) return { kind: 'rule', targetId: 'user.emails' };
    if (USER_KEPT.has(k)) return { kind: 'kept' };
  } else {
    if (k === 'displayname') return { kind: 'rule', targetId: 'group.displayName' };
    if (GROUP_KEPT.has(k)) return { kind: 'kept' };
  }
  return { kind: 'unsupported', multiValue: MULTI_VALUED.test(k) };
}

/** The attribute Entra queries CloudSSO by when matching (docs/research/cloudsso.md#entra-behaviour-that-matters-here). */
export const MATCHING_TARGET: Record<MappingObject, string> = {
  user: 'userName',
  group: 'displayName',
};
