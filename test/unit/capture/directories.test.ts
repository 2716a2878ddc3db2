import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordCredential, recordPage } from '@/lib/background/capture/directories';
import { expiryOf, expiryReminders } from '@/lib/capture/expiry';
import { recordFrame } from '@/lib/background/frames';
import { captureTabsItem, currentDirectoryItem, directoriesItem, secretItem } from '@/lib/storage';

beforeEach(() => fakeBrowser.reset());

const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
const facts = {
  page: 'settings' as const,
  directoryId: null,
  endpoint: ENDPOINT,
  acceleratedEndpoint: null,
  syncEnabled: true,
  credentials: [],
  list: null,
  problems: [],
};
const tab1 = {
  tabId: 1,
  site: 'intl' as const,
  href: 'https://cloudsso.console.alibabacloud.com/setting',
};

describe('directory records', () => {
  it('keep the endpoint as shown, its region, the switch, and flag an odd endpoint with its reason', async () => {
    const key = await recordPage(tab1, facts, 10);
    expect(key).toBe('intl:site');
    expect((await directoriesItem.get())[key]).toMatchObject({
      site: 'intl',
      endpoint: ENDPOINT,
      endpointIssue: null,
      region: 'cn-shanghai',
      syncEnabled: true,
    });
    expect(await currentDirectoryItem.get()).toBe(key);
    const odd = await recordPage(
      tab1,
      { ...facts, directoryId: 'd-aaaaaaaa01', endpoint: 'http://scim.example.com/v2' },
      11,
    );
    expect((await directoriesItem.get())[odd]).toMatchObject({
      endpoint: 'http://scim.example.com/v2',
      endpointIssue: 'not-https',
    });
  });

  it('keep two directories on one site apart when no id is shown but the endpoints differ', async () => {
    const first = await recordPage(tab1, { ...facts, syncEnabled: false });
    const eu = ENDPOINT.replace('cn-shanghai', 'eu-central-1');
    // The same tab, after the admin signed in to another account on the same console.
    const second = await recordPage(tab1, { ...facts, endpoint: eu });
    expect(second).not.toBe(first);
    expect(second).toBe('intl:region:eu-central-1');
    const all = await directoriesItem.get();
    expect(all[first]).toMatchObject({ endpoint: ENDPOINT, syncEnabled: false });
    expect(all[second]).toMatchObject({ endpoint: eu, region: 'eu-central-1', syncEnabled: true });
    // The same endpoint again (printed without its trailing slash) stays with its record.
    expect(await recordPage(tab1, { ...facts, endpoint: eu.replace(/\/$/, '') })).toBe(second);
    // A page without an endpoint (a list page) files under the tab's current record.
    expect(await recordPage(tab1, { ...facts, page: 'users', endpoint: null })).toBe(second);
    // Once the id shows, the tab's own id-less record becomes that directory's record.
    const byId = await recordPage(tab1, { ...facts, endpoint: eu, directoryId: 'd-eeeeeeee05' });
    expect(Object.keys(await directoriesItem.get()).sort()).toEqual(['intl:d-eeeeeeee05', first]);
    expect((await directoriesItem.get())[byId]).toMatchObject({ endpoint: eu });
  });

  it('keep two directories apart by the id the console shows', async () => {
    await recordPage(tab1, { ...facts, directoryId: 'd-aaaaaaaa01' });
    await recordPage(
      { ...tab1, tabId: 2 },
      {
        ...facts,
        directoryId: 'd-bbbbbbbb02',
        endpoint: ENDPOINT.replace('cn-shanghai', 'eu-central-1'),
      },
    );
    const all = await directoriesItem.get();
    expect(Object.keys(all).sort()).toEqual(['intl:d-aaaaaaaa01', 'intl:d-bbbbbbbb02']);
    expect(all['intl:d-bbbbbbbb02']?.region).toBe('eu-central-1');
    expect(all['intl:d-aaaaaaaa01']?.region).toBe('cn-shanghai');
  });

  it('file a later page without an id under the directory the tab showed, with its counts', async () => {
    await recordPage(tab1, { ...facts, directoryId: 'd-aaaaaaaa01' });
    const key = await recordPage(
      { ...tab1, href: 'https://cloudsso.console.alibabacloud.com/users' },
      {
        ...facts,
        page: 'users',
        endpoint: null,
        syncEnabled: null,
        list: { kind: 'users', sourceColumn: true, scim: 3, total: 5 },
      },
      20,
    );
    expect(key).toBe('intl:d-aaaaaaaa01');
    expect((await directoriesItem.get())[key]).toMatchObject({
      endpoint: ENDPOINT,
      syncEnabled: true,
      scimUsers: { scim: 3, listed: 5, countedAt: 20 },
    });
    expect((await captureTabsItem.get())['1']).toMatchObject({ page: 'users', directoryKey: key });
  });

  it('move a site-wide record, and the key filed under it, to the directory once its id shows', async () => {
    await recordPage(tab1, facts);
    await secretItem.set({
      secret: 'Zq8ddT2XkW4pLm9RvB3nYc7',
      credentialId: null,
      directoryKey: 'intl:site',
      capturedAt: 0,
      forgetAt: Date.now() + 60_000,
    });
    await recordPage(tab1, {
      ...facts,
      page: 'other',
      endpoint: null,
      directoryId: 'd-cccccccc03',
    });
    const all = await directoriesItem.get();
    expect(Object.keys(all)).toEqual(['intl:d-cccccccc03']);
    expect(all['intl:d-cccccccc03']).toMatchObject({
      endpoint: ENDPOINT,
      directoryId: 'd-cccccccc03',
    });
    expect((await secretItem.get())?.directoryKey).toBe('intl:d-cccccccc03');
  });

  it('record a captured credential with a one-year expiry, and console dates over estimates', async () => {
    const created = Date.UTC(2021, 10, 9, 8, 12, 52);
    const key = await recordCredential(
      {
        tabId: 1,
        site: 'cn',
        directoryId: null,
        credentialId: 'scimcred-abcd1234',
        createdAt: null,
      },
      created,
    );
    expect((await directoriesItem.get())[key]?.credentials).toEqual([
      {
        id: 'scimcred-abcd1234',
        createdAt: created,
        createdFrom: 'captured',
        expiresAt: Date.UTC(2022, 10, 9, 8, 12, 52),
        status: null,
      },
    ]);
    await recordPage(
      { ...tab1, site: 'cn', href: 'https://cloudsso.console.aliyun.com/setting' },
      {
        ...facts,
        credentials: [{ id: 'scimcred-abcd1234', createdAt: created - 5_000, expiresAt: null }],
      },
    );
    expect((await directoriesItem.get())[key]?.credentials[0]).toMatchObject({
      createdAt: created - 5_000,
      createdFrom: 'console',
    });
  });
});

describe('the credential list', () => {
  const site = {
    ...tab1,
    site: 'cn' as const,
    href: 'https://cloudsso.console.aliyun.com/setting',
  };
  const row = (id: string, createdAt: number | null) => ({ id, createdAt, expiresAt: null });

  it('is replaced by what the Settings page lists: deleted and rotated credentials and their reminders go', async () => {
    const longAgo = Date.UTC(2024, 0, 1);
    const key = await recordPage(site, {
      ...facts,
      credentials: [row('scimcred-old00001', longAgo), row('scimcred-keep0001', null)],
    });
    await recordCredential(
      {
        tabId: 1,
        site: 'cn',
        directoryId: null,
        credentialId: 'scimcred-keep0001',
        createdAt: null,
      },
      longAgo + 1_000,
    );
    expect(
      expiryReminders((await directoriesItem.get())[key]!.credentials, longAgo + 300 * 86_400_000),
    ).toHaveLength(2);
    // The admin deleted the old credential: the list now shows one.
    await recordPage(site, { ...facts, credentials: [row('scimcred-keep0001', null)] });
    const after = (await directoriesItem.get())[key]!.credentials;
    expect(after.map((c) => c.id)).toEqual(['scimcred-keep0001']);
    // Its creation time, known from the capture, stays though the list printed none.
    expect(after[0]).toMatchObject({ createdAt: longAgo + 1_000, createdFrom: 'captured' });
    expect(expiryReminders(after, longAgo + 300 * 86_400_000).map((r) => r.id)).toEqual([
      'scimcred-keep0001',
    ]);
  });

  it('keeps the credential of the key kept now while the list has not caught up with it', async () => {
    const key = await recordPage(site, { ...facts, credentials: [row('scimcred-old00001', 1)] });
    await recordCredential(
      { tabId: 1, site: 'cn', directoryId: null, credentialId: 'scimcred-new00001', createdAt: 5 },
      5,
    );
    await secretItem.set({
      secret: 'Zq8ddT2XkW4pLm9RvB3nYc7',
      credentialId: 'scimcred-new00001',
      directoryKey: key,
      capturedAt: 5,
      forgetAt: Date.now() + 60_000,
    });
    // The dialog is still open; the list behind it shows the old credential only.
    await recordPage(site, {
      ...facts,
      syncEnabled: false,
      credentials: [row('scimcred-old00001', 1)],
    });
    expect((await directoriesItem.get())[key]!.credentials.map((c) => c.id)).toEqual([
      'scimcred-new00001',
      'scimcred-old00001',
    ]);
  });
});

describe('per-tab records', () => {
  it('drop tabs that have closed', async () => {
    await recordFrame(1, 0, 'https://cloudsso.console.alibabacloud.com');
    await recordPage(tab1, {
      ...facts,
      problems: [{ element: 'sync-switch', detail: 'not-found' }],
    });
    await recordPage({ ...tab1, tabId: 2 }, facts);
    await recordPage({ ...tab1, tabId: 3 }, facts);
    // Tab 2 never had (or no longer has) a frame: it goes; the open tab 1 and the sender stay.
    expect(Object.keys(await captureTabsItem.get()).sort()).toEqual(['1', '3']);
    expect((await captureTabsItem.get())['1']?.problems).toEqual([
      { element: 'sync-switch', detail: 'not-found' },
    ]);
  });
});

describe('expiry reminders', () => {
  it('name credentials within 90 days of expiry, soonest first', () => {
    const now = Date.UTC(2025, 0, 1);
    const day = 86_400_000;
    const reminders = expiryReminders(
      [
        { id: 'scimcred-far', createdAt: null, createdFrom: 'console', expiresAt: now + 200 * day },
        { id: 'scimcred-soon', createdAt: null, createdFrom: 'console', expiresAt: now + 30 * day },
        { id: 'scimcred-gone', createdAt: null, createdFrom: 'console', expiresAt: now - 2 * day },
        { id: 'scimcred-edge', createdAt: null, createdFrom: 'console', expiresAt: now + 90 * day },
        { id: 'scimcred-unknown', createdAt: null, createdFrom: 'console', expiresAt: null },
      ],
      now,
    );
    expect(reminders.map((r) => [r.id, r.daysLeft])).toEqual([
      ['scimcred-gone', -2],
      ['scimcred-soon', 30],
      ['scimcred-edge', 90],
    ]);
    expect(expiryOf(Date.UTC(2024, 1, 29))).toBe(Date.UTC(2025, 2, 1));
  });
});
