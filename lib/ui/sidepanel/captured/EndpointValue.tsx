import type { JSX } from 'preact';
import { capturedText } from '../../../i18n/captured';
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
        {capturedText('noEndpoint')}
      </span>
    );
  return (
    <span class="endpoint-value">
      <code class="endpoint">{url}</code>
      {issue ? (
        <span class="tone-warn" role="note">
          {' '}
          {capturedText('issueLead', { reason: capturedText(`issue_${issue}`) })}
        </span>
      ) : null}
    </span>
  );
}
