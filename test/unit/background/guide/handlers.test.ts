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
import { APP, facts, report, SP } from '../../../support/guide-reports';

// The fill (sendToFrame) and, before it, the check that the frame still shows the form.
const sendToFrame = vi.fn();
vi.mock('@/lib/messaging/client', () => ({
  sendToFrame: (...args: unknown[]) =>
    args[2] === 'azure.formShown'
      ? Promise.resolve({ shown: true, problem: null })
      : sendToFrame(...args),
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
    ).resolves.toEqual({ ok: true, data: null });
    // A notification: acknowledged only; the step is the merged report's.
    expect((await guideTabsItem.get())['4']!.merged).toMatchObject({ step: 5 });
    await send(
      report({
        href: view.url,
        frame: 'top',
        page: 'credentials-form',
        form: { variant: 'new', tenantUrl: facts() },
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
      report({ page: 'credentials-form', form: { variant: 'new', tenantUrl: null } }),
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
      form: { variant: 'new', tenantUrl: null },
    });
    const settle = () => vi.waitFor(async () => expect(await lastFillItem.get()).not.toBeNull());

    await send(report(), top); // the portal's own document, which frames the view
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
    await send(
      {
        ...form,
        testOutcome: null,
        form: { variant: 'new', tenantUrl: facts({ kind: 'not-url' }) },
      },
      view,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(sendToFrame).toHaveBeenCalledTimes(1);
  });
});

describe('leaving the form', () => {
  const provisioning = `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`;
  const users = `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`;
  const formReport = report({
    href: view.url,
    page: 'credentials-form',
    form: { variant: 'new', tenantUrl: null },
  });
  const gone = (docStart: number, sender: typeof top) =>
    route({ type: 'guide.gone', payload: { docStart } }, sender);

  it('follows the top page to another route although the view still reports its form', async () => {
    await send(report({ href: provisioning, page: 'provisioning' }), { ...top, url: provisioning });
    await send(formReport, { ...view, documentId: 'DOC-A' } as typeof view);
    expect((await guideTabsItem.get())['4']!.merged).toMatchObject({
      step: 5,
      form: { frameId: 6, documentId: 'DOC-A' },
    });
    await new Promise((r) => setTimeout(r, 5));
    await send(report({ href: users, page: 'users-groups', assignments: 1 }), {
      ...top,
      url: users,
    });
    // The leftover view re-renders and reports the same form again.
    await send({ ...formReport, evidence: ['form-labels'] }, view);
    expect((await guideTabsItem.get())['4']!.merged).toMatchObject({
      step: 4,
      page: 'users-groups',
      form: null,
    });
  });

  it('forgets a frame whose document is gone, only for that document', async () => {
    await send(report({ href: provisioning, page: 'provisioning' }), { ...top, url: provisioning });
    await send({ ...formReport, docStart: 7 }, view);
    await expect(gone(6, view)).resolves.toEqual({ ok: true, data: null });
    expect((await guideTabsItem.get())['4']!.merged).toMatchObject({ step: 5 });
    expect((await guideTabsItem.get())['4']!.merged.form).not.toBeNull();
    await gone(7, view);
    const tab = (await guideTabsItem.get())['4']!;
    expect(Object.keys(tab.frames)).toEqual(['0']);
    expect(tab.merged).toMatchObject({ page: 'provisioning', form: null });
    // The top document going takes the whole tab with it.
    await gone(1, top);
    expect(await guideTabsItem.get()).toEqual({});
  });
});

describe('the kept key never reaches storage through a report', () => {
  const KEY = 'Zx8aAJCtpbyPJ8saXeYDgyw4Q2';
  const keep = () =>
    secretItem.set({
      secret: KEY,
      credentialId: null,
      directoryKey: 'intl:site',
      capturedAt: Date.now(),
      forgetAt: Date.now() + 60_000,
    });

  it('drops a host or a message that contains it, and a report whose address does', async () => {
    await keep();
    await send(
      report({
        href: view.url,
        page: 'credentials-form',
        appObjectId: SP,
        form: {
          variant: 'new',
          tenantUrl: facts({
            kind: 'https',
            host: `${KEY.toLowerCase()}.example.com`,
            path: 'other',
          }),
        },
        testOutcome: { ok: false, text: `Could not reach https://${KEY}.example.com` },
      }),
      view,
    );
    await expect(
      send(report({ href: `https://portal.azure.com/#search/${KEY}` }), top),
    ).resolves.toEqual({ ok: true, data: null });
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    // The key itself is in session storage, where it is kept; nowhere else.
    const withoutKept = JSON.stringify(
      Object.fromEntries(
        Object.entries(await fakeBrowser.storage.session.get(null)).filter(
          ([k]) => k !== 'scimSecret',
        ),
      ),
    );
    expect(withoutKept.toLowerCase()).not.toContain(KEY.toLowerCase());
    expect(local.toLowerCase()).not.toContain(KEY.toLowerCase());
    const tab = (await guideTabsItem.get())['4']!;
    expect(tab.merged.testOutcome).toMatchObject({ ok: false, text: '' });
    expect(tab.frames['6']!.form!.tenantUrl).toMatchObject({ kind: 'https', host: null });
  });
});
