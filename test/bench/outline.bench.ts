// @vitest-environment happy-dom
import { bench, describe } from 'vitest';
import { outlineDocument } from '../../lib/portals/common/outline';

/**
 * The page outline of a large console page, as "Copy page outline" writes it in a content
 * script: a portal shell with menus, a 2,000-row list (names, e-mail addresses, dates,
 * sentences) and a form. Printed, never asserted.
 */
const WORDS =
  'the supplied credentials are authorized to enable provisioning for users and groups in your tenant'.split(
    ' ',
  );

function sentence(i: number, words: number): string {
  return Array.from({ length: words }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
}

function page(rows: number): string {
  const menu = [
    'Overview',
    'Users and groups',
    'Provisioning',
    'Provisioning logs',
    'Single sign-on',
    'Properties',
  ]
    .map(
      (m, i) =>
        `<li role="menuitem" class="fxc-menu-listView-item" aria-selected="${i === 2}">${m}</li>`,
    )
    .join('');
  const list = Array.from(
    { length: rows },
    (_, i) =>
      `<tr class="next-table-row row-${i}"><td><span>User ${i}</span> <b>Name${i}</b></td><td>user${i}@contoso.example</td><td>2024-05-${(i % 28) + 1} 10:20:30</td><td><p>${sentence(i, 40)}</p></td></tr>`,
  ).join('');
  const paragraphs = Array.from(
    { length: 300 },
    (_, i) => `<div class="fxs-part"><p title="${sentence(i, 6)}">${sentence(i, 60)}</p></div>`,
  ).join('');
  return `<header role="banner" class="fxs-topbar"><input type="search" aria-label="Search resources"></header>
    <nav><ul role="menu">${menu}</ul></nav>
    <main><h1>CloudSSO | Provisioning</h1>${paragraphs}
      <table class="next-table"><tbody>${list}</tbody></table>
      <form><label for="t">Tenant URL *</label><input id="t" type="text"><label for="s">Secret Token</label><input id="s" type="password"><button>Test Connection</button></form>
    </main>`;
}

describe('page outline', () => {
  document.body.innerHTML = page(2_000);
  const elements = document.querySelectorAll('*').length;
  bench(
    `outline of a page with ${elements.toLocaleString('en-US')} elements`,
    () => {
      outlineDocument(document);
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
