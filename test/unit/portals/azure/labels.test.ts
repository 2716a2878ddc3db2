import { beforeEach, describe, expect, it } from 'vitest';
import { findCredentialsForm } from '@/lib/portals/azure/decide';
import { extractFrame } from '@/lib/portals/azure/extract';
import type { LabelSource } from '@/lib/portals/azure/label-sources';

/** The labels extract recorded for the input with this id, as "source: text". */
function labelsOf(html: string, id: string): string[] {
  document.body.innerHTML = html;
  const { snapshot, elements } = extractFrame(document, false);
  const field = snapshot.fields.find((f) => elements[f.index]!.id === id);
  if (!field) throw new Error(`no field #${id}`);
  return field.labels.map((l) => `${l.source}: ${l.text}`);
}

function sourceText(html: string, id: string, source: LabelSource): string | null {
  const found = labelsOf(html, id).find((l) => l.startsWith(`${source}: `));
  return found ? found.slice(source.length + 2) : null;
}

/** Which element ids the decision picked, or its problem. */
function decide(html: string): { tenant: string; secret: string; saved: boolean } | string {
  document.body.innerHTML = html;
  const { snapshot, elements } = extractFrame(document, false);
  const d = findCredentialsForm(snapshot);
  if (!d.ok) return d.problem;
  return {
    tenant: elements[d.form.tenantUrl]!.id,
    secret: elements[d.form.secretToken]!.id,
    saved: d.form.secretPresent,
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

/**
 * The live form of the new provisioning experience, written independently of the fixture from
 * its description (docs/research/entra-portal.md#new-provisioning-experience): labels are only
 * visual, the form is no <form>, text comes in React's adjacent text nodes, the required star and
 * an info button follow "Tenant URL", an eye button follows the password field.
 */
const liveForm = ({
  test = '<div class="actions"><button type="button">Test connection</button></div>',
  secretType = 'password',
  secretValue = '',
  tenantLabel = '<span>Tenant URL</span><span class="req">*</span><button type="button" aria-label="More information"><i aria-hidden="true">i</i></button>',
  secretLabel = '<span>Secret token</span>',
  n = '',
} = {}): string => `
  <div class="page">
    <div class="banner">This is a new version of the provisioning user experience. <a href="#">Click here to switch to the legacy experience.</a></div>
    <div class="section">
      <div class="sectionTitle">Admin credentials</div>
      <div class="sectionText">Create automatic provisioning configuration for: '${'Cloud'}${'SSO'}'. A successful test connection may be required to proceed.</div>
      <div class="field"><div class="fieldLabel"><span>Select authentication method:</span></div>
        <div class="fieldControl"><div role="combobox" tabindex="0"><span>Bearer authentication</span></div></div></div>
      <div class="field"><div class="fieldLabel">${tenantLabel}</div>
        <div class="fieldControl"><input id="t${n}" type="text"></div></div>
      <div class="field"><div class="fieldLabel">${secretLabel}</div>
        <div class="fieldControl"><input id="s${n}" type="${secretType}" value="${secretValue}"><button type="button" aria-label="Show"><i aria-hidden="true">o</i></button></div></div>
      ${test}
    </div>
    <div class="footer"><button type="button" disabled>Create</button><button type="button">Cancel</button></div>
  </div>`;

describe('label sources, each recorded apart and in rank order', () => {
  it('label-tag: label[for] and a wrapping label', () => {
    expect(sourceText('<label for="t">Tenant URL</label><input id="t">', 't', 'label-tag')).toBe(
      'Tenant URL',
    );
    expect(sourceText('<label>Secret <b>Token</b> <input id="s"></label>', 's', 'label-tag')).toBe(
      'Secret Token',
    );
  });

  it('label-aria: aria-labelledby (several ids) and aria-label', () => {
    const html = `<span id="a">租户</span><span id="b">URL</span><input id="t" aria-labelledby="a b" aria-label="URL of the tenant">`;
    expect(labelsOf(html, 't').filter((l) => l.startsWith('label-aria'))).toEqual([
      'label-aria: 租户 URL',
      'label-aria: URL of the tenant',
    ]);
  });

  it('container: the Fluent/Fx field container holding only this field', () => {
    const html = `<div class="azc-formElementContainer"><div class="azc-form-label">Tenant URL *</div><input id="t"></div>`;
    expect(sourceText(html, 't', 'container')).toBe('Tenant URL *');
  });

  it('label-top: the text above the field’s own container, read as a person reads it', () => {
    // The star joins the label; the info button's name is not part of it.
    expect(sourceText(liveForm(), 't', 'label-top')).toBe('Tenant URL*');
    expect(sourceText(liveForm(), 's', 'label-top')).toBe('Secret token');
    // Split across nodes and inline elements, with text only a screen reader gets.
    const split = `<div><div><span>Ten</span>ant <b>U</b>RL<span class="sr" hidden>(opens help)</span></div><div><span><input id="t"></span></div></div>`;
    expect(sourceText(split, 't', 'label-top')).toBe('Tenant URL');
  });

  it('label-top stops at another field: text above a neighbour never labels this one', () => {
    const html = `<div><div>Tenant URL</div><div><input id="t"></div><div><input id="s" type="password"></div></div>`;
    expect(sourceText(html, 's', 'label-top')).toBeNull();
    // Two fields in one container: the text above it is neither's.
    const pair = `<div>Tenant URL</div><div><input id="a"><input id="b"></div>`;
    expect(sourceText(pair, 'a', 'label-top')).toBeNull();
    expect(sourceText(pair, 'b', 'label-top')).toBeNull();
    // A long sentence above a field is not its label.
    const long = `<div>${'Provisioning settings for this application. '.repeat(5)}</div><div><input id="x"></div>`;
    expect(sourceText(long, 'x', 'label-top')).toBeNull();
  });

  it('label-left: the run ending right before the field in its line', () => {
    expect(
      sourceText('<div><b>Tenant</b> URL: <span><input id="t"></span></div>', 't', 'label-left'),
    ).toBe('Tenant URL:');
    // Another field in between: the text belongs to that one.
    const between = `<div>Tenant URL <input id="a"> <input id="b" type="password"></div>`;
    expect(sourceText(between, 'a', 'label-left')).toBe('Tenant URL');
    expect(sourceText(between, 'b', 'label-left')).toBeNull();
    // Text that ended at a block boundary is above, not left.
    expect(
      sourceText('<div><div>Tenant URL</div><input id="t"></div>', 't', 'label-left'),
    ).toBeNull();
  });

  it('label-left: the previous cell of the field’s table row', () => {
    const html = `<table><tr><td>Secret token</td><td><input id="s" type="password"></td></tr></table>`;
    expect(sourceText(html, 's', 'label-left')).toBe('Secret token');
    const grid = `<div role="row"><div role="cell">Tenant URL</div><div role="cell"><span><input id="t"></span></div></div>`;
    expect(sourceText(grid, 't', 'label-left')).toBe('Tenant URL');
  });

  it('records every source found, highest rank first, placeholder last', () => {
    const html = `<div><div>Shown above</div><div><label for="t">Tenant URL</label><input id="t" aria-label="Tenant" placeholder="https://example.com/scim/v2"></div></div>`;
    expect(labelsOf(html, 't')).toEqual([
      'label-tag: Tenant URL',
      'label-aria: Tenant',
      'label-top: Tenant URL',
      'label-left: Tenant URL',
      'placeholder: https://example.com/scim/v2',
    ]);
  });

  it('reads no visual label of a field nobody sees', () => {
    const html = `<div hidden><div>Tenant URL</div><div><input id="t"></div></div>`;
    expect(labelsOf(html, 't')).toEqual([]);
  });
});

describe('a form named only by visual labels is filled only when confirmed', () => {
  it('fills the live form: both fields in one container with a Test connection button', () => {
    expect(decide(liveForm())).toEqual({ tenant: 't', secret: 's', saved: false });
  });

  it('matches labels ignoring case, a required star and a colon', () => {
    const variants = [
      ['<span>Tenant URL *</span>', '<span>Secret Token</span>'],
      ['<span>TENANT URL:</span>', '<span>secret token *</span>'],
      ['<span>租户 URL</span><span>*</span>', '<span>机密令牌</span>'],
    ];
    for (const [tenantLabel, secretLabel] of variants)
      expect(decide(liveForm({ tenantLabel, secretLabel }))).toMatchObject({
        tenant: 't',
        secret: 's',
      });
  });

  it('still counts a disabled Test connection button (it may wait for both fields)', () => {
    const test = '<div><button type="button" disabled>Test connection</button></div>';
    expect(decide(liveForm({ test }))).toMatchObject({ tenant: 't', secret: 's' });
  });

  it('refuses without a Test connection button beside the fields', () => {
    expect(decide(liveForm({ test: '' }))).toBe('unconfirmed');
    expect(decide(liveForm({ test: '<button hidden>Test connection</button>' }))).toBe(
      'unconfirmed',
    );
    // A button elsewhere on the page: the only container holding it and the fields is the body.
    document.body.innerHTML = '';
    const elsewhere = `${liveForm({ test: '' })}<div><button>Test connection</button></div>`;
    expect(decide(elsewhere)).toBe('unconfirmed');
  });

  it('never puts the key into a field that is not a password input', () => {
    expect(decide(liveForm({ secretType: 'text' }))).toBe('secret-not-password');
  });

  it('refuses two such forms as ambiguous', () => {
    expect(decide(`${liveForm({ n: '1' })}${liveForm({ n: '2' })}`)).toBe('ambiguous');
  });

  it('a placeholder alone never names a field, even beside a Test connection button', () => {
    const html = `<div><div><input id="t" placeholder="Tenant URL"></div><div><input id="s" type="password" placeholder="Secret token"></div><button>Test connection</button></div>`;
    expect(decide(html)).toBe('no-tenant-url');
  });

  it('trusts a declared label over text nearby when they disagree', () => {
    // The field labelled Secret Token by label[for] is not a Tenant URL field because of the
    // text above it, so there is no Tenant URL field at all.
    const html = `<div><div>Tenant URL</div><div><label for="x">Secret Token</label><input id="x" type="password"></div><button>Test connection</button></div>`;
    expect(decide(html)).toBe('no-tenant-url');
  });

  it('needs confirmation when only one of the two is declared', () => {
    const mixed = (test: string): string =>
      `<div><div><label for="t">Tenant URL</label><input id="t"></div><div><div>Secret token</div><div><input id="s" type="password"></div></div>${test}</div>`;
    expect(decide(mixed(''))).toBe('unconfirmed');
    expect(decide(mixed('<button>Test connection</button>'))).toMatchObject({ tenant: 't' });
  });

  it('says when the Secret token field already holds a saved secret (Connectivity page)', () => {
    expect(decide(liveForm({ secretValue: '********' }))).toEqual({
      tenant: 't',
      secret: 's',
      saved: true,
    });
  });

  it('still fills the tidy form by its declared labels without a Test connection button', () => {
    const tidy = `<form><label for="t">Tenant URL</label><input id="t"><label for="s">Secret Token</label><input id="s" type="password"></form>`;
    expect(decide(tidy)).toMatchObject({ tenant: 't', secret: 's' });
  });
});
