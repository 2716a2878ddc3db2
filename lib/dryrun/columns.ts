/**
 * Which CSV column feeds which Entra source attribute. Entra's "Download users" and "Download
 * groups" files name their columns after the attributes (`userPrincipalName`, `displayName`,
 * `objectId`, Graph's `id`...); list views exported from the admin center and hand-edited
 * spreadsheets use human headers ("User principal name", "Object Id"); Entra's bulk templates
 * write `Name [displayName] Required`. All of them map here, ignoring case, spaces and
 * punctuation; the admin can change every guess.
 */

/** The Entra source attributes the linter's expressions most often read, in the order shown. */
export const KNOWN_ATTRIBUTES = [
  'objectId',
  'displayName',
  'userPrincipalName',
  'mail',
  'givenName',
  'surname',
  'mailNickname',
] as const;

/** Normalized header → attribute. Keys are lower-case letters and digits only. */
const ALIASES: Record<string, string> = {
  objectid: 'objectId',
  id: 'objectId',
  objectidentifier: 'objectId',
  displayname: 'displayName',
  name: 'displayName',
  groupname: 'displayName',
  userprincipalname: 'userPrincipalName',
  upn: 'userPrincipalName',
  signinname: 'userPrincipalName',
  mail: 'mail',
  email: 'mail',
  emailaddress: 'mail',
  givenname: 'givenName',
  firstname: 'givenName',
  surname: 'surname',
  lastname: 'surname',
  familyname: 'surname',
  sn: 'surname',
  mailnickname: 'mailNickname',
  alias: 'mailNickname',
};

/** A column → attribute assignment; `null` ignores the column. */
export type ColumnMapping = (string | null)[];

const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9_.:-]{0,127}$/;

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The attribute one header most likely holds, or null when it cannot be used as one. */
export function guessAttribute(header: string): string | null {
  const trimmed = header.replace(/^\uFEFF/, '').trim();
  // Bulk templates: "User name [userPrincipalName] Required".
  const bracketed = /\[([^\]]+)\]/.exec(trimmed)?.[1]?.trim();
  const name = bracketed ?? trimmed;
  // Own entries only: a header "constructor" is not Object's.
  const key = normalizeHeader(name);
  const alias = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (alias) return alias;
  // Any other identifier-like header is taken as the attribute of the same name ("department").
  return ATTRIBUTE_NAME.test(name) ? name : null;
}

/**
 * One attribute per column: the first column claiming an attribute keeps it, later ones are
 * ignored, so `[displayName]` is never fed by two columns at once.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<string>();
  return headers.map((header) => {
    const attribute = guessAttribute(header);
    if (attribute === null || taken.has(attribute)) return null;
    taken.add(attribute);
    return attribute;
  });
}

/** Whether a string can name an attribute inside `[...]` of an expression. */
export function isAttributeName(name: string): boolean {
  return ATTRIBUTE_NAME.test(name);
}
