import type { JSX } from 'preact';
import { captureTabsItem, portalFramesItem } from '../../../storage';
import { useStored } from '../../hooks/useStored';
import { Message } from '../../common/Message';
import { CopyOutline } from '../outline/CopyOutline';
import { capturedText } from '../../../i18n/captured';

/**
 * Required elements the capture could not find on an open console page, by name, with what to
 * do instead. Only tabs still open are listed (the frame registry forgets closed tabs).
 */
export function Problems(): JSX.Element | null {
  const tabs = useStored(captureTabsItem);
  const frames = useStored(portalFramesItem);
  if (!tabs || !frames) return null;
  const open = new Set(
    Object.values(frames)
      .filter((f) => f.portal === 'cloudsso' && f.frameId === 0)
      .map((f) => f.tabId),
  );
  const items = Object.values(tabs)
    .filter((tab) => open.has(tab.tabId))
    .flatMap((tab) =>
      tab.problems.map((p) => ({ ...p, key: `${tab.tabId}:${p.element}`, path: pathOf(tab.href) })),
    );
  if (items.length === 0) return null;
  // A page the capture could not read (not one where SCIM sync is merely off) gets its outline.
  const unreadTabs = Object.values(tabs)
    .filter((tab) => open.has(tab.tabId) && tab.problems.some((p) => p.detail !== 'sync-off'))
    .map((tab) => tab.tabId);
  return (
    <Message tone="warn" class="problems">
      <h3 class="problems-heading">{capturedText('problemsHeading')}</h3>
      <ul aria-label={capturedText('problemsHeading')}>
        {items.map((p) => (
          <li key={p.key} data-element={p.element}>
            <strong>{capturedText(`problem_${p.element}`)}</strong>{' '}
            <span class="muted mono caption">{p.path}</span>
            <br />
            <span>{capturedText(`detail_${p.detail}`)}</span>
          </li>
        ))}
      </ul>
      {unreadTabs.map((tabId) => (
        <CopyOutline key={tabId} tabId={tabId} />
      ))}
    </Message>
  );
}

function pathOf(href: string): string {
  return URL.canParse(href) ? new URL(href).pathname : '';
}
