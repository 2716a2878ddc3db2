import { beforeEach, describe, expect, it } from 'vitest';
import { outlineDocument, outlineElement } from '@/lib/portals/common/outline';

/**
 * The page outline keeps structure and the extension's own words, and nothing else. The page
 * below is full of canaries (each a unique token) wherever a console could put a value: text,
 * every kind of attribute, input and textarea values, option labels, frame addresses, comments,
 * scripts, styles, the head, the extension's own notice; and the SCIM key, an endpoint, a
 * directory id and a credential id in several of those places. None of them, nor any 6
 * characters of them, may reach the outline.
 */

const KEY = 'Zq8ddT2XkW4pLm9RvB3nYc7Hs5Jf';
const ENDPOINT = 'https://cloudsso-scim-cn-hangzhou.aliyun.com/scim/v2/';
const DIRECTORY_ID = 'd-4kq9x2m7w1';
const CREDENTIAL_ID = 'scimcred-7hx2k9q4';
const EMAIL = 'jane.doe@contoso-corp.example';
const SECRETS = [KEY, ENDPOINT, DIRECTORY_ID, CREDENTIAL_ID, EMAIL];

let canaries: string[] = [];
/** A fresh unique token, remembered for the final check. */
function canary(): string {
  const n = canaries.length;
  const token = `Qk${n}vX${((n + 3) * 7919).toString(36)}Zp${n}w`;
  canaries.push(token);
  return token;
}

/** Every 6-character window of a value: none may appear in the outline, in any case. */
function windows(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= value.length; i++) out.push(value.slice(i, i + 6).toLowerCase());
  return out;
}

function expectNothingOf(values: readonly string[], outline: string): void {
  const hay = outline.toLowerCase();
  for (const value of values)
    for (const w of windows(value)) expect(hay, `"${w}" of "${value}"`).not.toContain(w);
}

/** The lines of the subtree under the first line matching `head` (deeper indentation). */
function subtree(outline: string, head: RegExp): string[] {
  const lines = outline.split('\n');
  const start = lines.findIndex((l) => head.test(l));
  expect(start, `a line matching ${head}`).toBeGreaterThanOrEqual(0);
  const depth = (l: string): number => l.length - l.trimStart().length;
  const own = depth(lines[start]!);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => depth(l) <= own);
  return end < 0 ? rest : rest.slice(0, end);
}

function canaryPage(): void {
  const c = canary;
  document.head.innerHTML = `<title>${c()} ${KEY}</title><meta name="description" content="${c()}">
    <script>window.x = "${c()} ${KEY}";</script><style>.a::after { content: "${c()}"; }</style>`;
  document.documentElement.setAttribute('lang', c());
  document.body.innerHTML = `
    <!-- ${c()} ${KEY} -->
    <header role="banner" class="fxs-topbar ${c()}" id="${c()}" data-tenant="${c()}">
      <input type="search" aria-label="${c()}" placeholder="${c()} ${EMAIL}" value="${c()}" name="${c()}">
      <a href="https://portal.azure.com/#view/${c()}/objectId/${DIRECTORY_ID}" title="${c()}">${c()}</a>
    </header>
    <main>
      <h2 class="next-card-title ${c()}">SCIM-based User Synchronization Configuration</h2>
      <div role="tablist" aria-label="${c()}">
        <div role="tab" aria-selected="true" class="next-tabs-tab next-tabs-tab-active">User Settings</div>
        <div role="tab" aria-selected="false" aria-controls="${c()}">${c()}</div>
      </div>
      <dl>
        <dt>SCIM Endpoint:</dt><dd><span class="endpoint" data-value="${ENDPOINT}">${ENDPOINT}</span></dd>
        <dt>Directory ID</dt><dd title="${DIRECTORY_ID}">${DIRECTORY_ID}</dd>
        <dt>SCIM服务端地址</dt><dd id="split-endpoint"></dd>
        <dt>${c()} ${c()}</dt><dd>${c()}, ${c()}! (${c()})</dd>
      </dl>
      <button type="button" role="switch" aria-checked="false" aria-label="SCIM synchronization switch" class="next-switch next-switch-off"></button>
      <label><input type="checkbox" id="sync" name="${c()}" value="${c()}" checked> ${c()}</label>
      <table class="next-table ${c()}">
        <thead><tr><th>Source</th><th>${c()}</th></tr></thead>
        <tbody>
          <tr data-row-key="${CREDENTIAL_ID}"><td>${CREDENTIAL_ID}</td><td>2024-05-01 10:20:30</td></tr>
          <tr><td>SCIM Synchronization</td><td>${EMAIL}</td></tr>
        </tbody>
      </table>
      <img src="https://img.example/${c()}.png" alt="${c()}">
      <svg aria-label="${c()}"><title>${c()}</title><text>${c()}</text></svg>
      <noscript>${c()}</noscript>
      <template><p>${c()}</p></template>
      <div contenteditable="true">${c()} ${KEY}</div>
      <select aria-labelledby="select-label"><option value="${c()}">${c()}</option><option value="${KEY}" label="${c()}">${c()}</option></select>
      <span id="select-label">${c()}</span>
      <div role="progressbar" aria-valuenow="42" aria-valuetext="${c()}" aria-current="${c()}"></div>
    </main>
    <div role="dialog" aria-modal="true" aria-labelledby="dialog-title" class="next-dialog">
      <h3 id="dialog-title">SCIM Credential Generated</h3>
      <div class="next-dialog-body">
        <p>${c()} ${CREDENTIAL_ID} ${c()}</p>
        <label for="key-field">SCIM Key</label>
        <input id="key-field" type="password" readonly value="${KEY}" class="next-input ${KEY}" data-secret="${KEY}">
        <code>${KEY}</code>
        <textarea required placeholder="${c()}">${c()} ${KEY}</textarea>
      </div>
    </div>
    <form aria-label="${c()}">
      <label for="tenant">Tenant <b>URL</b> *</label>
      <input id="tenant" type="url" required aria-describedby="tenant-help" value="${ENDPOINT}">
      <span id="tenant-help">${c()} ${ENDPOINT}</span>
      <label for="token">Secret Token</label>
      <input id="token" type="password" disabled>
      <button type="submit">Test Connection</button>
      <p>Invalid credentials: ${c()} ${KEY}</p>
    </form>
    <cloudsso-scim-assistant-notice>${c()} ${KEY}</cloudsso-scim-assistant-notice>
    <p>${c()}<!-- ${c()} -->${c()}</p>`;
  // React writes values through properties and renders adjacent text as several nodes.
  const split = document.getElementById('split-endpoint')!;
  for (const piece of ['https://cloudsso-scim-', 'cn-hangzhou', '.aliyun.com/scim/v2/'])
    split.append(document.createTextNode(piece));
  (document.querySelector('input[type="search"]') as HTMLInputElement).value = KEY;
  (document.querySelector('textarea') as HTMLTextAreaElement).value = `${c()} ${KEY}`;
  (document.querySelector('#token') as HTMLInputElement).value = KEY;
  const notice = document.querySelector('cloudsso-scim-assistant-notice')!;
  notice.attachShadow({ mode: 'open' }).append(document.createTextNode(`${c()} ${KEY}`));
}

beforeEach(() => {
  canaries = [];
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('the page outline of a page full of canaries', () => {
  it('keeps no canary and nothing of the key, the endpoint, the ids or an e-mail address', () => {
    canaryPage();
    const { text, truncated } = outlineDocument(document);
    expect(truncated).toBe(false);
    expect(canaries.length).toBeGreaterThan(50);
    expectNothingOf(canaries, text);
    expectNothingOf(SECRETS, text);
  });

  it('keeps the extension’s own words as text, split or not', () => {
    canaryPage();
    const { text } = outlineDocument(document);
    for (const words of [
      '"SCIM-based User Synchronization Configuration"',
      '"User Settings"',
      '"SCIM Endpoint:"',
      '"Directory ID"',
      '"SCIM服务端地址"',
      '"Source"',
      '"SCIM Synchronization"',
      '"SCIM Credential Generated"',
      '"SCIM Key"',
      '"Secret Token"',
      '"Test Connection"',
      'aria-label="SCIM synchronization switch"',
      // A label split across elements is one known wording; its pieces are shown as they are.
      '"Tenant"',
      'b "URL"',
      // Known words inside a longer text; the rest is shaped.
      '"Invalid credentials: a9 a9"',
    ])
      expect(text).toContain(words);
  });

  it('shows the structure: roles, states, input types, frames, tables and where inputs sit', () => {
    canaryPage();
    const { text } = outlineDocument(document);
    // Unknown page-made values are shown as unknown, never copied.
    expect(text).toMatch(/^html lang=\?$/m);
    expect(text).toMatch(/^ +h2 level=2 \.next-card-title "SCIM-based/m);
    expect(text).toMatch(
      /div role=tab aria-selected=true \.next-tabs-tab\.next-tabs-tab-active "User Settings"/,
    );
    expect(text).toMatch(
      /button role=switch type=button aria-checked=false aria-label="SCIM synchronization switch" \.next-switch\.next-switch-off/,
    );
    expect(text).toMatch(/input type=checkbox checked/);
    expect(text).toMatch(/table \.next-table rows=3/);
    expect(text).toMatch(
      /div role=progressbar aria-valuenow=42 aria-valuetext="a9" aria-current="a9"/,
    );
    expect(text).toMatch(/select aria-labelledby→"a9"/);
    expect(text).toContain('textarea required placeholder="a9"');
    // The key's dialog, with the password input inside it, readonly.
    const dialog = subtree(
      text,
      /div role=dialog aria-modal=true aria-labelledby→"SCIM Credential Generated" \.next-dialog/,
    );
    expect(dialog.join('\n')).toMatch(/label for=input "SCIM Key"/);
    expect(dialog.join('\n')).toMatch(/input type=password readonly \[data-secret\] \.next-input/);
    // The form: its inputs in order, by type and state, the known button.
    const form = subtree(text, /^ +form aria-label="a9"/).map((l) => l.trim());
    expect(form.filter((l) => /^(input|button)/.test(l))).toEqual([
      'input type=url required aria-describedby→"a9 a://a"',
      'input type=password disabled',
      'button type=submit "Test Connection"',
    ]);
    // Adjacent text nodes read as one text, and how many there were is told.
    expect(text).toMatch(/dd "a:\/\/a" ×3/);
  });

  it('never writes what is not page content: head, scripts, styles, comments, templates, the notice', () => {
    canaryPage();
    const { text } = outlineDocument(document);
    for (const tag of [
      'head',
      'title',
      'script',
      'style',
      'noscript',
      'template',
      'cloudsso-scim-assistant-notice',
    ])
      expect(text).not.toMatch(new RegExp(`^ *${tag}\\b`, 'm'));
    // Nothing of an svg's content either: it is one line.
    expect(subtree(text, /^ +svg/)).toEqual([]);
  });
});

describe('frames, classes and size', () => {
  it('names an allow-listed frame by its origin only, never its path, query or hash', () => {
    // Outlined detached: happy-dom would try (and loudly fail) to load frames in the document.
    const page = document.createElement('main');
    page.innerHTML = `
      <iframe src="https://sandbox-1.reactblade.portal.azure.net/${canary()}/index.html?key=${KEY}&dir=${DIRECTORY_ID}#${canary()}" title="${canary()}"></iframe>
      <iframe src="https://evil.example/${canary()}/${KEY}?endpoint=${encodeURIComponent(ENDPOINT)}&cred=${CREDENTIAL_ID}#${canary()}"></iframe>
      <iframe src="https://portal.azure.com.example.net/${canary()}"></iframe>
      <iframe src="http://sandbox-1.reactblade.portal.azure.net/${canary()}"></iframe>
      <iframe srcdoc="<p>${canary()}</p>"></iframe>
      <iframe></iframe>`;
    const { text } = outlineElement(page);
    expect(
      text
        .split('\n')
        .filter((l) => l.includes('iframe'))
        .map((l) => l.trim()),
    ).toEqual([
      'iframe origin=https://sandbox-1.reactblade.portal.azure.net title="a9"',
      'iframe (other origin)',
      'iframe (other origin)',
      'iframe (other origin)',
      'iframe (inline document)',
      'iframe (no address)',
    ]);
    // The allow-listed origin is public; nothing else of any address is in the outline.
    expectNothingOf([...canaries, KEY, DIRECTORY_ID, CREDENTIAL_ID], text);
    expectNothingOf([ENDPOINT], text.replace('https://sandbox-1.reactblade.portal.azure.net', ''));
  });

  it('reads open shadow trees, and a known host text vouches for none of their text', () => {
    const host = document.createElement('div');
    host.append('Secret');
    host.attachShadow({ mode: 'open' }).append(`${KEY} `, document.createElement('slot'));
    document.body.replaceChildren(host);
    const { text } = outlineElement(document.body);
    expect(text).toContain('#shadow-root');
    expect(text).toContain('"Secret"');
    expectNothingOf([KEY], text);
  });

  it('keeps design-system classes without digits, and drops every other class and id', () => {
    document.body.innerHTML = `<div id="${canary()}" class="next-btn ${canary()} ms-Label-${canary()} fxs-blade-title-titleText azc-formElementContainer ms-TextField is-active">x</div>`;
    const { text } = outlineElement(document.body);
    expect(text).toContain(
      'div .next-btn.fxs-blade-title-titleText.azc-formElementContainer.ms-TextField "aaaa"',
    );
    expectNothingOf(canaries, text);
  });

  it('shows a long list as its first rows and a count of the rest', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `<tr class="next-table-row"><td>${canary()}</td><td>user${i}@example.com</td></tr>`,
    );
    document.body.innerHTML = `<table><tbody>${rows.join('')}</tbody></table>`;
    const { text } = outlineElement(document.body);
    expect(text).toContain('table rows=40');
    expect(text.match(/^ +tr \.next-table-row$/gm)).toHaveLength(5);
    expect(text).toMatch(/^ +… 35 more tr$/m);
  });

  it('stops at its size cap and says so', () => {
    // Sections of different kinds (a class each), so none is summarized as "more of the same".
    const letters = (n: number): string =>
      n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);
    document.body.innerHTML = Array.from(
      { length: 3000 },
      (_, i) => `<section class="next-section-${letters(i)}"><p>Words ${i}</p></section>`,
    ).join('');
    const { text, truncated } = outlineDocument(document, { maxChars: 10_000 });
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(10_000);
    expect(text.split('\n').at(-1)).toMatch(/^… outline cut here/);
    const full = outlineDocument(document);
    expect(full.truncated).toBe(true);
    expect(full.text.length).toBeLessThanOrEqual(100_000);
    expect(full.text.length).toBeGreaterThan(90_000);
  });
});
