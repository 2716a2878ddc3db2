/**
 * The portal's hash routes (docs/research/entra-portal.md#routes). Routes are hints only: deep links were observed to
 * normalise to another page (…/~/Provisioning/… landing on Overview), so every hint is confirmed
 * from the page before the guide trusts it (see detect.ts).
 *
 * Grammar:
 * - current: `#view/<Extension>/<Blade>/~/<MenuItem>/<param>/<value>/…`
 * - legacy:  `#blade/<Extension>/<Blade>/<MenuItem>/<param>/<value>/…`
 * - optional tenant prefix `#@<tenant-domain>/blade/…` or `#@<tenant>/view/…` (also `/resource/`)
 * - a `~` after a parameter name (`menuId~/null`) is part of the name's syntax, not the value.
 */

import { isAzureTopUrl } from '../../origins';

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface PortalRoute {
  host: string;
  /** Tenant domain from a `#@tenant/` prefix, else null. */
  tenant: string | null;
  legacy: boolean;
  extension: string | null;
  blade: string | null;
  menuItem: string | null;
  params: Record<string, string>;
}

// Parameters whose values identify the app. `servicePrincipalId` is an alias seen in one repo
// ([UNCONF], docs/research/entra-portal.md#pages-and-their-routes), so both spellings are read.
const OBJECT_ID_PARAMS = ['objectId', 'servicePrincipalId', 'spObjectId'];
const APP_ID_PARAMS = ['appId', 'applicationId'];

// Blade names that carry their menu item right after the blade in the legacy form.
const MENU_BLADES = new Set([
  'ManagedAppMenuBlade',
  'StartboardApplicationsMenuBlade',
  'ProvisioningMenuBlade',
  'ActiveDirectoryMenuBlade',
]);

// Known parameter names, so a legacy path can tell a menu item from the first parameter.
const KNOWN_PARAMS = new Set([
  ...OBJECT_ID_PARAMS,
  ...APP_ID_PARAMS,
  'menuId',
  'preferredSingleSignOnMode',
  'servicePrincipalType',
  'fromNav',
  'defaultBladeName',
]);

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function readParams(parts: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const name = parts[i]!.replace(/~$/, '');
    if (name) params[name] = parts[i + 1]!;
  }
  // A trailing name without a value (`…/fromNav/`) is recorded as empty.
  if (parts.length % 2 === 1 && parts[parts.length - 1]) {
    params[parts[parts.length - 1]!.replace(/~$/, '')] = '';
  }
  return params;
}

/** Parses a portal URL; returns null when it is not on a portal host or has no blade route. */
export function parsePortalRoute(href: string): PortalRoute | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  // Only the hosts the content script runs on (lib/origins.ts); the grammar is in docs/research/entra-portal.md#hash-grammar.
  if (!isAzureTopUrl(href)) return null;
  let hash = url.hash.replace(/^#/, '');
  let tenant: string | null = null;
  const tenantMatch = /^@([^/]+)\/(.*)$/.exec(hash);
  if (tenantMatch) {
    tenant = decode(tenantMatch[1]!);
    hash = tenantMatch[2]!;
  }
  const parts = hash.split('/').map(decode);
  const head = parts.shift();
  const base: PortalRoute = {
    host: url.hostname,
    tenant,
    legacy: false,
    extension: null,
    blade: null,
    menuItem: null,
    params: {},
  };
  if (head === 'view') {
    const [extension = null, blade = null, ...rest] = parts;
    let menuItem: string | null = null;
    let paramParts = rest;
    if (rest[0] === '~') {
      menuItem = rest[1] || null;
      paramParts = rest.slice(2);
    }
    return { ...base, extension, blade, menuItem, params: readParams(paramParts) };
  }
  if (head === 'blade') {
    const [extension = null, blade = null, ...rest] = parts;
    let menuItem: string | null = null;
    let paramParts = rest;
    const first = rest[0];
    if (blade && MENU_BLADES.has(blade) && first && !KNOWN_PARAMS.has(first.replace(/~$/, ''))) {
      menuItem = first;
      paramParts = rest.slice(1);
    }
    return {
      ...base,
      legacy: true,
      extension,
      blade,
      menuItem,
      params: readParams(paramParts),
    };
  }
  // `#home`, `#@tenant/resource/...` and other shell routes: a portal page without a blade hint.
  return base;
}

/** The app's ids from a route; either may be null. */
export function routeAppIds(route: PortalRoute): { objectId: string | null; appId: string | null } {
  const pick = (names: string[]): string | null => {
    for (const n of names) {
      const v = route.params[n];
      if (v && v !== 'null' && /^[0-9a-f-]{8,64}$/i.test(v)) return v.toLowerCase();
    }
    return null;
  };
  return { objectId: pick(OBJECT_ID_PARAMS), appId: pick(APP_ID_PARAMS) };
}

/** The page a route points at, before the page confirms it. */
export type RouteKind =
  | 'apps-list'
  | 'gallery'
  | 'app-overview'
  | 'users-groups'
  | 'provisioning'
  | 'provisioning-overview'
  | 'connectivity'
  | 'attribute-mapping'
  | 'provisioning-logs'
  | 'app-other'
  | 'other';

const APP_MENU: Record<string, RouteKind> = {
  overview: 'app-overview',
  users: 'users-groups',
  usersandgroups: 'users-groups',
  provisioning: 'provisioning',
  provisioningmanagement: 'provisioning', // [UNCONF] one generator repo (docs/research/entra-portal.md#pages-and-their-routes)
  provisioningactivity: 'provisioning-logs', // [UNCONF] one script
};

const PROVISIONING_MENU: Record<string, RouteKind> = {
  overview: 'provisioning-overview',
  overviewpreview: 'provisioning-overview',
  connectivity: 'connectivity',
  attributemapping: 'attribute-mapping',
  attributemappingpreview: 'attribute-mapping',
  mappings: 'attribute-mapping',
  provisioninglogs: 'provisioning-logs',
  provisioningevents: 'provisioning-logs',
};

/** Classifies a parsed route. */
export function routeKind(route: PortalRoute): RouteKind {
  const blade = route.blade ?? '';
  const menu = (route.menuItem ?? '').toLowerCase();
  if (blade === 'StartboardApplicationsMenuBlade') return 'apps-list';
  if (/^AppGalleryBlade/.test(blade)) return 'gallery';
  if (blade === 'ManagedAppMenuBlade') {
    if (!menu) return 'app-overview';
    return APP_MENU[menu] ?? 'app-other';
  }
  if (
    blade === 'ProvisioningMenuBlade' ||
    route.extension === 'Microsoft_AAD_Connect_Provisioning'
  ) {
    if (!menu) return 'provisioning-overview';
    return PROVISIONING_MENU[menu] ?? 'provisioning';
  }
  if (blade === 'ActiveDirectoryMenuBlade' && menu === 'provisioningevents') {
    return 'provisioning-logs';
  }
  return 'other';
}

/** The step a route suggests, or null. Step 6 routes (logs) are a hint for verification. */
export function routeStep(kind: RouteKind): StepNumber | null {
  switch (kind) {
    case 'apps-list':
    case 'gallery':
    case 'app-overview':
      return 3;
    case 'users-groups':
      return 4;
    case 'provisioning':
    case 'provisioning-overview':
    case 'connectivity':
    case 'attribute-mapping':
      return 5;
    case 'provisioning-logs':
      return 6;
    case 'app-other':
    case 'other':
      return null;
  }
}
