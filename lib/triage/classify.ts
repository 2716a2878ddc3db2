import { checkOutput, getTarget, charClassHas, type TargetId } from '../lint';
import { recommendedExpression } from '../proof';
import type { AffectedObject, CauseDetail, LogEntry, ModifiedProperty } from './types';

/**
 * Puts one failed log entry into a CloudSSO cause. Entra reports most target refusals as a
 * generic SCIM error (docs/research/entra-portal.md#provisioning-logs), so the cause comes first
 * from what is unambiguous (the credential, the endpoint, quarantine, a uniqueness conflict), then
 * from the values Entra sent, checked against CloudSSO's rules by the linter (lib/lint), and
 * otherwise stays "other" with Entra's own words.
 */

/** SCIM attribute as Entra names it in modifiedProperties → the linter's target, per object type. */
const USER_TARGETS: Record<string, TargetId> = {
  username: 'user.userName',
  displayname: 'user.displayName',
  'name.givenname': 'user.name.givenName',
  'name.familyname': 'user.name.familyName',
  'emails[typeeq"work"].value': 'user.emails',
  emails: 'user.emails',
};
const GROUP_TARGETS: Record<string, TargetId> = { displayname: 'group.displayName' };

/** Attributes whose values must be unique in the directory (duplicates). */
const NAME_ATTRIBUTES = new Set(['username', 'displayname']);

const attrKey = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

export function targetFor(entry: LogEntry, attribute: string): TargetId | null {
  const key = attrKey(attribute);
  // An entry without an identity type: a userName is a user's, a displayName could be either;
  // the user rule is the stricter of the two only for userName, so displayName stays unknown.
  if (entry.objectType === 'group') return GROUP_TARGETS[key] ?? null;
  if (entry.objectType === 'user') return USER_TARGETS[key] ?? null;
  return key === 'username' ? 'user.userName' : null;
}

export function isFailure(entry: LogEntry): boolean {
  if (entry.status === 'failure' || entry.status === 'failed') return true;
  return entry.status === null && entry.errorCode !== null;
}

function entryText(e: LogEntry): string {
  return [e.errorCode, e.reason, e.additionalDetails].filter((s) => s !== null).join(' ');
}

const CREDENTIAL_CODES = /CredentialValidationFailure|^Unauthorized$|InvalidCredentials/i;
const DUPLICATE_CODES = /^(EntryConflict|DuplicateTargetEntries|DuplicateSourceEntries)$/i;

const fixCache = new Map<TargetId, string | null>();
function fixFor(target: TargetId): string | null {
  if (!fixCache.has(target)) fixCache.set(target, recommendedExpression(target) ?? null);
  return fixCache.get(target)!;
}

/** The value Entra sent, as one value or several (a JSON array in the log's newValue). */
function sentValues(p: ModifiedProperty): string[] | null {
  const v = p.newValue;
  if (v === null) return null;
  const t = v.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      const arr: unknown = JSON.parse(t);
      if (Array.isArray(arr))
        return arr.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
    } catch {
      // A name that merely starts with "[": one value.
    }
  }
  return [v];
}

export function normalizeName(v: string): string {
  // CloudSSO names are unique; whether it ignores case is unconfirmed
  // (docs/research/cloudsso.md#open-questions), so names equal but for case or width count.
  return v.normalize('NFKC').toLowerCase();
}

export interface DuplicateIndex {
  /** `type|attribute|normalized` → objects seen with that name. */
  byName: Map<string, Map<string, { displayName: string | null; objectId: string | null }>>;
}

export function duplicateKey(e: LogEntry, p: ModifiedProperty): string | null {
  if (!NAME_ATTRIBUTES.has(attrKey(p.name)) || p.newValue === null) return null;
  return `${e.objectType ?? '?'}|${attrKey(p.name)}|${normalizeName(p.newValue)}`;
}

export function indexNames(entries: Iterable<LogEntry>): DuplicateIndex {
  const byName: DuplicateIndex['byName'] = new Map();
  for (const e of entries) {
    for (const p of e.modified) {
      const key = duplicateKey(e, p);
      if (key === null) continue;
      const objects = byName.get(key) ?? new Map();
      objects.set(e.objectId ?? e.displayName ?? e.id, {
        displayName: e.displayName,
        objectId: e.objectId,
      });
      byName.set(key, objects);
    }
  }
  return { byName };
}

function offendingChars(target: TargetId, value: string): string[] {
  const charset = getTarget(target).rule.charset;
  if (!charset) return [];
  const seen = new Set<string>();
  for (const ch of value) {
    if (!charClassHas(charset, ch.codePointAt(0)!)) seen.add(ch);
  }
  return [...seen];
}

export function classify(entry: LogEntry, names: DuplicateIndex): AffectedObject {
  return {
    displayName: entry.displayName,
    objectId: entry.objectId,
    entryId: entry.id,
    detail: detailOf(entry, names),
  };
}

function detailOf(entry: LogEntry, names: DuplicateIndex): CauseDetail {
  const text = entryText(entry);
  const code = entry.errorCode ?? '';
  if (/quarantin/i.test(text)) return { cause: 'quarantine' };
  if (CREDENTIAL_CODES.test(code) || /\b(401|403)\b|unauthori[sz]ed|forbidden/i.test(text)) {
    const m = /\b(401|403)\b/.exec(text);
    return { cause: 'credential', status: m ? (Number(m[1]) as 401 | 403) : null };
  }
  if (/\b404\b|\bNot Found\b/i.test(text) && !/SchemaAttributeNotFound/i.test(code)) {
    return { cause: 'endpoint' };
  }
  if (DUPLICATE_CODES.test(code) || /\b409\b|uniqueness|already exists|duplicate/i.test(text)) {
    const p = entry.modified.find((m) => duplicateKey(entry, m) !== null);
    const key = p ? duplicateKey(entry, p) : null;
    const self = entry.objectId ?? entry.displayName ?? entry.id;
    const others = key
      ? [...(names.byName.get(key) ?? new Map()).entries()]
          .filter(([k]) => k !== self)
          .map(([, o]) => o)
      : [];
    return {
      cause: 'duplicate',
      attribute: p?.name ?? null,
      normalized: p?.newValue != null ? normalizeName(p.newValue) : null,
      others,
    };
  }
  for (const p of entry.modified) {
    const target = targetFor(entry, p.name);
    const values = sentValues(p);
    if (target && values && values.length > 1) {
      return { cause: 'multi-valued', attribute: p.name, count: values.length };
    }
  }
  if (/multi-?valued|multiple values/i.test(text)) {
    const p = entry.modified.find((m) => targetFor(entry, m.name) !== null);
    return { cause: 'multi-valued', attribute: p?.name ?? 'emails', count: 0 };
  }
  for (const p of entry.modified) {
    const target = targetFor(entry, p.name);
    const values = sentValues(p);
    if (!target || !values || values.length !== 1) continue;
    const value = values[0]!;
    const broken = checkOutput(getTarget(target), value).filter((v) => v.severity === 'error');
    if (broken.length === 0) continue;
    const max = getTarget(target).rule.maxLength;
    return {
      cause: 'rejected-name',
      attribute: p.name,
      targetId: target,
      offending: offendingChars(target, value),
      tooLong: value.length > max ? { length: value.length, max } : null,
      fix: fixFor(target),
    };
  }
  const words = [entry.errorCode, entry.reason].filter((s) => s !== null).join(': ');
  return { cause: 'other', text: words || entry.additionalDetails || 'No reason given.' };
}
