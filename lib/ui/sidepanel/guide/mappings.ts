/**
 * What step 5 recommends. CloudSSO's own tables are images in its docs, so this is the usual set
 * (product.md; cloudsso.md §4.2, marked [?]): shown as a recommendation to confirm on a tenant.
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
}

/**
 * Expressions for names that break CloudSSO's rules (cloudsso.md §1, §4.3), each proven safe
 * for its target by the linter's proof engine (test/unit/guide/mappings.test.ts). Two different
 * Entra names can still become the same CloudSSO name; the linter's dry run shows it.
 */
export const EXPRESSIONS: readonly ExpressionAdvice[] = [
  {
    id: 'group-displayName',
    targetId: 'group.displayName',
    // Falls back to "group-<objectId>" when nothing is left (a name of only CJK characters):
    // CloudSSO needs at least one character. The proof engine's fix of the simple form.
    expression:
      'IgnoreFlowIfNullOrEmpty(Switch(Left(Replace(NormalizeDiacritics([displayName]), , "[^A-Za-z0-9._-]", , "-", , ), 128), Left(Replace(NormalizeDiacritics([displayName]), , "[^A-Za-z0-9._-]", , "-", , ), 128), "", Join("", "group-", [objectId])))',
  },
  {
    id: 'user-userName',
    targetId: 'user.userName',
    expression:
      'Left(Replace(NormalizeDiacritics([userPrincipalName]), , "[^A-Za-z0-9@._-]", , "_", , ), 64)',
  },
  {
    id: 'user-displayName',
    targetId: 'user.displayName',
    expression: 'Left([displayName], 256)',
  },
];

/** Settings of step 5 with their exact Entra wording. */
export const SCOPE_VALUE = 'Sync only assigned users and groups';
export const STATUS_VALUE = 'On';
