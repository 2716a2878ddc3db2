import { CLOUDSSO_SITE_HOSTS } from '../../origins';
import { LABELS, ROUTE_SEGMENTS } from './selectors';

/** The console pages the capture knows. */
export type PageKind = 'settings' | 'users' | 'groups' | 'other';

/** Which CloudSSO site a console host belongs to; null for any other host. */
export type Site = keyof typeof CLOUDSSO_SITE_HOSTS;
export function siteOf(hostname: string): Site | null {
  if (hostname === CLOUDSSO_SITE_HOSTS.cn) return 'cn';
  if (hostname === CLOUDSSO_SITE_HOSTS.intl) return 'intl';
  return null;
}

function routeKind(pathname: string): PageKind | null {
  // Segment match, so a region prefix or a trailing slash does not matter ("/cn-shanghai/users/").
  const segments = pathname.toLowerCase().split('/').filter(Boolean);
  for (const kind of ['settings', 'users', 'groups'] as const) {
    if (segments.some((s) => (ROUTE_SEGMENTS[kind] as readonly string[]).includes(s))) return kind;
  }
  return null;
}

/**
 * Which page the console shows. The route decides when it is one we know (the Settings route is
 * confirmed only on the international site); otherwise the page heading does, in any UI language.
 */
export function detectPage(pathname: string, headings: readonly string[]): PageKind {
  const byRoute = routeKind(pathname);
  if (byRoute) return byRoute;
  if (headings.some((h) => LABELS.settingsHeading.has(h))) return 'settings';
  if (headings.some((h) => LABELS.groupsHeading.has(h))) return 'groups';
  if (headings.some((h) => LABELS.usersHeading.has(h))) return 'users';
  return 'other';
}
