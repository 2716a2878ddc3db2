import type { JSX } from 'preact';
import type { Directory } from '../../../storage';
import type { AppProgress } from '../../../storage/guide';
import { CopyValue } from './CopyValue';
import { ExternalLink } from './ExternalLink';
import {
  appPage,
  cloudssoList,
  cloudssoSettings,
  enterpriseApps,
  newApplication,
  provisioningPage,
  type Site,
} from './links';
import { pickCredential, type SecretFacts, type StepNumber } from './model';
import { Step5Details } from './Step5Details';
import { guideText as t, type GuideKey as TextKey } from '../../../i18n/guide';
import { CredentialValues } from './values';

export interface StepContext {
  directory: Directory | null;
  secret: SecretFacts | null;
  app: AppProgress | null;
  host: string | null;
  directoryKey: string;
  appKey: string;
}

const day = (ms: number | null | undefined): string =>
  ms == null ? '—' : new Date(ms).toISOString().slice(0, 10);

function Instructions({ keys }: { keys: TextKey[] }): JSX.Element {
  return (
    <ol class="instructions">
      {keys.map((k) => (
        <li key={k}>{t(k)}</li>
      ))}
    </ol>
  );
}

function Links({ links }: { links: [string, string][] }): JSX.Element | null {
  if (links.length === 0) return null;
  return (
    <p class="links">
      <span class="muted">{t('linksHeading')}: </span>
      {links.map(([href, text], i) => (
        <span key={href}>
          {i > 0 ? ' · ' : ''}
          <ExternalLink href={href}>{text}</ExternalLink>
        </span>
      ))}
    </p>
  );
}

/** CloudSSO settings on the right site; both sites while the site is unknown. */
function siteLinks(
  directory: Directory | null,
  make: (site: Site) => string,
  key: TextKey,
): [string, string][] {
  const sites: Site[] = directory ? [directory.site] : ['intl', 'cn'];
  return sites.map((site) => [
    make(site),
    t(key, { site: t(site === 'cn' ? 'siteCn' : 'siteIntl') }),
  ]);
}

/** Per-step instructions, the exact values with copy buttons, and deep links. */
export function StepBody({
  n,
  ctx,
  idPrefix,
}: {
  n: StepNumber;
  ctx: StepContext;
  /** Keeps ids unique when the same step's body shows twice (the card and the list). */
  idPrefix: string;
}): JSX.Element {
  const { directory: d, app, host } = ctx;
  const appIds = app?.objectId ? { objectId: app.objectId, appId: app.appId } : null;
  switch (n) {
    case 1: {
      const c = pickCredential(d, ctx.secret);
      return (
        <>
          <Instructions keys={['s1a', 's1b']} />
          {c ? (
            <CopyValue
              label={t('credential')}
              value={c.id}
              name={t('copyName', { what: t('credential') })}
              shown={<code>{t('credentialLine', { id: c.id, date: day(c.expiresAt) })}</code>}
            />
          ) : null}
          <Links links={siteLinks(d, cloudssoSettings, 'linkSettings')} />
        </>
      );
    }
    case 2:
      return (
        <>
          <Instructions keys={['s2a', 's2b']} />
          <div class="values">
            <CopyValue
              label={t('tenantUrl')}
              value={d?.endpoint ?? null}
              name={t('copyTenantUrlName')}
              missing={t('endpointNone')}
            />
            <div class="value-row">
              <span class="value-label">{t('syncState')}</span>
              <span class="value-text">
                {d?.syncEnabled == null ? t('unknown') : t(d.syncEnabled ? 'on' : 'off')}
              </span>
            </div>
            {d?.region ? (
              <div class="value-row">
                <span class="value-label">{t('region')}</span>
                <code class="value-text">{d.region}</code>
              </div>
            ) : null}
          </div>
          <Links links={siteLinks(d, cloudssoSettings, 'linkSettings')} />
        </>
      );
    case 3:
      return (
        <>
          <Instructions keys={['s3a', 's3b']} />
          <div class="values">
            <CopyValue
              label={t('appName')}
              value={app?.name ?? 'CloudSSO'}
              name={t('copyName', { what: t('appName') })}
            />
            {app?.objectId ? (
              <CopyValue
                label={t('objectId')}
                value={app.objectId}
                name={t('copyName', { what: t('objectId') })}
              />
            ) : null}
            {app?.appId ? (
              <CopyValue
                label={t('applicationId')}
                value={app.appId}
                name={t('copyName', { what: t('applicationId') })}
              />
            ) : null}
          </div>
          <Links
            links={[
              [enterpriseApps(host), t('linkApps')],
              [newApplication(host), t('linkNewApp')],
            ]}
          />
        </>
      );
    case 4:
      return (
        <>
          <Instructions keys={['s4a', 's4b', 's4c']} />
          {appIds ? (
            <Links links={[[appPage(host, appIds, 'Users'), t('linkUsers')]]} />
          ) : (
            <p class="muted">{t('linksNeedApp')}</p>
          )}
        </>
      );
    case 5:
      return (
        <>
          <Instructions keys={['s5a', 's5b', 's5c']} />
          <CredentialValues directory={d} secret={ctx.secret} />
          {appIds ? (
            <Links
              links={[
                [appPage(host, appIds, 'Provisioning'), t('linkProvisioning')],
                [provisioningPage(host, appIds, 'Overview'), t('linkOverview')],
              ]}
            />
          ) : (
            <p class="muted">{t('linksNeedApp')}</p>
          )}
          <Step5Details ctx={ctx} idPrefix={idPrefix} />
        </>
      );
    case 6:
      return (
        <>
          <Instructions keys={['s6a', 's6b']} />
          <p>
            {d?.scimUsers || d?.scimGroups
              ? t('counts', { users: d.scimUsers?.scim ?? 0, groups: d.scimGroups?.scim ?? 0 })
              : t('countsNone')}
          </p>
          <Links
            links={[
              ...(appIds
                ? ([
                    [provisioningPage(host, appIds, 'Overview'), t('linkOverview')],
                    [provisioningPage(host, appIds, 'ProvisioningLogs'), t('linkLogs')],
                  ] as [string, string][])
                : []),
              ...siteLinks(d, (s) => cloudssoList(s, 'users'), 'linkCloudUsers'),
              ...siteLinks(d, (s) => cloudssoList(s, 'groups'), 'linkCloudGroups'),
            ]}
          />
        </>
      );
  }
}
