import type { Frame, Page } from 'playwright-core';
import { appRoute, pageView, provisioningRoute, reactView } from './guide-support';

/**
 * The fixture page states the perturbation property runs on (test/e2e/perturbation.e2e.ts).
 * Each is rendered from the live fixture in Chromium and frozen; `truth` is what an admin reads
 * on that page, written from the fixture's options (region, directory id, language). What the
 * page makes up at run time (the key, the credential id) is read from the page by the suite.
 */

/** A fixed clock for the fixtures (2026-01-15 08:00:00 UTC), so dates render the same. */
export const SNAPSHOT_NOW = 1_768_464_000_000;

export interface CloudssoTruth {
  page: 'settings' | 'users' | 'groups';
  endpoint?: string | null;
  acceleratedEndpoint?: string | null;
  directoryId?: string | null;
  syncSwitch?: 'on' | 'off';
  /** The credential ids the Settings page lists (the fixture's older one first). */
  credentialIds?: string[];
  list?: { scim: number; total: number };
}

export interface ConsoleState {
  name: string;
  portal: 'cloudsso';
  url: string;
  pathname: string;
  lang: 'en' | 'zh-CN';
  /** A selector that shows the page has rendered. */
  ready: string;
  action?: 'generate-key';
  truth: CloudssoTruth;
}

const INTL = 'https://cloudsso.console.alibabacloud.com';
const CN = 'https://cloudsso.console.aliyun.com';
const EN_ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
const ZH_ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2';
const OLD_CREDENTIAL = 'scimcred-fixtureold000000001';
const at = (query: string): string => `${query}&now=${SNAPSHOT_NOW}`;

export const CONSOLE_STATES: ConsoleState[] = [
  {
    name: 'cloudsso-intl-en-settings-key',
    portal: 'cloudsso',
    url: `${INTL}/setting?${at('seed=11&accel=1&dir=d-snapshot0001')}`,
    pathname: '/setting',
    lang: 'en',
    ready: '.scim-card',
    action: 'generate-key',
    truth: {
      page: 'settings',
      endpoint: EN_ENDPOINT,
      acceleratedEndpoint: 'https://cloudsso-scim-cn-shanghai-accelerate.aliyun.com/scim/v2/',
      directoryId: 'd-snapshot0001',
      syncSwitch: 'on',
      credentialIds: [OLD_CREDENTIAL],
    },
  },
  {
    name: 'cloudsso-cn-zh-settings-key',
    portal: 'cloudsso',
    url: `${CN}/setting?${at('seed=12&dir=d-snapshot0002&region=ap-southeast-1')}`,
    pathname: '/setting',
    lang: 'zh-CN',
    ready: '.scim-card',
    action: 'generate-key',
    truth: {
      page: 'settings',
      endpoint: 'https://cloudsso-scim-ap-southeast-1.aliyun.com/scim/v2',
      acceleratedEndpoint: null,
      directoryId: 'd-snapshot0002',
      syncSwitch: 'on',
      credentialIds: [OLD_CREDENTIAL],
    },
  },
  {
    name: 'cloudsso-intl-zh-settings',
    portal: 'cloudsso',
    url: `${INTL}/setting?${at('lang=zh-CN&accel=1&sync=off&dir=d-snapshot0003')}`,
    pathname: '/setting',
    lang: 'zh-CN',
    ready: '.scim-card',
    truth: {
      page: 'settings',
      endpoint: ZH_ENDPOINT,
      acceleratedEndpoint: 'https://cloudsso-scim-cn-shanghai-accelerate.aliyun.com/scim/v2/',
      directoryId: 'd-snapshot0003',
      syncSwitch: 'off',
      credentialIds: [OLD_CREDENTIAL],
    },
  },
  {
    name: 'cloudsso-intl-en-settings-plain-key',
    portal: 'cloudsso',
    url: `${INTL}/setting?${at('seed=13&text=plain&keyui=text&dir=d-snapshot0004')}`,
    pathname: '/setting',
    lang: 'en',
    ready: '.scim-card',
    action: 'generate-key',
    truth: {
      page: 'settings',
      endpoint: EN_ENDPOINT,
      acceleratedEndpoint: null,
      directoryId: 'd-snapshot0004',
      syncSwitch: 'on',
      credentialIds: [OLD_CREDENTIAL],
    },
  },
  {
    name: 'cloudsso-cn-en-users',
    portal: 'cloudsso',
    url: `${CN}/users?${at('lang=en')}`,
    pathname: '/users',
    lang: 'en',
    ready: '.next-table-row',
    truth: { page: 'users', list: { scim: 3, total: 5 } },
  },
  {
    name: 'cloudsso-cn-zh-groups',
    portal: 'cloudsso',
    url: `${CN}/groups?${at('lang=zh-CN')}`,
    pathname: '/groups',
    lang: 'zh-CN',
    ready: '.next-table-row',
    truth: { page: 'groups', list: { scim: 2, total: 3 } },
  },
];

/** A frame of an Azure portal page, reached from `url` by `reach`. */
export interface AzureState {
  name: string;
  url: string;
  /** Drives the fixture to the state; returns the frame to freeze and whether it is the top. */
  reach(page: Page): Promise<{ frame: Page | Frame; isTop: boolean }>;
  truth: {
    page: string;
    /** The fields the form must be read from (`data-truth` marks set by the suite). */
    form: { tenantUrl: string; secretToken: string } | null;
    entryButton?: string;
    appName?: string;
  };
}

const LIVE = (frames: 'nested' | 'beside', lang = ''): string =>
  `?experience=live&frames=${frames}${lang}`;
const FORM = { tenantUrl: 'tenantUrl', secretToken: 'secretToken' };

export const AZURE_STATES: AzureState[] = [
  {
    name: 'azure-live-start-nested-en',
    url: provisioningRoute('Overview', 'portal.azure.com', LIVE('nested')),
    reach: async (page) => {
      const view = await pageView(page);
      await view.getByRole('button', { name: 'Connect your application' }).waitFor();
      return { frame: view, isTop: false };
    },
    truth: { page: 'provisioning-start', form: null, entryButton: 'connectYourApplication' },
  },
  {
    name: 'azure-live-form-nested-en',
    url: provisioningRoute('Overview', 'portal.azure.com', LIVE('nested')),
    reach: async (page) => {
      const view = await pageView(page);
      await view.getByRole('button', { name: 'Connect your application' }).click();
      await view.locator('input[type="password"]').waitFor();
      return { frame: view, isTop: false };
    },
    truth: { page: 'credentials-form', form: FORM },
  },
  {
    name: 'azure-live-form-beside-zh',
    url: provisioningRoute(
      'OverviewPreview',
      'entra.microsoft.com',
      LIVE('beside', '&l=zh-hans.zh-cn'),
    ),
    reach: async (page) => {
      const view = await pageView(page);
      await view.getByRole('button', { name: '连接应用程序' }).click();
      await view.locator('input[type="password"]').waitFor();
      return { frame: view, isTop: false };
    },
    truth: { page: 'credentials-form', form: FORM },
  },
  {
    name: 'azure-tidy-form-en',
    url: appRoute('Provisioning'),
    reach: async (page) => {
      const view = reactView(page);
      await view.getByRole('button', { name: 'New configuration' }).click();
      await view.locator('input[type="password"]').waitFor();
      return { frame: view, isTop: false };
    },
    truth: { page: 'credentials-form', form: FORM },
  },
  {
    name: 'azure-classic-form-top-en',
    url: appRoute('Provisioning', 'portal.azure.com', '?experience=classic'),
    reach: async (page) => {
      await page.getByRole('button', { name: 'Get started' }).click();
      await page.getByLabel('Provisioning Mode').selectOption('automatic');
      await page.getByRole('button', { name: 'Admin Credentials' }).click();
      await page.locator('#admin-credentials input[type="password"]').waitFor();
      return { frame: page, isTop: true };
    },
    truth: { page: 'credentials-form', form: FORM, appName: 'CloudSSO' },
  },
  {
    name: 'azure-users-and-groups-top-zh',
    url: appRoute('Users', 'entra.microsoft.com', '?l=zh-hans.zh-cn'),
    reach: async (page) => {
      await page.locator('section.fxs-blade table').waitFor();
      return { frame: page, isTop: true };
    },
    truth: { page: 'users-groups', form: null, appName: 'CloudSSO' },
  },
];
