import type { Portal } from '../../origins';
import { parsePortalRoute, routeKind } from '../azure/routes';
import { detectPage } from '../cloudsso/detect';
import { isPortalName } from './outline-limits';

/**
 * The page a top document's address points at, for the page outline's header, without anything
 * that identifies a tenant, an app or a directory: the path, query and hash hold ids (the app's
 * object id, the CloudSSO directory), so only the route's kind is written, and for the Azure
 * portal the extension, blade and menu item names, which are the portal's own vocabulary.
 */
export function describeRoute(portal: Portal, href: string): string {
  if (portal === 'cloudsso') {
    if (!URL.canParse(href)) return 'other';
    return detectPage(new URL(href).pathname, []);
  }
  const route = parsePortalRoute(href);
  if (!route) return 'other';
  const names = [route.extension, route.blade, route.menuItem].map(portalName);
  const shown = names.filter((n) => n !== null);
  return shown.length > 0
    ? `${routeKind(route)} (${names.map((n) => n ?? '-').join('/')})`
    : routeKind(route);
}

/**
 * A blade or menu name as the portal spells its own (`Microsoft_AAD_IAM`, `ManagedAppMenuBlade`,
 * `Provisioning`); anything else, an id put where a name was expected included, is "?".
 */
function portalName(name: string | null): string | null {
  if (name === null || name === '') return null;
  return isPortalName(name) ? name : '?';
}
