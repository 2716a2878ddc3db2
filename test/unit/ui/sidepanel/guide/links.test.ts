import { describe, expect, it } from 'vitest';
import { classifyOrigin } from '@/lib/origins';
import { parsePortalRoute, routeAppIds, routeKind } from '@/lib/portals/azure/routes';
import {
  appPage,
  cloudssoList,
  cloudssoSettings,
  enterpriseApps,
  newApplication,
  portalBase,
  provisioningPage,
} from '@/lib/ui/sidepanel/guide/links';

const SP = '0f1e2d3c-4b5a-6978-8a9b-acbdcedfe0f1';
const APP = '9a8b7c6d-5e4f-4031-9201-a1b2c3d4e5f6';
const kindOf = (href: string): string => {
  const route = parsePortalRoute(href);
  if (!route) throw new Error(`not a portal route: ${href}`);
  return routeKind(route);
};

describe('deep links of the guide', () => {
  it('link to the host the admin uses, else to the Entra admin center, never elsewhere', () => {
    expect(portalBase('portal.azure.com')).toBe('https://portal.azure.com');
    expect(portalBase('entra.microsoft.com')).toBe('https://entra.microsoft.com');
    expect(portalBase(null)).toBe('https://entra.microsoft.com');
    expect(portalBase('portal.azure.com.example.net')).toBe('https://entra.microsoft.com');
  });

  it.each(['portal.azure.com', 'entra.microsoft.com', null])(
    'on %s, each link is a route the step recognition reads as the page it names',
    (host) => {
      const app = { objectId: SP, appId: APP };
      expect(kindOf(enterpriseApps(host))).toBe('apps-list');
      expect(kindOf(newApplication(host))).toBe('gallery');
      expect(kindOf(appPage(host, app, 'Overview'))).toBe('app-overview');
      expect(kindOf(appPage(host, app, 'Users'))).toBe('users-groups');
      expect(kindOf(appPage(host, app, 'Provisioning'))).toBe('provisioning');
      expect(kindOf(provisioningPage(host, app, 'Overview'))).toBe('provisioning-overview');
      expect(kindOf(provisioningPage(host, app, 'ProvisioningLogs'))).toBe('provisioning-logs');
      // The app's ids survive the trip through the address.
      expect(routeAppIds(parsePortalRoute(appPage(host, app, 'Users'))!)).toEqual({
        objectId: SP,
        appId: APP,
      });
    },
  );

  it('leave the appId out when it is not known, and encode ids', () => {
    const link = appPage('portal.azure.com', { objectId: SP, appId: null }, 'Provisioning');
    expect(link.endsWith(`/objectId/${SP}`)).toBe(true);
    expect(appPage(null, { objectId: 'a/b', appId: null }, 'Overview')).toContain('objectId/a%2Fb');
  });

  it('link to the CloudSSO console of the directory’s site', () => {
    expect(classifyOrigin(cloudssoSettings('cn'))?.portal).toBe('cloudsso');
    expect(classifyOrigin(cloudssoSettings('intl'))?.portal).toBe('cloudsso');
    expect(cloudssoSettings('intl')).toBe('https://cloudsso.console.alibabacloud.com/setting');
    expect(cloudssoList('cn', 'users')).toBe('https://cloudsso.console.aliyun.com/users');
    expect(cloudssoList('intl', 'groups')).toBe('https://cloudsso.console.alibabacloud.com/groups');
  });
});
