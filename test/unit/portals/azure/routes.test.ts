import { describe, expect, it } from 'vitest';
import { parsePortalRoute, routeAppIds, routeKind, routeStep } from '@/lib/portals/azure/routes';

const SP = '11111111-2222-3333-4444-555555555555';
const APP = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('portal routes', () => {
  it.each([
    [
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null',
      'apps-list',
      3,
    ],
    [
      'https://entra.microsoft.com/#blade/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/AllApps',
      'apps-list',
      3,
    ],
    ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/AppGalleryBladeV2', 'gallery', 3],
    [
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`,
      'app-overview',
      3,
    ],
    [
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}/preferredSingleSignOnMode~/null/servicePrincipalType/Application/fromNav/`,
      'users-groups',
      4,
    ],
    [
      `https://portal.azure.com/#blade/Microsoft_AAD_IAM/ManagedAppMenuBlade/Users/appId/${APP}/objectId/${SP}`,
      'users-groups',
      4,
    ],
    [
      `https://portal.azure.com/#@contoso.onmicrosoft.com/blade/Microsoft_AAD_IAM/ManagedAppMenuBlade/Users/appId/${APP}/objectId/${SP}`,
      'users-groups',
      4,
    ],
    [
      `https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`,
      'provisioning',
      5,
    ],
    [
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/ProvisioningManagement/appId/${APP}/objectId/${SP}`,
      'provisioning',
      5,
    ],
    [
      `https://portal.azure.com/#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`,
      'provisioning-overview',
      5,
    ],
    [
      `https://portal.azure.com/#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/OverviewPreview/objectId/${SP}/appId/${APP}`,
      'provisioning-overview',
      5,
    ],
    [
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/ProvisioningActivity/objectId/${SP}`,
      'provisioning-logs',
      6,
    ],
    [
      'https://portal.azure.com/#blade/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/ProvisioningEvents',
      'provisioning-logs',
      6,
    ],
    [
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SingleSignOn/objectId/${SP}/appId/${APP}`,
      'app-other',
      null,
    ],
    ['https://portal.azure.com/#home', 'other', null],
  ] as const)('%s → %s (step %s)', (href, kind, step) => {
    const route = parsePortalRoute(href);
    expect(route).not.toBeNull();
    expect(routeKind(route!)).toBe(kind);
    expect(routeStep(routeKind(route!))).toBe(step);
  });

  it('reads the app ids in either order, from current and legacy forms', () => {
    for (const href of [
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`,
      `https://portal.azure.com/#blade/Microsoft_AAD_IAM/ManagedAppMenuBlade/Users/appId/${APP}/objectId/${SP}`,
    ]) {
      expect(routeAppIds(parsePortalRoute(href)!)).toEqual({ objectId: SP, appId: APP });
    }
  });

  it('keeps the tenant prefix and marks legacy routes', () => {
    const route = parsePortalRoute(
      `https://portal.azure.com/?l=ja.ja-jp#@contoso.onmicrosoft.com/blade/Microsoft_AAD_IAM/ManagedAppMenuBlade/Overview/appId/${APP}/objectId/${SP}`,
    )!;
    expect(route).toMatchObject({
      tenant: 'contoso.onmicrosoft.com',
      legacy: true,
      blade: 'ManagedAppMenuBlade',
      menuItem: 'Overview',
    });
  });

  it('treats "~" after a parameter name as syntax and null ids as absent', () => {
    const route = parsePortalRoute(
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/null/menuId~/null',
    )!;
    expect(route.params).toMatchObject({ objectId: 'null', menuId: 'null' });
    expect(routeAppIds(route)).toEqual({ objectId: null, appId: null });
  });

  it('ignores hosts that are not the portal, look-alikes included', () => {
    expect(parsePortalRoute('https://portal.azure.com.example.net/#view/X/Y')).toBeNull();
    expect(parsePortalRoute('http://portal.azure.com/#view/X/Y')).toBeNull();
    expect(parsePortalRoute('not a url')).toBeNull();
    // Only the hosts the content script is injected into have routes to read.
    expect(parsePortalRoute('https://ms.portal.azure.com/#view/X/Y')).toBeNull();
    expect(parsePortalRoute('https://sandbox-1.reactblade.portal.azure.net/#view/X/Y')).toBeNull();
  });
});
