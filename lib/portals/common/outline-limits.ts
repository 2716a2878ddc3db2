/**
 * Limits of the page outline shared by the content scripts that write outlines and the contract
 * that checks them (kept apart so the contract does not pull the outline writer into every
 * bundle).
 */

/** About 100 KB per frame: far more than a console page's structure needs, small enough to paste. */
export const OUTLINE_MAX_CHARS = 100_000;

/** A name of the portal's own (`Microsoft_AAD_IAM`, `ManagedAppMenuBlade`), never an id. */
export function isPortalName(name: string): boolean {
  return (
    /^[A-Za-z][A-Za-z0-9_]{0,79}$/.test(name) &&
    !/\d{3}/.test(name) &&
    !/^[0-9a-f_]{12,}$/i.test(name)
  );
}

/**
 * What a route description (azure/outline-route.ts, cloudsso/outline-route.ts) may be: a route kind (`provisioning-overview`),
 * optionally followed by the portal's extension, blade and menu names in brackets, each a
 * portal name, `?` or `-`. Anything else, such as an id put where a name was expected, is refused.
 */
export function isRouteDescription(text: string): boolean {
  const match = /^([a-z]+(?:-[a-z]+)*)(?: \(([^()]{1,260})\))?$/.exec(text);
  if (!match) return false;
  const names = match[2]?.split('/') ?? [];
  return names.length <= 3 && names.every((n) => n === '?' || n === '-' || isPortalName(n));
}
