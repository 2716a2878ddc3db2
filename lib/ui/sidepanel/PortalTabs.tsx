import type { JSX } from 'preact';
import { guideText } from '../../i18n/guide';
import type { PortalFrame } from '../../storage';

/**
 * Which console pages the extension is running in right now, so the admin sees it is active.
 * Top documents only, by their console's name and host; the portal's React-view frames live on
 * sandbox hosts an admin never sees, so they are only mentioned.
 */
export function PortalTabs({ frames }: { frames: PortalFrame[] | undefined }): JSX.Element {
  const all = frames ?? [];
  const tops = all.filter((f) => f.frameId === 0);
  const withView = new Set(all.filter((f) => f.reactView).map((f) => f.tabId));
  return (
    <section aria-labelledby="portal-tabs-heading" class="card console-pages">
      <h2 id="portal-tabs-heading">{guideText('consolePagesHeading')}</h2>
      {frames === undefined ? (
        <p class="muted">…</p>
      ) : tops.length === 0 ? (
        <p class="muted">{guideText('noConsolePage')}</p>
      ) : (
        <ul aria-label={guideText('consolePagesHeading')}>
          {tops.map((f) => (
            <li key={`${f.tabId}:${f.frameId}`} data-portal={f.portal}>
              {guideText(f.portal === 'cloudsso' ? 'portalCloudsso' : 'portalAzure')} ·{' '}
              <span class="mono caption">{f.origin}</span>
              {withView.has(f.tabId) ? (
                <span class="muted"> {guideText('withFormFrame')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
