import type { JSX } from 'preact';
import { t } from '../../../i18n/captured';
import type { Directory } from '../../../storage';

type Issue = Directory['endpointIssue'];

/** An endpoint in full, as captured, with the reason when its form looks wrong. */
export function EndpointValue({
  url,
  issue,
  id,
}: {
  url: string | null;
  issue: Issue;
  /** Id of the "not captured" text, which says why the copy button is disabled. */
  id?: string;
}): JSX.Element {
  if (!url)
    return (
      <span class="muted" id={id}>
        {t('noEndpoint')}
      </span>
    );
  return (
    <span class="endpoint-value">
      <code class="endpoint">{url}</code>
      {issue ? (
        <span class="tone-warn" role="note">
          {' '}
          {t('issueLead', { reason: t(`issue_${issue}`) })}
        </span>
      ) : null}
    </span>
  );
}
