/**
 * Deep links to the console pages of each step. They are hints: the portal may land elsewhere
 * (docs/research/entra-portal.md#pages-and-their-routes), which is why the guide confirms steps from the page and the instructions always
 * say which menu to click.
 */

export const CLOUDSSO_CONSOLES = {
  cn: 'https://cloudsso.console.aliyun.com',
  intl: 'https://cloudsso.console.alibabacloud.com',
} as const;
export type Site = keyof typeof CLOUDSSO_CONSOLES;

/** CloudSSO Settings (`/setting`, verified on the international host; China host [UNCONF]). */
export const cloudssoSettings = (site: Site): string => `${CLOUDSSO_CONSOLES[site]}/setting`;
/** Users / Groups list pages; the paths are [UNCONF] (the capture recognizes them by segment). */
export const cloudssoList = (site: Site, list: 'users' | 'groups'): string =>
  `${CLOUDSSO_CONSOLES[site]}/${list}`;

const ENTRA_HOSTS = ['portal.azure.com', 'entra.microsoft.com'];
/** The portal host to link to: the one the admin uses, else the Entra admin center. */
export function portalBase(host: string | null): string {
  return `https://${host && ENTRA_HOSTS.includes(host) ? host : 'entra.microsoft.com'}`;
}

export const enterpriseApps = (host: string | null): string =>
  `${portalBase(host)}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`;
export const newApplication = (host: string | null): string =>
  `${portalBase(host)}/#view/Microsoft_AAD_IAM/AppGalleryBladeV2`;

export interface AppIds {
  objectId: string;
  appId: string | null;
}
const ids = (app: AppIds): string =>
  `objectId/${encodeURIComponent(app.objectId)}${app.appId ? `/appId/${encodeURIComponent(app.appId)}` : ''}`;

/** A page of the app's own menu blade (Overview, Users, Provisioning). */
export const appPage = (
  host: string | null,
  app: AppIds,
  menu: 'Overview' | 'Users' | 'Provisioning',
): string =>
  `${portalBase(host)}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${menu}/${ids(app)}`;
/** The provisioning blade of the Microsoft_AAD_Connect_Provisioning extension (docs/research/entra-portal.md#pages-and-their-routes, secondary). */
export const provisioningPage = (
  host: string | null,
  app: AppIds,
  menu: 'Overview' | 'ProvisioningLogs',
): string =>
  `${portalBase(host)}/#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/${menu}/${ids(app)}`;
