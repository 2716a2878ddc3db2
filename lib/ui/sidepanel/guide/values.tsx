import type { JSX } from 'preact';
import { keyDestination } from '../../../capture/check-policy';
import { readLiveSecret } from '../../../capture/live-secret';
import { stripBearer } from '../../../portals/azure/decide';
import type { Directory } from '../../../storage';
import { capturedText } from '../../../i18n/captured';
import { Message } from '../../common/Message';
import { CopyValue } from './CopyValue';
import type { SecretFacts } from './model';
import { guideText } from '../../../i18n/guide';

/** The key is read from session storage at the moment of copying; it is never rendered. */
async function secretForEntra(): Promise<string | null> {
  const kept = await readLiveSecret();
  return kept ? stripBearer(kept.secret) : null;
}

/**
 * Tenant URL and Secret token, as step 5 and the fill-by-hand fallback show them. The same rules
 * as the fill (docs/security.md): the key is offered only beside its own directory's endpoint,
 * and an endpoint the key may not go with is named as such, its copy button kept for an admin
 * who knows better.
 */
export function CredentialValues({
  directory,
  secret,
}: {
  directory: Directory | null;
  secret: SecretFacts | null;
}): JSX.Element {
  const endpoint = directory?.endpoint ?? null;
  const destination = endpoint ? keyDestination(endpoint) : null;
  const ownDirectory =
    secret !== null && directory !== null && secret.directoryKey === directory.key;
  return (
    <div class="values">
      <CopyValue
        label={guideText('tenantUrl')}
        value={endpoint}
        name={guideText('copyTenantUrlName')}
        missing={guideText('endpointNone')}
      />
      {destination && !destination.ok ? (
        <Message tone="warn" role="note">
          {guideText('endpointUnverified', { why: capturedText(`issue_${destination.issue}`) })}
        </Message>
      ) : null}
      {directory?.acceleratedEndpoint ? (
        <CopyValue
          label={guideText('accelerated')}
          value={directory.acceleratedEndpoint}
          name={guideText('copyName', { what: guideText('accelerated') })}
        />
      ) : null}
      {ownDirectory ? (
        <CopyValue
          label={guideText('secretToken')}
          value={null}
          shown={<span class="muted">{guideText('secretKept')}</span>}
          name={guideText('copySecretName')}
          copyText={secretForEntra}
        />
      ) : (
        <CopyValue
          label={guideText('secretToken')}
          value={null}
          name={guideText('copySecretName')}
          missing={secret ? guideText('secretOtherDirectory') : guideText('secretNone')}
        />
      )}
    </div>
  );
}
