/**
 * Source attributes of Microsoft Entra users and groups as the provisioning service names them
 * (attribute names are case-sensitive: a wrong case fails on save with SchemaInvalid,
 * azure-docs#58604). Used to suggest the right case and to know which attributes are never empty.
 */

/** Attributes Entra requires on every user or group, so they are never null or empty. */
const ALWAYS_PRESENT = [
  'objectId',
  'userPrincipalName',
  'displayName',
  'mailNickname',
  'accountEnabled',
  'IsSoftDeleted',
] as const;

const OPTIONAL = [
  'appRoleAssignments',
  'city',
  'companyName',
  'country',
  'department',
  'description',
  'employeeHireDate',
  'employeeId',
  'employeeLeaveDateTime',
  'employeeOrgData.costCenter',
  'employeeOrgData.division',
  'employeeType',
  'facsimileTelephoneNumber',
  'givenName',
  'jobTitle',
  'mail',
  'manager',
  'members',
  'mobile',
  'onPremisesDistinguishedName',
  'onPremisesDomainName',
  'onPremisesSamAccountName',
  'onPremisesSecurityIdentifier',
  'onPremisesUserPrincipalName',
  'otherMails',
  'physicalDeliveryOfficeName',
  'postalCode',
  'preferredLanguage',
  'proxyAddresses',
  'state',
  'streetAddress',
  'surname',
  'telephoneNumber',
  'usageLocation',
  'userType',
  'securityEnabled',
  'mailEnabled',
  ...Array.from({ length: 15 }, (_, i) => `extensionAttribute${i + 1}`),
];

const CANONICAL = new Map<string, string>(
  [...ALWAYS_PRESENT, ...OPTIONAL].map((name) => [name.toLowerCase(), name]),
);
const PRESENT = new Set<string>(ALWAYS_PRESENT);

/** The canonical spelling of a well-known Entra attribute, whatever the case written. */
export function canonicalAttribute(name: string): string | undefined {
  return CANONICAL.get(name.toLowerCase());
}

/** True when Entra guarantees the attribute has a value on every object. */
export function isAlwaysPresent(name: string): boolean {
  return PRESENT.has(name);
}
