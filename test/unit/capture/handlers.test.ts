import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FetchLike } from '@/lib/background/capture/endpoint-check';
import { captureHandlers } from '@/lib/background/handlers/capture';
import { captureToBackground } from '@/lib/messaging/contract/capture';
import { createRouter } from '@/lib/messaging/router';
import { directoriesItem, secretItem, settingsItem } from '@/lib/storage';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const KEY = 'Zq8ddT2XkW4pLm9RvB3nYc7';
const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
const consoleTop = {
  id: OWN,
  url: 'https://cloudsso.console.aliyun.com/setting',
  origin: 'https://cloudsso.console.aliyun.com',
  tab: { id: 7 },
  frameId: 0,
};
const panel = { id: OWN, url: `chrome-extension://${OWN}/sidepanel.html` };
const pageFacts = {
  page: 'settings',
  directoryId: 'd-aaaaaaaa01',
  endpoint: ENDPOINT,
  acceleratedEndpoint: null,
  syncEnabled: false,
  credentials: [],
  list: null,
  problems: [{ element: 'sync-switch', detail: 'not-found' }],
};

type Answer = { status: number; body?: unknown } | 'network' | 'redirect';

/** A stand-in SCIM server: answers by path, records what it was asked. */
function fakeScim(answers: Record<string, Answer>): {
  fetch: FetchLike;
  calls: { url: string; auth: string | null }[];
} {
  const calls: { url: string; auth: string | null }[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    const headers = new Headers(init.headers);
    calls.push({ url, auth: headers.get('Authorization') });
    const answer = answers[new URL(url).pathname.split('/').pop()!] ?? { status: 404 };
    if (answer === 'network') throw new TypeError('Failed to fetch');
    if (answer === 'redirect') return { status: 0, type: 'opaqueredirect', json: async () => null };
    return { status: answer.status, type: 'basic', json: async () => answer.body ?? {} };
  };
  return { fetch: fetchFn, calls };
}
const SPC = {
  status: 200,
  body: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'] },
};
const LIST = {
  status: 200,
  body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], Resources: [] },
};

function router(fetchFn: FetchLike = fakeScim({}).fetch) {
  return createRouter(captureToBackground, captureHandlers(fetchFn), () => OWN);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
});

describe('capture messages', () => {
  it('keep the key in session storage, filed under the directory, with its credential', async () => {
    const route = router();
    await route({ type: 'capture.page', payload: pageFacts }, consoleTop);
    const reply = await route(
      {
        type: 'capture.secret',
        payload: {
          secret: KEY,
          credentialId: 'scimcred-abcd1234',
          createdAt: null,
          directoryId: null,
        },
      },
      consoleTop,
    );
    expect(reply).toMatchObject({ ok: true, data: { ttlMinutes: 30 } });
    expect(await secretItem.get()).toMatchObject({ secret: KEY, directoryKey: 'cn:d-aaaaaaaa01' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(KEY);
    expect((await directoriesItem.get())['cn:d-aaaaaaaa01']?.credentials[0]?.id).toBe(
      'scimcred-abcd1234',
    );
  });

  it('refuse a key from a sub-frame, an extension page, or with spaces in it', async () => {
    const route = router();
    const payload = { secret: KEY, credentialId: null, createdAt: null, directoryId: null };
    expect(
      await route({ type: 'capture.secret', payload }, { ...consoleTop, frameId: 3 }),
    ).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    expect(await route({ type: 'capture.secret', payload }, panel)).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
    expect(
      await route(
        { type: 'capture.secret', payload: { ...payload, secret: 'two words' } },
        consoleTop,
      ),
    ).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await secretItem.get()).toBeNull();
  });

  it('tell the console page what Settings want before a key is kept, and no one else', async () => {
    const route = router();
    expect(await route({ type: 'capture.policy', payload: {} }, consoleTop)).toEqual({
      ok: true,
      data: { askFirst: false, ttlMinutes: 30 },
    });
    await settingsItem.set({
      secretTtlMinutes: 45,
      askBeforeKeepingSecret: true,
      fillWhenFormAppears: false,
      clipboardClearSeconds: 60,
    });
    expect(await route({ type: 'capture.policy', payload: {} }, consoleTop)).toEqual({
      ok: true,
      data: { askFirst: true, ttlMinutes: 45 },
    });
    expect(await route({ type: 'capture.policy', payload: {} }, panel)).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
    expect(
      await route({ type: 'capture.policy', payload: {} }, { ...consoleTop, frameId: 2 }),
    ).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    expect(
      await route({ type: 'capture.policy', payload: { askFirst: false } }, consoleTop),
    ).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });

  it('forget the key from the page notice or the side panel', async () => {
    const route = router();
    await secretItem.set({
      secret: KEY,
      credentialId: null,
      directoryKey: 'cn:site',
      capturedAt: 0,
      forgetAt: Date.now() + 60_000,
    });
    expect(await route({ type: 'capture.forget', payload: {} }, panel)).toEqual({
      ok: true,
      data: { forgotten: true },
    });
    expect(await secretItem.get()).toBeNull();
  });
});

describe('the endpoint check', () => {
  async function check(answers: Record<string, Answer>, withKey = true) {
    const scim = fakeScim(answers);
    const route = router(scim.fetch);
    await route({ type: 'capture.page', payload: pageFacts }, consoleTop);
    await secretItem.set({
      secret: KEY,
      credentialId: null,
      directoryKey: 'cn:d-aaaaaaaa01',
      capturedAt: 0,
      forgetAt: Date.now() + 60_000,
    });
    const reply = await route(
      {
        type: 'capture.check',
        payload: { directoryKey: 'cn:d-aaaaaaaa01', which: 'endpoint', withKey },
      },
      panel,
    );
    return { reply, calls: scim.calls };
  }

  it('calls ServiceProviderConfig without the key, then one user with it', async () => {
    const { reply, calls } = await check({ ServiceProviderConfig: SPC, Users: LIST });
    expect(reply).toEqual({
      ok: true,
      data: {
        endpoint: ENDPOINT,
        service: { outcome: 'scim-service', status: 200 },
        key: { outcome: 'key-works', status: 200 },
      },
    });
    expect(calls).toEqual([
      { url: `${ENDPOINT}ServiceProviderConfig`, auth: null },
      { url: `${ENDPOINT}Users?count=1`, auth: `Bearer ${KEY}` },
    ]);
  });

  it.each([
    [
      { ServiceProviderConfig: SPC, Users: { status: 401 } },
      'scim-service',
      { outcome: 'rejected', status: 401 },
    ],
    [
      { ServiceProviderConfig: SPC, Users: { status: 403 } },
      'scim-service',
      { outcome: 'rejected', status: 403 },
    ],
    [{ ServiceProviderConfig: { status: 404 } }, 'not-found', null],
    [{ ServiceProviderConfig: 'network' }, 'unreachable', null],
    [{ ServiceProviderConfig: 'redirect' }, 'not-scim', null],
    [{ ServiceProviderConfig: { status: 200, body: '<html>' } }, 'not-scim', null],
    [{ ServiceProviderConfig: { status: 503 } }, 'server-error', null],
  ] as const)('explains %j', async (answers, service, key) => {
    const { reply } = await check(answers as Record<string, Answer>);
    expect(reply).toMatchObject({ ok: true, data: { service: { outcome: service }, key } });
    expect(JSON.stringify(reply)).not.toContain(KEY);
  });

  it('does not call a host it has no permission for, or one that is not a CloudSSO SCIM host', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const { reply, calls } = await check({ ServiceProviderConfig: SPC });
    expect(reply).toMatchObject({ data: { service: { outcome: 'no-permission' } } });
    expect(calls).toEqual([]);

    const scim = fakeScim({ ServiceProviderConfig: SPC });
    const route = router(scim.fetch);
    await route(
      {
        type: 'capture.page',
        payload: { ...pageFacts, endpoint: 'https://scim.example.com/scim/v2/' },
      },
      consoleTop,
    );
    expect(
      await route(
        {
          type: 'capture.check',
          payload: { directoryKey: 'cn:d-aaaaaaaa01', which: 'endpoint', withKey: false },
        },
        panel,
      ),
    ).toMatchObject({ data: { service: { outcome: 'not-checkable' } } });
    expect(scim.calls).toEqual([]);
  });

  it('checks an endpoint of an undocumented form without the key, and says the key was withheld', async () => {
    const scim = fakeScim({ ServiceProviderConfig: SPC, Users: LIST });
    const route = router(scim.fetch);
    const accelerated = 'https://cloudsso-scim-global.aliyun.com/scim/v2/';
    await route(
      { type: 'capture.page', payload: { ...pageFacts, acceleratedEndpoint: accelerated } },
      consoleTop,
    );
    await secretItem.set({
      secret: KEY,
      credentialId: null,
      directoryKey: 'cn:d-aaaaaaaa01',
      capturedAt: 0,
      forgetAt: Date.now() + 60_000,
    });
    const reply = await route(
      {
        type: 'capture.check',
        payload: { directoryKey: 'cn:d-aaaaaaaa01', which: 'accelerated', withKey: true },
      },
      panel,
    );
    expect(reply).toMatchObject({
      data: { service: { outcome: 'scim-service' }, key: { outcome: 'key-withheld' } },
    });
    expect(scim.calls).toEqual([{ url: `${accelerated}ServiceProviderConfig`, auth: null }]);
  });

  it('never calls, let alone sends the key to, a look-alike accelerated host such as an OSS bucket', async () => {
    const scim = fakeScim({ ServiceProviderConfig: SPC, Users: LIST });
    const route = router(scim.fetch);
    await route(
      {
        type: 'capture.page',
        payload: {
          ...pageFacts,
          acceleratedEndpoint: 'https://myscim.oss-cn-shanghai.aliyuncs.com/scim/v2/',
        },
      },
      consoleTop,
    );
    await secretItem.set({
      secret: KEY,
      credentialId: null,
      directoryKey: 'cn:d-aaaaaaaa01',
      capturedAt: 0,
      forgetAt: Date.now() + 60_000,
    });
    expect(
      await route(
        {
          type: 'capture.check',
          payload: { directoryKey: 'cn:d-aaaaaaaa01', which: 'accelerated', withKey: true },
        },
        panel,
      ),
    ).toMatchObject({ data: { service: { outcome: 'not-checkable' }, key: null } });
    expect(scim.calls).toEqual([]);
  });

  it('says when no key is kept for that directory', async () => {
    const scim = fakeScim({ ServiceProviderConfig: SPC, Users: LIST });
    const route = router(scim.fetch);
    await route({ type: 'capture.page', payload: pageFacts }, consoleTop);
    const reply = await route(
      {
        type: 'capture.check',
        payload: { directoryKey: 'cn:d-aaaaaaaa01', which: 'endpoint', withKey: true },
      },
      panel,
    );
    expect(reply).toMatchObject({ data: { key: { outcome: 'no-key' } } });
    expect(scim.calls.map((c) => c.auth)).toEqual([null]);
  });
});
