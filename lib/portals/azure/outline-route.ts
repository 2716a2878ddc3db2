import { isPortalName } from '../common/outline-limits';
import { parsePortalRoute, routeKind } from './routes';

/**
 * The portal route's kind for the page outline's header (lib/background/outline.ts), without
 * anything that identifies a tenant or an app: the path, query and hash hold ids (the app's
 * object id, the tenant), so only the route's kind is written, with the extension, blade and
 * menu item names, which are the portal's own vocabulary.
 */
export function describeAzureRoute(href: string): string {
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
