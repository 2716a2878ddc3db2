import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { directoriesItem, secretItem, settingsItem } from '@/lib/storage';
import { guideProgressItem, guideTabsItem, lastFillItem, type TabState } from '@/lib/storage/guide';
import { emptyApp } from '@/lib/background/guide/progress';
import { MessagingError } from '@/lib/messaging/envelope';
import { portalTop, stored, tabState } from '../../../support/guide-reports';

// The page's side: `formShown` answers the check before a fill, `sendToFrame` the fill itself.
const sendToFrame = vi.fn();
const formShown = vi.fn();
vi.mock('@/lib/messaging/client', () => ({
  sendToFrame: (...args: unknown[]) =>
    args[2] === 'azure.formShown' ? formShown(...args) : sendToFrame(...args),
}));

const { runFill } = await import('@/lib/background/guide/fill');

const NOW = 1_800_000_000_000;
const KEY = 'k3y-SECRET-value';
const VIEW = 'https://sandbox-1.reactblade.portal.azure.net';
const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';

async function seed(tabs: TabState[], secret = `Bearer ${KEY}`): Promise<void> {
  await secretItem.set({
    secret,
    credentialId: 'scimcred-abc123',
    directoryKey: 'intl:d-abc123',
    capturedAt: NOW - 1000,
    forgetAt: NOW + 60_000,
  });
  await directoriesItem.set({
    'intl:d-abc123': {
      key: 'intl:d-abc123',
      site: 'intl',
      directoryId: 'd-abc123',
      endpoint: ENDPOINT,
      acceleratedEndpoint: null,
      endpointIssue: null,
      acceleratedEndpointIssue: null,
      region: 'cn-shanghai',
      syncEnabled: true,
      credentials: [],
      scimUsers: null,
      scimGroups: null,
      updatedAt: NOW,
    },
  });
  await guideTabsItem.set(Object.fromEntries(tabs.map((t) => [String(t.tabId), t])));
}

const withForm = (tabId: number, seenAt: number, origin = VIEW): TabState => ({
  ...tabState(tabId, {
    step: 5,
    confirmed: true,
    page: 'credentials-form',
    form: { frameId: 4, documentId: `DOC-${tabId}`, origin, variant: 'new', seenAt },
  }),
  frames: {
    '0': portalTop(),
    '4': stored(4, origin, seenAt, {
      page: 'credentials-form',
      form: { variant: 'new', tenantUrl: null },
    }),
  },
});

beforeEach(() => {
  fakeBrowser.reset();
  sendToFrame.mockReset();
  formShown.mockReset();
  formShown.mockResolvedValue({ shown: true, problem: null });
});

describe('filling from the background', () => {
  it('sends the key, Bearer prefix stripped, to the one frame that showed the form', async () => {
    await seed([
      withForm(1, 10),
      withForm(2, 30),
      tabState(3, { step: 4, confirmed: true, page: 'users-groups' }),
    ]);
    sendToFrame.mockResolvedValue({ result: 'filled' });
    const outcome = await runFill({ trigger: 'button', windowId: null }, NOW);
    expect(sendToFrame).toHaveBeenCalledTimes(1);
    // Checked first, then filled: both to the document that reported the form.
    expect(formShown).toHaveBeenCalledWith(2, 4, 'azure.formShown', {}, 'DOC-2');
    expect(sendToFrame).toHaveBeenCalledWith(
      2,
      4,
      'azure.fill',
      { tenantUrl: ENDPOINT, secretToken: KEY, trigger: 'button' },
      'DOC-2',
    );
    expect(outcome).toMatchObject({ result: 'filled', tabId: 2, trigger: 'button' });
    expect(JSON.stringify(outcome)).not.toContain(KEY);
    expect(await lastFillItem.get()).toEqual(outcome);
  });

  it('sends nothing without a live key, or past its forget time', async () => {
    await seed([withForm(1, 10)]);
    await expect(
      runFill({ trigger: 'button', windowId: null }, NOW + 120_000),
    ).resolves.toMatchObject({ result: 'no-secret' });
    expect(await secretItem.get()).toBeNull();
    expect(sendToFrame).not.toHaveBeenCalled();
  });

  it('sends nothing to a frame whose origin is off the allow-list', async () => {
    await seed([withForm(1, 10, 'https://unlisted.example.net')]);
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'no-form',
    });
    expect(sendToFrame).not.toHaveBeenCalled();
  });

  it('names the step it could not recognize when no form is shown', async () => {
    await seed([
      tabState(1, { step: 5, confirmed: false, unrecognized: 5, page: 'unknown', updatedAt: 9 }),
    ]);
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'no-form',
      step: 5,
    });
    expect(sendToFrame).not.toHaveBeenCalled();
  });

  it('says the form is not shown when its frame is gone, sends no key, and forgets the frame', async () => {
    await seed([withForm(1, 10)]);
    formShown.mockRejectedValueOnce(
      new MessagingError('unreachable', 'Receiving end does not exist.'),
    );
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'no-form',
    });
    expect(sendToFrame).not.toHaveBeenCalled();
    expect(Object.keys((await guideTabsItem.get())['1']!.frames)).toEqual(['0']);
  });

  it('says the form is not shown when the frame moved on, or why it cannot be used', async () => {
    await seed([withForm(1, 10)]);
    formShown.mockResolvedValueOnce({ shown: false, problem: 'no-tenant-url' });
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'no-form',
    });
    formShown.mockResolvedValueOnce({ shown: false, problem: 'hidden' });
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'hidden',
    });
    expect(sendToFrame).not.toHaveBeenCalled();
  });

  it('reports what the page said when the fill failed there, and a frame that stopped answering', async () => {
    await seed([withForm(1, 10)]);
    sendToFrame.mockRejectedValueOnce(
      new MessagingError('handler-failed', 'The Secret token field is not a password field.'),
    );
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'failed',
      reason: 'The Secret token field is not a password field.',
    });
    // A message that quotes the key is not passed on.
    sendToFrame.mockRejectedValueOnce(new MessagingError('handler-failed', `bad value ${KEY}`));
    const quoted = await runFill({ trigger: 'button', windowId: null }, NOW);
    expect(quoted.result).toBe('failed');
    expect(JSON.stringify(quoted)).not.toContain(KEY);
    sendToFrame.mockRejectedValueOnce(new MessagingError('unreachable', 'gone'));
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'unreachable',
    });
    sendToFrame.mockResolvedValueOnce({ result: 'secret-not-kept' });
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'secret-not-kept',
      reason: null,
    });
  });

  it('an automatic fill only targets the tab that just showed the form', async () => {
    await seed([withForm(1, 10), withForm(2, 30)]);
    await settingsItem.set({ ...(await settingsItem.get()), fillWhenFormAppears: true });
    sendToFrame.mockResolvedValue({ result: 'filled' });
    await runFill({ trigger: 'auto', tabId: 1 }, NOW);
    expect(sendToFrame).toHaveBeenCalledWith(
      1,
      4,
      'azure.fill',
      expect.objectContaining({ trigger: 'auto' }),
      'DOC-1',
    );
  });

  it('an automatic fill leaves a saved secret (Connectivity page); the Fill button replaces it', async () => {
    const saved = withForm(1, 10);
    saved.merged.form = { ...saved.merged.form!, secretPresent: true };
    await seed([saved]);
    sendToFrame.mockResolvedValue({ result: 'filled' });
    await expect(runFill({ trigger: 'auto', tabId: 1 }, NOW)).resolves.toMatchObject({
      result: 'saved-secret',
      tabId: 1,
    });
    // The key did not even leave the background.
    expect(formShown).not.toHaveBeenCalled();
    expect(sendToFrame).not.toHaveBeenCalled();
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'filled',
    });
    expect(sendToFrame).toHaveBeenCalledWith(
      1,
      4,
      'azure.fill',
      expect.objectContaining({ trigger: 'button' }),
      'DOC-1',
    );
  });

  it('an automatic fill holds back on the Connectivity page even before its saved secret shows', async () => {
    const tab = withForm(1, 10);
    tab.frames['0'] = stored(0, 'https://portal.azure.com', 10, {
      href: 'https://portal.azure.com/#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/Connectivity/objectId/11111111-2222-3333-4444-555555555555',
      page: 'provisioning',
    });
    await seed([tab]);
    await expect(runFill({ trigger: 'auto', tabId: 1 }, NOW)).resolves.toMatchObject({
      result: 'saved-secret',
    });
    expect(sendToFrame).not.toHaveBeenCalled();
  });
});

describe('when no form can be filled', () => {
  it('says why when a tab shows the form but it cannot be used (collapsed section)', async () => {
    await seed([
      tabState(1, { step: 5, confirmed: true, page: 'provisioning-start', formProblem: 'hidden' }),
    ]);
    await expect(runFill({ trigger: 'button', windowId: null }, NOW)).resolves.toMatchObject({
      result: 'hidden',
      tabId: 1,
    });
    expect(sendToFrame).not.toHaveBeenCalled();
  });
});

describe('the key goes only with a verified endpoint of its own directory (#11)', () => {
  it.each([
    [
      'a user name hiding the real host',
      'https://cloudsso-scim-cn-shanghai.aliyun.com@collector.example.net/scim/v2/',
      'extra-parts',
    ],
    ['another host', 'https://collector.example.net/scim/v2/', 'host'],
    ['a port', 'https://cloudsso-scim-cn-shanghai.aliyun.com:8443/scim/v2/', 'extra-parts'],
    ['a query', 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/?to=x', 'extra-parts'],
    ['http', 'http://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'not-https'],
    ['not a URL', 'cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'not-url'],
    ['another path', 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v3/', 'path'],
    [
      'a customer bucket under aliyuncs.com',
      'https://cloudsso-scim-cn-shanghai.oss-cn-shanghai.aliyuncs.com/scim/v2/',
      'host',
    ],
  ])('refuses %s, and sends nothing to the page', async (_name, endpoint, issue) => {
    await seed([withForm(1, 10)]);
    const directories = await directoriesItem.get();
    await directoriesItem.set({
      'intl:d-abc123': { ...directories['intl:d-abc123']!, endpoint },
    });
    const outcome = await runFill({ trigger: 'button', windowId: null }, NOW);
    expect(outcome).toMatchObject({ result: 'endpoint-unverified', endpointIssue: issue });
    expect(sendToFrame).not.toHaveBeenCalled();
    expect(JSON.stringify(await lastFillItem.get())).not.toContain(KEY);
  });

  it('fills the documented endpoint with or without its final slash', async () => {
    for (const endpoint of [ENDPOINT, ENDPOINT.slice(0, -1)]) {
      await seed([withForm(1, 10)]);
      const directories = await directoriesItem.get();
      await directoriesItem.set({
        'intl:d-abc123': { ...directories['intl:d-abc123']!, endpoint },
      });
      sendToFrame.mockResolvedValue({ result: 'filled' });
      expect((await runFill({ trigger: 'button', windowId: null }, NOW)).result).toBe('filled');
      expect(sendToFrame.mock.calls.at(-1)?.[3]).toMatchObject({ tenantUrl: endpoint });
    }
  });

  it('never pairs the key with another directory’s endpoint', async () => {
    await seed([withForm(1, 10)]);
    const directories = await directoriesItem.get();
    // The key's directory was never read; the console shows (and the guide follows) another one.
    await directoriesItem.set({
      'intl:d-other0001': { ...directories['intl:d-abc123']!, key: 'intl:d-other0001' },
    });
    const outcome = await runFill({ trigger: 'button', windowId: null }, NOW);
    expect(outcome).toMatchObject({ result: 'no-endpoint', directoryKey: 'intl:d-abc123' });
    expect(sendToFrame).not.toHaveBeenCalled();
  });
});

describe('the fill is bound to the app (#11)', () => {
  const OURS = '0f1e2d3c-4b5a-6978-8a9b-acbdcedfe0f1';
  const OTHER = '99999999-8888-7777-6666-555555555555';
  const onApp = (tabId: number, objectId: string | null, name: string | null): TabState => {
    const t = withForm(tabId, 10);
    return { ...t, merged: { ...t.merged, app: { name, objectId, appId: null } } };
  };
  const progressFor = async (currentApp: string, fillApp: string | null = null) =>
    guideProgressItem.set({
      'intl:d-abc123': {
        steps: {},
        currentApp,
        fillApp,
        apps: {
          [OURS]: { ...emptyApp(NOW), name: 'CloudSSO', objectId: OURS },
          [OTHER]: { ...emptyApp(NOW), name: 'Salesforce', objectId: OTHER },
        },
        updatedAt: NOW,
      },
    });

  it('asks first, naming both apps, when the form is another app’s, and sends nothing', async () => {
    await seed([onApp(1, OTHER, 'Salesforce')]);
    await progressFor(OURS);
    const outcome = await runFill({ trigger: 'button', windowId: null }, NOW);
    expect(outcome).toMatchObject({
      result: 'other-app',
      apps: {
        form: { objectId: OTHER, name: 'Salesforce' },
        expected: { objectId: OURS, name: 'CloudSSO' },
      },
    });
    expect(sendToFrame).not.toHaveBeenCalled();
    expect(formShown).not.toHaveBeenCalled();
  });

  it('fills that app once the admin confirms it, and binds the key to it', async () => {
    await seed([onApp(1, OTHER, 'Salesforce')]);
    await progressFor(OURS);
    sendToFrame.mockResolvedValue({ result: 'filled' });
    // A confirmation for another app than the form's changes nothing.
    const wrong = await runFill({ trigger: 'button', windowId: null, confirmApp: OURS }, NOW);
    expect(wrong.result).toBe('other-app');
    const outcome = await runFill({ trigger: 'button', windowId: null, confirmApp: OTHER }, NOW);
    expect(outcome.result).toBe('filled');
    expect((await guideProgressItem.get())['intl:d-abc123']?.fillApp).toBe(OTHER);
  });

  it('keeps the app the key was filled into, even after the admin looked at another app', async () => {
    // The guide follows the app page seen last (Salesforce); the key was filled into CloudSSO.
    await seed([onApp(1, OTHER, 'Salesforce')]);
    await progressFor(OTHER, OURS);
    expect((await runFill({ trigger: 'button', windowId: null }, NOW)).result).toBe('other-app');
  });

  it('never fills another app’s form automatically', async () => {
    await seed([onApp(1, OTHER, 'Salesforce')]);
    await progressFor(OURS);
    const outcome = await runFill({ trigger: 'auto', tabId: 1 }, NOW);
    expect(outcome.result).toBe('other-app');
    expect(sendToFrame).not.toHaveBeenCalled();
  });

  it('asks when the page names no app and the guide expects one; fills and binds when the guide knows none', async () => {
    await seed([onApp(1, null, null)]);
    await progressFor(OURS);
    expect((await runFill({ trigger: 'button', windowId: null }, NOW)).result).toBe('other-app');

    await seed([onApp(1, OURS, 'CloudSSO')]);
    await guideProgressItem.set({});
    sendToFrame.mockResolvedValue({ result: 'filled' });
    expect((await runFill({ trigger: 'button', windowId: null }, NOW)).result).toBe('filled');
  });

  it('never targets a React view that is not framed by the portal in its tab', async () => {
    const view = withForm(1, 10);
    // The sandbox host opened as a page of its own: its only top document is the view itself.
    await seed([
      {
        ...view,
        frames: {
          '0': stored(0, VIEW, 10, {
            page: 'credentials-form',
            form: { variant: 'new', tenantUrl: null },
          }),
        },
      },
    ]);
    expect((await runFill({ trigger: 'button', windowId: null }, NOW)).result).toBe('no-form');
    expect(sendToFrame).not.toHaveBeenCalled();
  });
});
