import { detectPage } from './detect';

/**
 * The console page's kind for the page outline's header (lib/background/outline.ts): the path
 * holds the directory and region, so only the kind is written.
 */
export function describeCloudssoRoute(href: string): string {
  if (!URL.canParse(href)) return 'other';
  return detectPage(new URL(href).pathname, []);
}
