import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import type { Directory } from '../../../storage';
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
import { pickCredential, type StepContext, type StepNumber } from './model';
import { Step5Details } from './Step5Details';
import { guideText, type GuideKey as TextKey } from '../../../i18n/guide';
import { CredentialValues } from './values';

const day = (ms: number | null | undefined): string =>
  ms == null ? '—' : new Date(ms).toISOString().slice(0, 10);

function Instructions({ keys }: { keys: TextKey[] }): JSX.Element {
  return (
    <ol class="instructions">
      {keys.map((k) => (
        <li key={k}>{guideText(k)}</li>
      ))}
    </ol>
  );
}

function Links({ links }: { links: [string, string][] }): JSX.Element | null {
  if (links.length === 0) return null;
  return (
    <p class="links">
      <span class="muted">{guideText('linksHeading')}: </span>
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
    guideText(key, { site: commonText(site === 'cn' ? 'siteCn' : 'siteIntl') }),
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
              label={guideText('credential')}
              value={c.id}
              name={guideText('copyName', { what: guideText('credential') })}
              shown={
                <code>{guideText('credentialLine', { id: c.id, date: day(c.expiresAt) })}</code>
              }
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
              label={guideText('tenantUrl')}
              value={d?.endpoint ?? null}
              name={guideText('copyTenantUrlName')}
              missing={guideText('endpointNone')}
            />
            <div class="value-row">
              <span class="value-label">{guideText('syncState')}</span>
              <span class="value-text">
                {d?.syncEnabled == null
                  ? commonText('notReadYet')
                  : guideText(d.syncEnabled ? 'on' : 'off')}
              </span>
            </div>
            {d?.region ? (
              <div class="value-row">
                <span class="value-label">{guideText('region')}</span>
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
              label={guideText('appName')}
              value={app?.name ?? 'CloudSSO'}
              name={guideText('copyName', { what: guideText('appName') })}
            />
            {app?.objectId ? (
              <CopyValue
                label={guideText('objectId')}
                value={app.objectId}
                name={guideText('copyName', { what: guideText('objectId') })}
              />
            ) : null}
            {app?.appId ? (
              <CopyValue
                label={guideText('applicationId')}
                value={app.appId}
                name={guideText('copyName', { what: guideText('applicationId') })}
              />
            ) : null}
          </div>
          <Links
            links={[
              [enterpriseApps(host), guideText('linkApps')],
              [newApplication(host), guideText('linkNewApp')],
            ]}
          />
        </>
      );
    case 4:
      return (
        <>
          <Instructions keys={['s4a', 's4b', 's4c']} />
          {appIds ? (
            <Links links={[[appPage(host, appIds, 'Users'), guideText('linkUsers')]]} />
          ) : (
            <p class="muted">{guideText('linksNeedApp')}</p>
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
                [appPage(host, appIds, 'Provisioning'), guideText('linkProvisioning')],
                [provisioningPage(host, appIds, 'Overview'), guideText('linkOverview')],
              ]}
            />
          ) : (
            <p class="muted">{guideText('linksNeedApp')}</p>
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
              ? guideText('counts', {
                  users: d.scimUsers?.scim ?? 0,
                  groups: d.scimGroups?.scim ?? 0,
                })
              : guideText('countsNone')}
          </p>
          <Links
            links={[
              ...(appIds
                ? ([
                    [provisioningPage(host, appIds, 'Overview'), guideText('linkOverview')],
                    [provisioningPage(host, appIds, 'ProvisioningLogs'), guideText('linkLogs')],
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
