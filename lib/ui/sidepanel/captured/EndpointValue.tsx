import type { JSX } from 'preact';
import type { Directory } from '../../../storage';
import { t } from '../../../i18n/captured';

type Issue = Directory['endpointIssue'];

/** An endpoint in full, as captured, with the reason when its form looks wrong. */
export function EndpointValue({ url, issue }: { url: string | null; issue: Issue }): JSX.Element {
  if (!url) return <span class="muted">{t('noEndpoint')}</span>;
  return (
    <span>
      <code class="endpoint" style={{ wordBreak: 'break-all' }}>
        {url}
      </code>
      {issue ? (
        <span class="tone-warn" role="note">
          {' '}
          {t('issueLead', { reason: t(`issue_${issue}`) })}
        </span>
      ) : null}
    </span>
  );
}
