import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guideToBackground } from '@/lib/messaging/contract/guide';
import { createRouter } from '@/lib/messaging/router';
import type { PageKind as DetectedPage } from '@/lib/portals/azure/detect';
import type { FormProblem as DecidedProblem } from '@/lib/portals/azure/decide';
import { directoriesItem, secretItem, settingsItem } from '@/lib/storage';
import {
  guideProgressItem,
  guideTabsItem,
  lastFillItem,
  type FormProblem,
  type PageKind,
} from '@/lib/storage/guide';
import { APP, report, SP } from './reports';

const sendToFrame = vi.fn();
vi.mock('@/lib/messaging/client', () => ({
  sendToFrame: (...args: unknown[]) => sendToFrame(...args),
}));
const { guideHandlers } = await import('@/lib/background/handlers/guide');

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const route = createRouter(guideToBackground, guideHandlers, () => OWN);
const top = {
  id: OWN,
  url: 'https://portal.azure.com/#home',
  origin: 'https://portal.azure.com',
  tab: { id: 4, windowId: 1 },
  frameId: 0,
};
const view = {
  id: OWN,
  url: 'https://sandbox-1.reactblade.portal.azure.net/',
  origin: 'https://sandbox-1.reactblade.portal.azure.net',
  tab: { id: 4, windowId: 1 },
  frameId: 6,
};
const send = (payload: unknown, sender: typeof top) =>
  route({ type: 'guide.report', payload }, sender);

beforeEach(() => {
  fakeBrowser.reset();
  sendToFrame.mockReset();
});

describe('frame reports', () => {
  it('the stored schemas list exactly the pages and problems the detector produces', () => {
    expectTypeOf<PageKind>().toEqualTypeOf<DetectedPage>();
    expectTypeOf<FormProblem>().toEqualTypeOf<DecidedProblem>();
  });

  it('merges the top document and a React view of one tab, and records the app', async () => {
    const href = `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`;
    await expect(
      send(
        report({
          href,
          page: 'provisioning',
          evidence: ['blade-title'],
          appName: 'CloudSSO',
          appObjectId: SP,
          appId: APP,
        }),
        { ...top, url: href },
      ),
    ).resolves.toEqual({ ok: true, data: { step: 5 } });
    await send(
      report({
        href: view.url,
        frame: 'top',
        page: 'credentials-form',
        form: { variant: 'new', tenantUrlValue: '' },
      }),
      view,
    );
    const tab = (await guideTabsItem.get())['4']!;
    // The frame claimed to be the top document; the browser says it is frame 6.
    expect(tab.frames['6']).toMatchObject({ frame: 'sub', origin: view.origin });
    expect(tab.merged).toMatchObject({
      step: 5,
      page: 'credentials-form',
      form: { frameId: 6 },
      app: { objectId: SP },
    });
    expect((await guideProgressItem.get())['']?.apps[SP]?.name).toBe('CloudSSO');
  });

  it('refuses reports from extension pages and from hosts off the allow-list', async () => {
    const page = {
      id: OWN,
      url: `chrome-extension://${OWN}/sidepanel.html`,
      origin: `chrome-extension://${OWN}`,
      tab: { id: 1, windowId: 1 },
      frameId: 0,
    };
    await expect(send(report(), page)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
    const lookalike = {
      ...view,
      url: 'https://unlisted.example.net/',
      origin: 'https://unlisted.example.net',
    };
    await expect(send(report({ page: 'credentials-form' }), lookalike)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
    expect(await guideTabsItem.get()).toEqual({});
  });

  it('drops the old document’s frames when the top document is reloaded', async () => {
    await send(report({ docStart: 1 }), top);
    await send(
      report({ page: 'credentials-form', form: { variant: 'new', tenantUrlValue: null } }),
      view,
    );
    await send(report({ docStart: Date.now() + 1000 }), top);
    expect(Object.keys((await guideTabsItem.get())['4']!.frames)).toEqual(['0']);
  });

  it('fills as soon as the form appears only when the admin opted in, and only once', async () => {
    const now = Date.now();
    await secretItem.set({
      secret: 'k',
      credentialId: null,
      directoryKey: 'intl:site',
      capturedAt: now,
      forgetAt: now + 60_000,
    });
    await directoriesItem.set({
      'intl:site': {
        key: 'intl:site',
        site: 'intl',
        directoryId: null,
        endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
        acceleratedEndpoint: null,
        endpointIssue: null,
        acceleratedEndpointIssue: null,
        region: null,
        syncEnabled: true,
        credentials: [],
        scimUsers: null,
        scimGroups: null,
        updatedAt: now,
      },
    });
    sendToFrame.mockResolvedValue({ result: 'filled' });
    const form = report({
      page: 'credentials-form',
      form: { variant: 'new', tenantUrlValue: null },
    });
    const settle = () => vi.waitFor(async () => expect(await lastFillItem.get()).not.toBeNull());

    await send(form, view);
    await new Promise((r) => setTimeout(r, 50));
    expect(sendToFrame).not.toHaveBeenCalled();

    await send(report(), view); // the form goes away
    await settingsItem.set({ ...(await settingsItem.get()), fillWhenFormAppears: true });
    await send(form, view);
    await settle();
    expect(sendToFrame).toHaveBeenCalledTimes(1);
    expect(await lastFillItem.get()).toMatchObject({ trigger: 'auto', result: 'filled', tabId: 4 });
    // The same form reported again (after the fill changed the page) is not filled again.
    await send({ ...form, testOutcome: null, form: { variant: 'new', tenantUrlValue: 'x' } }, view);
    await new Promise((r) => setTimeout(r, 50));
    expect(sendToFrame).toHaveBeenCalledTimes(1);
  });
});
