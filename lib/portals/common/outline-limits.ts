/**
 * Limits of the page outline shared by the content scripts that write outlines and the contract
 * that checks them (kept apart so the contract does not pull the outline writer into every
 * bundle).
 */

/** About 100 KB per frame: far more than a console page's structure needs, small enough to paste. */
export const OUTLINE_MAX_CHARS = 100_000;

/** What a route description (outline-route.ts) may hold; anything else is refused. */
export const ROUTE_DESCRIPTION = /^[A-Za-z0-9_ ()/?-]{1,300}$/;
