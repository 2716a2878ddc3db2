import type { JSX } from 'preact';
import { guideText } from '../../../i18n/guide';

/** A deep link into a console; opens a new tab (the panel must stay). */
export function ExternalLink({ href, children }: { href: string; children: string }): JSX.Element {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
      <span class="visually-hidden"> {guideText('newTab')}</span>
    </a>
  );
}
