import type { JSX } from 'preact';
import { readLiveSecret } from '../../../capture/live-secret';
import { stripBearer } from '../../../portals/azure/decide';
import type { Directory } from '../../../storage';
import { CopyValue } from './CopyValue';
import { guideText as t } from '../../../i18n/guide';

/** The key is read from session storage at the moment of copying; it is never rendered. */
async function secretForEntra(): Promise<string | null> {
  const kept = await readLiveSecret();
  return kept ? stripBearer(kept.secret) : null;
}

/** Tenant URL and Secret token, as step 5 and the fill-by-hand fallback show them. */
export function CredentialValues({
  directory,
  secretKept,
}: {
  directory: Directory | null;
  secretKept: boolean;
}): JSX.Element {
  return (
    <div class="values">
      <CopyValue
        label={t('tenantUrl')}
        value={directory?.endpoint ?? null}
        name={t('copyTenantUrlName')}
        missing={t('endpointNone')}
      />
      {directory?.acceleratedEndpoint ? (
        <CopyValue
          label={t('accelerated')}
          value={directory.acceleratedEndpoint}
          name={t('copyName', { what: t('accelerated') })}
        />
      ) : null}
      {secretKept ? (
        <CopyValue
          label={t('secretToken')}
          value={null}
          shown={<span class="muted">{t('secretKept')}</span>}
          name={t('copySecretName')}
          copyText={secretForEntra}
        />
      ) : (
        <CopyValue
          label={t('secretToken')}
          value={null}
          name={t('copySecretName')}
          missing={t('secretNone')}
        />
      )}
    </div>
  );
}
