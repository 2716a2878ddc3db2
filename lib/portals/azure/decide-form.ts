/**
 * Where the credentials form is: pure decisions over extracted records, tested with literals.
 * A field is filled only when it is the one labelled, the key only goes to a password input, and
 * a form whose fields are named only by where their text sits must be confirmed first.
 */
import type { FieldRecord, FrameSnapshot } from './extract';
import { LABEL_SOURCES, VISUAL_SOURCES, type FieldLabel } from './label-sources';
import {
  ADMIN_CREDENTIALS_LABELS,
  SECRET_TOKEN_LABELS,
  TENANT_URL_LABELS,
  TEST_CONNECTION_LABELS,
} from './selectors';
import { isLabel } from './text';

export type FormProblem =
  /** No field labelled Tenant URL outside the top bar and search. */
  | 'no-tenant-url'
  /** Tenant URL found, but no Secret token field beside it in the same form. */
  | 'no-secret-token'
  /** The field labelled Secret token is not a password input: the key never goes there. */
  | 'secret-not-password'
  /** More than one form qualifies; filling one would be a guess. */
  | 'ambiguous'
  /** The fields exist but are not shown (a collapsed Admin Credentials section). */
  | 'hidden'
  | 'disabled'
  /**
   * Tenant URL and Secret token were found only by the text beside them, and nothing around
   * them confirms a credentials form (no Test connection button with them).
   */
  | 'unconfirmed';

export interface CredentialsForm {
  tenantUrl: number;
  secretToken: number;
  variant: 'classic' | 'new';
  /** The Secret token field already holds a value: a saved secret, shown masked. */
  secretPresent: boolean;
}

export type FormDecision =
  { ok: true; form: CredentialsForm } | { ok: false; problem: FormProblem };

type Role = 'tenant-url' | 'secret-token';

interface Named {
  field: FieldRecord;
  role: Role;
  /** Found only by a visual label (label-top, label-left). */
  visual: boolean;
}

const rank = (label: FieldLabel): number => LABEL_SOURCES.indexOf(label.source);

/**
 * What a field is labelled as. The highest-ranked source that names Tenant URL or Secret token
 * decides, so a label the page declares wins over text that merely sits nearby. A placeholder
 * never names a field: it disappears once the field is filled, and pages use it for examples.
 */
export function fieldRole(field: FieldRecord): { role: Role; visual: boolean } | null {
  const labels = [...field.labels].sort((a, b) => rank(a) - rank(b));
  for (const label of labels) {
    if (label.source === 'placeholder') break;
    const tenant = isLabel(label.text, TENANT_URL_LABELS);
    if (tenant || isLabel(label.text, SECRET_TOKEN_LABELS)) {
      return {
        role: tenant ? 'tenant-url' : 'secret-token',
        visual: VISUAL_SOURCES.has(label.source),
      };
    }
  }
  return null;
}

/** The nearest element id present in every chain (chains are nearest first), or null. */
function smallestCommon(chains: readonly (readonly number[])[]): number | null {
  const [first, ...rest] = chains;
  return first?.find((id) => rest.every((chain) => chain.includes(id))) ?? null;
}

/**
 * Whether the form around a pair named only visually is a credentials form: a visible Test
 * connection button and the two fields inside one container smaller than the page, within the
 * pair's form or blade. (The other half of the rule, the Admin credentials heading or the pair in
 * one scope, holds by construction: the pair is already in one scope.) The Secret token field
 * being a password input is checked for every pair. docs/research/entra-portal.md#credentials-form
 */
function confirmed(snapshot: FrameSnapshot, t: FieldRecord, s: FieldRecord): boolean {
  return snapshot.buttons.some((b) => {
    if (b.hidden || !isLabel(b.text, TEST_CONNECTION_LABELS)) return false;
    const common = smallestCommon([t.ancestors, s.ancestors, b.ancestors]);
    if (common === null) return false;
    // The container must not reach past the pair's own form or blade.
    return t.scope === -1 || t.ancestors.indexOf(t.scope) >= t.ancestors.indexOf(common);
  });
}

/**
 * Finds Tenant URL and Secret token by their labels, both in one form, outside the portal's
 * top bar and search. Refuses rather than guesses: a field is only ever filled when it is the
 * one labelled, and the key only goes to a password input.
 */
export function findCredentialsForm(snapshot: FrameSnapshot): FormDecision {
  const named: Named[] = [];
  for (const field of snapshot.fields) {
    if (field.excluded) continue;
    const role = fieldRole(field);
    if (role) named.push({ field, ...role });
  }
  const tenant = named.filter((n) => n.role === 'tenant-url' && n.field.type !== 'password');
  const secret = named.filter((n) => n.role === 'secret-token');
  if (tenant.length === 0) return { ok: false, problem: 'no-tenant-url' };
  const pairs = tenant.flatMap((t) =>
    secret
      .filter((s) => s.field.scope === t.field.scope && s.field.index !== t.field.index)
      .map((s) => ({ t, s })),
  );
  if (pairs.length === 0) return { ok: false, problem: 'no-secret-token' };
  const shown = pairs.filter(({ t, s }) => !t.field.hidden && !s.field.hidden);
  if (shown.length === 0) return { ok: false, problem: 'hidden' };
  if (shown.length > 1) return { ok: false, problem: 'ambiguous' };
  const { t, s } = shown[0]!;
  if (s.field.type !== 'password') return { ok: false, problem: 'secret-not-password' };
  if ((t.visual || s.visual) && !confirmed(snapshot, t.field, s.field))
    return { ok: false, problem: 'unconfirmed' };
  if (t.field.disabled || t.field.readOnly || s.field.disabled || s.field.readOnly)
    return { ok: false, problem: 'disabled' };
  const classic =
    snapshot.isTop || snapshot.sections.some((sec) => isLabel(sec.text, ADMIN_CREDENTIALS_LABELS));
  return {
    ok: true,
    form: {
      tenantUrl: t.field.index,
      secretToken: s.field.index,
      variant: classic ? 'classic' : 'new',
      secretPresent: s.field.hasValue,
    },
  };
}
