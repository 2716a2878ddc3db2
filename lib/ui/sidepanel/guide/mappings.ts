/**
 * What step 5 recommends. CloudSSO's own tables are images in its docs, so this is the usual set
 * (docs/research/cloudsso.md#the-keep-only-table-reconstructed, unconfirmed): shown as a recommendation to confirm on a tenant.
 * Only `externalId` from `objectId` is stated in Alibaba's text.
 */

export interface MappingRow {
  /** The CloudSSO (customappsso) target attribute. */
  target: string;
  /** The Entra source: an attribute or an expression. */
  source: string;
  /** The row that differs from Entra's default. */
  changed?: boolean;
}

export const USER_MAPPINGS: readonly MappingRow[] = [
  { target: 'userName', source: 'userPrincipalName' },
  { target: 'active', source: 'Switch([IsSoftDeleted], , "False", "True", "True", "False")' },
  { target: 'displayName', source: 'displayName' },
  { target: 'emails[type eq "work"].value', source: 'mail' },
  { target: 'name.givenName', source: 'givenName' },
  { target: 'name.familyName', source: 'surname' },
  { target: 'externalId', source: 'objectId', changed: true },
];

export const GROUP_MAPPINGS: readonly MappingRow[] = [
  { target: 'displayName', source: 'displayName' },
  { target: 'externalId', source: 'objectId', changed: true },
  { target: 'members', source: 'members' },
];

export interface ExpressionAdvice {
  id: 'group-displayName' | 'user-userName' | 'user-displayName';
  /** Linter target id (lib/lint targets). */
  targetId: 'group.displayName' | 'user.userName' | 'user.displayName';
  expression: string;
  /**
   * The same cleaning with part of the objectId appended, so two names that clean to the same
   * text (say "Sales & Marketing" and "Sales/Marketing") still differ in CloudSSO.
   */
  uniqueVariant?: string;
}

/**
 * Expressions for names that break CloudSSO's rules (docs/research/cloudsso.md#naming-rules, docs/research/cloudsso.md#entra-behaviour-that-matters-here): the proof engine's
 * own recommendations (`recommendedExpression` and its fix's unique variant, lib/proof), copied
 * here so the side panel does not load the engine; test/unit/ui/sidepanel/guide/mappings.test.ts checks they
 * are still what the engine recommends and that each is proven safe. Disallowed characters are
 * removed, not replaced: a name with none left (only CJK characters, say) then falls back to
 * "group-<objectId>" / "user-<objectId>" instead of becoming "---" for every such name.
 */
export const EXPRESSIONS: readonly ExpressionAdvice[] = [
  {
    id: 'group-displayName',
    targetId: 'group.displayName',
    expression:
      'IgnoreFlowIfNullOrEmpty(Switch(Left(Replace(NormalizeDiacritics([displayName]), , "[^A-Za-z0-9._-]", , "", , ), 128), Left(Replace(NormalizeDiacritics([displayName]), , "[^A-Za-z0-9._-]", , "", , ), 128), "", Join("", "group-", [objectId])))',
    uniqueVariant:
      'Join("-", Left(Replace(NormalizeDiacritics([displayName]), , "[^A-Za-z0-9._-]", , "", , ), 119), Mid([objectId], 1, 8))',
  },
  {
    id: 'user-userName',
    targetId: 'user.userName',
    expression:
      'IgnoreFlowIfNullOrEmpty(Switch(Left(Replace(NormalizeDiacritics([userPrincipalName]), , "[^A-Za-z0-9.@_-]", , "", , ), 64), Left(Replace(NormalizeDiacritics([userPrincipalName]), , "[^A-Za-z0-9.@_-]", , "", , ), 64), "", Join("", "user-", [objectId])))',
    uniqueVariant:
      'Join("-", Left(Replace(NormalizeDiacritics([userPrincipalName]), , "[^A-Za-z0-9.@_-]", , "", , ), 55), Mid([objectId], 1, 8))',
  },
  {
    id: 'user-displayName',
    targetId: 'user.displayName',
    // [displayName] alone is proven safe (Entra caps it at 256); the cap is written out so the
    // rule stays visible in the mapping.
    expression: 'Left([displayName], 256)',
  },
];
