// @vitest-environment happy-dom
import { bench, describe } from 'vitest';
import { findCredentialsForm } from '../../lib/portals/azure/decide';
import { extractFrame } from '../../lib/portals/azure/extract';

// One look at a frame: what the Azure content script does after each burst of DOM changes
// (every frame, every 250 ms of quiet at most). happy-dom, so the figures are relative only.
const field = (label: string, type: string): string =>
  `<div class="f"><div class="l"><span>${label}</span><span>*</span><button aria-label="Info"><i aria-hidden="true">i</i></button></div><div class="c"><input type="${type}"><button aria-label="Show">o</button></div></div>`;

const LIVE_FORM = `<div class="page"><div class="banner">This is a new version of the provisioning user experience. <a href="#">Click here to switch to the legacy experience.</a></div>
  <div class="section"><div>Admin credentials</div><div>Create automatic provisioning configuration for: 'CloudSSO'. A successful test connection may be required to proceed.</div>
  ${field('Select authentication method:', 'text')}${field('Tenant URL', 'text')}${field('Secret token', 'password')}
  <button>Test connection</button></div><div><button disabled>Create</button><button>Cancel</button></div></div>`;

// A busy top document: a long menu, a grid of 200 rows, a search bar with inputs.
const SHELL = `<header role="banner"><div role="search"><input type="search"><input type="text"></div></header>
  <main><section class="fxs-blade"><h2 class="fxs-blade-title-titleText">CloudSSO | Users and groups</h2>
  <ul role="menu">${Array.from({ length: 40 }, (_, i) => `<li role="menuitem" class="fxc-menu-listView-item"><a>Item ${i}</a></li>`).join('')}</ul>
  <table>${Array.from({ length: 200 }, (_, i) => `<tr data-assignment-row><td>User <b>${i}</b></td><td>User</td><td>Default Access</td></tr>`).join('')}</table>
  </section></main>`;

describe('Azure extract: one look at a frame', () => {
  bench('the live credentials form (visual labels), extract and decide', () => {
    document.body.innerHTML = LIVE_FORM;
    findCredentialsForm(extractFrame(document, false).snapshot);
  });
  bench('a top document with a 40-item menu and 200 assignment rows', () => {
    document.body.innerHTML = SHELL;
    extractFrame(document, true);
  });
});
