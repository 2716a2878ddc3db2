import type { JSX } from 'preact';
import type { PortalFrame } from '../../storage';

const PORTAL_NAMES = {
  cloudsso: 'CloudSSO console',
  azure: 'Azure portal / Entra admin center',
} as const;

/** Which console pages the extension is running in right now, so the admin sees it is active. */
export function PortalTabs({ frames }: { frames: PortalFrame[] | undefined }): JSX.Element {
  const tops = (frames ?? []).filter((f) => f.frameId === 0 || f.reactView);
  return (
    <section aria-labelledby="portal-tabs-heading">
      <h2 id="portal-tabs-heading">Console pages</h2>
      {frames === undefined ? (
        <p class="muted">Loading…</p>
      ) : tops.length === 0 ? (
        <p class="muted">No CloudSSO or Entra page is open yet.</p>
      ) : (
        <ul aria-label="Console pages">
          {tops.map((f) => (
            <li key={`${f.tabId}:${f.frameId}`} data-portal={f.portal}>
              {PORTAL_NAMES[f.portal]}
              {f.reactView ? ' (form frame)' : ''} — <span class="mono">{f.origin}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
