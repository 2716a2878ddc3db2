import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';
import { defineConfig } from 'wxt';
import { AZURE_FRAME_MATCHES, AZURE_TOP_MATCHES, CLOUDSSO_MATCHES } from './lib/origins';

/** The content scripts' on-demand modules (entrypoints/*-on-demand.ts). */
const ON_DEMAND = ['azure-on-demand', 'cloudsso-on-demand'];

// WXT owns the manifest and the build. @crxjs/vite-plugin is deliberately absent: two build
// plugins cannot both own one manifest (see README, design notes).
export default defineConfig({
  manifestVersion: 3,
  // Auto-imports off: every dependency is visible in review and lib/ stays plain TypeScript.
  imports: false,
  // WXT's official module swaps `wxt/browser` for webextension-polyfill's promise API.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Lets parallel checkouts (and tests) build side by side without clobbering one another.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    // Name, description and the other manifest strings come from public/_locales (en, zh_CN), so
    // the browser and the stores show them in the admin's language.
    default_locale: 'en',
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    // Nothing broad: no <all_urls>, no tabs, no scripting. Host access comes from the content
    // scripts' own matches; the SCIM endpoint check asks for its one host at the moment of use.
    // `alarms`: the security model requires the SCIM key be forgotten on time even while the
    // service worker sleeps (Chromium stops it after ~30 s idle, timers included); an alarm
    // wakes the worker at the key's forgetAt to remove it.
    // `offscreen` and `clipboardWrite`: the copied SCIM key is cleared from the clipboard after
    // the delay set in Settings and when the key is forgotten. A service worker cannot write the
    // clipboard; an offscreen document can, without a click, with `clipboardWrite`. Never
    // `clipboardRead`: the extension overwrites only what it wrote (lib/background/clipboard.ts).
    permissions: ['storage', 'sidePanel', 'alarms', 'offscreen', 'clipboardWrite'],
    // Asked for one host at a time, when the admin presses the endpoint check: the SCIM host is
    // cloudsso-scim-<region>.aliyun.com [C]. The accelerated host is undocumented [?]; the check
    // calls only hosts directly under aliyun.com (lib/capture/check-policy.ts), never aliyuncs.com
    // where customers own names. Nothing is granted at install.
    optional_host_permissions: ['https://*.aliyun.com/*'],
    // The on-demand modules (lib/portals/common/on-demand.ts), each web-accessible to its own
    // portal's pages only: a content script can import() nothing else without `scripting`.
    // `use_dynamic_url`: their address holds a per-session id, not the extension's fixed one,
    // so a page cannot probe for the extension by fetching them (runtime.getURL gives the
    // content script that address). Chromium 130 refused such imports from content scripts
    // (crbug.com/363027634); the e2e tests load these modules on Chromium 156.
    web_accessible_resources: [
      {
        resources: ['azure-on-demand.js'],
        matches: [...AZURE_TOP_MATCHES, ...AZURE_FRAME_MATCHES],
        use_dynamic_url: true,
      },
      {
        resources: ['cloudsso-on-demand.js'],
        matches: [...CLOUDSSO_MATCHES],
        use_dynamic_url: true,
      },
    ],
    action: { default_title: '__MSG_actionTitle__' },
    // The toolbar button opens the side panel, so `_execute_action` cannot open the popup: a
    // named command does (lib/background/shortcuts.ts). Admins can change the keys at
    // chrome://extensions/shortcuts.
    commands: {
      'open-linter': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenLinter__',
      },
    },
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // Content scripts run in every portal frame, so they carry no polyfill (about 10 KB):
      // `wxt/browser` is then Chromium's own `chrome`, whose runtime.sendMessage returns a
      // promise in MV3; their one onMessage listener answers through sendResponse
      // (lib/portals/common/hello.ts). Their on-demand modules run in the same world and go
      // without it too. The extension's pages and worker keep the polyfill.
      const inPages = (e: { type: string; name: string }): boolean =>
        e.type === 'content-script' || ON_DEMAND.includes(e.name);
      if (entrypoints.every(inPages)) {
        config.resolve ??= {};
        config.resolve.alias = withoutPolyfill(config.resolve.alias);
      }
      // An on-demand module is loaded with import(), so it is an ES module whose default export
      // is what its main() returns (WXT builds unlisted scripts as IIFEs otherwise).
      if (entrypoints.length === 1 && ON_DEMAND.includes(entrypoints[0]!.name)) {
        const lib = config.build?.lib;
        if (lib) lib.formats = ['es'];
        // Vite keeps an ES library's white space (for its consumers' bundlers); this one is
        // loaded as it is, so it is minified like the content scripts.
        const output = config.build?.rollupOptions?.output;
        if (output && !Array.isArray(output)) Object.assign(output, { minify: true });
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // The toolbar button opens the side panel (background sets openPanelOnActionClick);
      // a default popup would take the click instead, so the popup is opened on demand.
      if (manifest.action) delete manifest.action.default_popup;
    },
  },
});

type Aliases = NonNullable<NonNullable<InlineConfig['resolve']>['alias']>;

/** The aliases minus @wxt-dev/webextension-polyfill's `wxt/browser` swap. */
function withoutPolyfill(alias: Aliases | undefined): Aliases {
  const isPolyfill = (find: unknown, to: unknown): boolean =>
    find === 'wxt/browser' && typeof to === 'string' && to.includes('webextension-polyfill');
  if (!alias) return [];
  if (Array.isArray(alias)) return alias.filter((a) => !isPolyfill(a.find, a.replacement));
  return Object.fromEntries(Object.entries(alias).filter(([find, to]) => !isPolyfill(find, to)));
}
