import { beforeEach, describe, expect, it } from 'vitest';
import { findCredentialsForm } from '@/lib/portals/azure/decide';
import { extractFrame } from '@/lib/portals/azure/extract';
import { isLabel, normalizeLabel } from '@/lib/portals/azure/text';
import { SECRET_TOKEN_LABELS, TENANT_URL_LABELS } from '@/lib/portals/azure/selectors';

function load(html: string, isTop = false): ReturnType<typeof extractFrame> {
  document.body.innerHTML = html;
  return extractFrame(document, isTop);
}

/** Which element ids the decision picked, or its problem. */
function decide(html: string, isTop = false): { tenant: string; secret: string } | string {
  const { snapshot, elements } = load(html, isTop);
  const d = findCredentialsForm(snapshot);
  if (!d.ok) return d.problem;
  return { tenant: elements[d.form.tenantUrl]!.id, secret: elements[d.form.secretToken]!.id };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('label matching', () => {
  it('ignores case, surrounding space, a required marker and script spacing', () => {
    expect(isLabel('  Secret token *', SECRET_TOKEN_LABELS)).toBe(true);
    expect(isLabel('SECRET TOKEN:', SECRET_TOKEN_LABELS)).toBe(true);
    expect(isLabel('租户URL', TENANT_URL_LABELS)).toBe(true);
    expect(isLabel('テナントのURL *', TENANT_URL_LABELS)).toBe(true);
    expect(isLabel('Mandanten-URL', TENANT_URL_LABELS)).toBe(true);
    expect(isLabel('Tenant URL help', TENANT_URL_LABELS)).toBe(false);
    expect(isLabel('Secret', SECRET_TOKEN_LABELS)).toBe(false);
    expect(normalizeLabel('+ New configuration')).toBe('newconfiguration');
  });

  it('drops every trailing marker however it is spaced (a colon, then the required star)', () => {
    // The live form draws the red star in a box of its own: read with the label it becomes
    // "Tenant URL *", and a release that adds a colon makes it "Tenant URL: *".
    expect(isLabel('Tenant URL: *', TENANT_URL_LABELS)).toBe(true);
    expect(isLabel('租户 URL： *', TENANT_URL_LABELS)).toBe(true);
    expect(isLabel('Secret token * :', SECRET_TOKEN_LABELS)).toBe(true);
    expect(isLabel('Tenant URL: x', TENANT_URL_LABELS)).toBe(false);
  });
});

describe('finding the credentials form', () => {
  it.each([
    [
      'label[for] (Fluent TextField)',
      `<form><div class="ms-TextField"><label class="ms-Label" for="t" id="tl">Tenant URL</label><input id="t" aria-labelledby="tl"></div>
       <div class="ms-TextField"><label class="ms-Label" for="s">Secret Token *</label><input id="s" type="password"></div></form>`,
    ],
    [
      'aria-labelledby only',
      `<form><span id="a">租户 URL</span><input id="t" aria-labelledby="a"><span id="b">机密令牌</span><input id="s" type="password" aria-labelledby="b"></form>`,
    ],
    [
      'aria-label (Japanese)',
      `<form><input id="t" aria-label="テナントの URL"><input id="s" type="password" aria-label="シークレット トークン"></form>`,
    ],
    [
      'wrapping labels (German)',
      `<form><label>Mandanten-URL <input id="t"></label><label>Geheimes Token <input id="s" type="password"></label></form>`,
    ],
    [
      'classic Fx field containers',
      `<section class="fxs-blade"><div class="azc-formElementContainer"><div class="azc-form-label">Tenant URL</div><input id="t" class="azc-input azc-formControl"></div>
       <div class="azc-formElementContainer"><div class="azc-form-label">Secret Token</div><input id="s" type="password" class="azc-input azc-formControl"></div></section>`,
    ],
  ])('by %s', (_name, html) => {
    expect(decide(html)).toEqual({ tenant: 't', secret: 's' });
  });

  it('never takes the decoy in the global search area', () => {
    const html = `<header role="banner"><div role="search"><label for="q">Tenant URL</label><input id="q"></div></header>
      <section class="fxs-blade"><label for="t">Tenant URL</label><input id="t"><label for="s">Secret Token</label><input id="s" type="password"></section>`;
    expect(decide(html, true)).toEqual({ tenant: 't', secret: 's' });
    // With only the decoy there is no form at all.
    expect(
      decide(
        `<header role="banner"><div role="search"><label for="q">Tenant URL</label><input id="q"></div></header>`,
        true,
      ),
    ).toBe('no-tenant-url');
  });

  it('refuses a Secret token field that is not a password input', () => {
    expect(
      decide(
        `<form><label for="t">Tenant URL</label><input id="t"><label for="s">Secret Token</label><input id="s" type="text"></form>`,
      ),
    ).toBe('secret-not-password');
  });

  it('does not pair fields from different forms, and does not guess between two forms', () => {
    expect(
      decide(
        `<form><label for="t">Tenant URL</label><input id="t"></form><form><label for="s">Secret Token</label><input id="s" type="password"></form>`,
      ),
    ).toBe('no-secret-token');
    const one = `<label for="t{n}">Tenant URL</label><input id="t{n}"><label for="s{n}">Secret Token</label><input id="s{n}" type="password">`;
    expect(
      decide(
        `<form>${one.replaceAll('{n}', '1')}</form><form>${one.replaceAll('{n}', '2')}</form>`,
      ),
    ).toBe('ambiguous');
  });

  it('ignores placeholders and unlabeled inputs: no label, no fill', () => {
    expect(
      decide(
        `<form><input id="t" placeholder="Tenant URL"><input id="s" type="password" placeholder="Secret Token"></form>`,
      ),
    ).toBe('no-tenant-url');
    expect(
      decide(
        `<form><label for="t">Endpoint</label><input id="t"><input id="s" type="password"></form>`,
      ),
    ).toBe('no-tenant-url');
  });

  it('reports fields hidden in a collapsed section instead of filling them', () => {
    expect(
      decide(
        `<form><div hidden><label for="t">Tenant URL</label><input id="t"><label for="s">Secret Token</label><input id="s" type="password"></div></form>`,
      ),
    ).toBe('hidden');
    expect(
      decide(
        `<form><details><summary>Admin Credentials</summary><label for="t">Tenant URL</label><input id="t"><label for="s">Secret Token</label><input id="s" type="password"></details></form>`,
      ),
    ).toBe('hidden');
  });

  it('tells the classic experience (top document / Admin Credentials) from the new one', () => {
    const fields = `<label for="t">Tenant URL</label><input id="t"><label for="s">Secret Token</label><input id="s" type="password">`;
    const classic = load(
      `<section class="fxs-blade"><button aria-expanded="true">Admin Credentials</button>${fields}</section>`,
      true,
    );
    const d1 = findCredentialsForm(classic.snapshot);
    expect(d1.ok && d1.form.variant).toBe('classic');
    const modern = load(`<form>${fields}</form>`, false);
    const d2 = findCredentialsForm(modern.snapshot);
    expect(d2.ok && d2.form.variant).toBe('new');
  });

  it('never reads a password field value into the records', () => {
    const { snapshot, elements } = load(
      `<form><label for="t">Tenant URL</label><input id="t" value="https://x/scim/v2"><label for="s">Secret Token</label><input id="s" type="password" value="hunter2"></form>`,
    );
    expect(elements).toHaveLength(2);
    expect(JSON.stringify(snapshot)).not.toContain('hunter2');
    expect(snapshot.fields.map((f) => f.url)).toEqual([
      { kind: 'https', host: 'x', path: 'scim-v2', region: null },
      null,
    ]);
  });

  it('keeps only URL facts of other fields: a key pasted into Tenant URL stays in the page', () => {
    const key = 'Zx8aAJCtpbyPJ8saXeYDgyw4Q2';
    const { snapshot } = load(
      `<form><label for="t">Tenant URL</label><input id="t" value="${key}"><label for="s">Secret Token</label><input id="s" type="password"></form>`,
    );
    expect(JSON.stringify(snapshot)).not.toContain(key);
    expect(snapshot.fields[0]!.url).toEqual({
      kind: 'not-url',
      host: null,
      path: null,
      region: null,
    });
  });
});
