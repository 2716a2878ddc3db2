import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToFrame } from '@/lib/messaging/client';
import { toBackground } from '@/lib/messaging/contract';
import { azureToContent } from '@/lib/portals/azure/messages';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { frameOutline } from '@/lib/portals/common/frame-outline';
import { isRouteDescription, OUTLINE_MAX_CHARS } from '@/lib/portals/common/outline-limits';
import { describeAzureRoute } from '@/lib/portals/azure/outline-route';
import { describeCloudssoRoute } from '@/lib/portals/cloudsso/outline-route';
import { extensionWording } from '@/lib/portals/common/vocabulary';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const SP = '0f1e2d3c-4b5a-6978-8a9b-acbdcedfe0f1';
const APP = '9a8b7c6d-5e4f-4031-9201-a1b2c3d4e5f6';
const panel = { id: OWN, url: `chrome-extension://${OWN}/sidepanel.html` };
const azureTop = {
  id: OWN,
  url: 'https://portal.azure.com/#home',
  origin: 'https://portal.azure.com',
  tab: { id: 4 },
  frameId: 0,
};
const cloudssoTop = {
  id: OWN,
  url: 'https://cloudsso.console.aliyun.com/setting',
  origin: 'https://cloudsso.console.aliyun.com',
  tab: { id: 5 },
  frameId: 0,
};
const webPage = { id: 'another-extension', url: 'https://evil.example/' };

/** The Azure content script's router (its own contract) whose outline handler answers `reply`. */
function contentRouter(reply: (payload: { words: string[] }) => unknown) {
  return createRouter(
    azureToContent,
    {
      'content.ping': () => null,
      'content.outline': reply,
    } as unknown as Handlers<typeof azureToContent>,
    () => OWN,
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<h2>SCIM Endpoint</h2><p>Jane Doe</p>';
});

const words = extensionWording();

describe('content.outline', () => {
  const ask = { type: 'content.outline', payload: { words } };

  it('answers the background (an extension context) with the frame’s outline and route', async () => {
    const href = `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`;
    const reply = await contentRouter(({ words }: { words: string[] }) =>
      frameOutline(document, words, { route: describeAzureRoute(href) }),
    )(ask, panel);
    expect(reply).toMatchObject({
      ok: true,
      data: {
        frame: 'top',
        truncated: false,
        route: 'provisioning (Microsoft_AAD_IAM/ManagedAppMenuBlade/Provisioning)',
      },
    });
    const data = (reply as { data: { outline: string } }).data;
    expect(data.outline).toContain('h2 level=2 "SCIM Endpoint"');
    expect(data.outline).toContain('p "Aaaa Aaaa"');
  });

  it.each([
    ['a portal frame', azureTop],
    ['another portal’s frame', cloudssoTop],
    ['a web page or another extension', webPage],
  ])('refuses %s', async (_name, sender) => {
    const handler = vi.fn(() => frameOutline(document, words, { route: 'other' }));
    await expect(contentRouter(handler)(ask, sender)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['an outline that is not text', { outline: 42, truncated: false, frame: 'top', route: null }],
    [
      'an outline over the cap',
      { outline: 'x'.repeat(OUTLINE_MAX_CHARS + 1), truncated: true, frame: 'sub', route: null },
    ],
    [
      'an extra field',
      {
        outline: '',
        truncated: false,
        frame: 'sub',
        route: null,
        href: 'https://portal.azure.com/',
      },
    ],
    [
      'a route holding an id',
      { outline: '', truncated: false, frame: 'top', route: `provisioning (objectId/${SP})` },
    ],
    [
      'a route holding an address',
      { outline: '', truncated: false, frame: 'top', route: 'https://portal.azure.com/#home' },
    ],
    ['an unknown frame kind', { outline: '', truncated: false, frame: 'iframe', route: null }],
  ])('never lets out a malformed reply: %s', async (_name, bad) => {
    await expect(contentRouter(() => bad)(ask, panel)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-reply' },
    });
  });

  it('keeps as text only the words the request carries', async () => {
    const reply = await contentRouter(({ words }: { words: string[] }) =>
      frameOutline(document, words, null),
    )({ type: 'content.outline', payload: { words: ['Jane Doe'] } }, panel);
    const data = (reply as { data: { outline: string; route: unknown } }).data;
    expect(data.outline).toContain('p "Jane Doe"');
    expect(data.outline).toContain('h2 level=2 "AAAA Aaaa"');
    expect(data.route).toBeNull();
  });

  it.each([
    ['no words', {}],
    ['words that are not text', { words: [42] }],
    ['a word too long', { words: ['x'.repeat(301)] }],
    ['too many words', { words: Array.from({ length: 2001 }, (_, i) => `w${i}`) }],
    ['an extra field', { words: [], href: 'https://portal.azure.com/' }],
  ])('refuses a request with %s', async (_name, payload) => {
    const handler = vi.fn(() => frameOutline(document, [], null));
    await expect(
      contentRouter(handler)({ type: 'content.outline', payload }, panel),
    ).resolves.toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('is refused by the background’s client when a frame answers something malformed', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      data: { outline: 'x', truncated: false, frame: 'top', route: 'objectId 0f1e2d3c' },
    } as never);
    await expect(sendToFrame(4, 0, 'content.outline', { words })).rejects.toMatchObject({
      code: 'bad-reply',
    });
  });
});

describe('page.outline', () => {
  const router = createRouter(
    toBackground,
    { 'page.outline': () => ({ text: 'outline', frames: 1, answered: 1 }) } as unknown as Handlers<
      typeof toBackground
    >,
    () => OWN,
  );

  it('is asked by extension pages only', async () => {
    await expect(router({ type: 'page.outline', payload: { tabId: 4 } }, panel)).resolves.toEqual({
      ok: true,
      data: { text: 'outline', frames: 1, answered: 1 },
    });
    for (const sender of [azureTop, cloudssoTop, webPage])
      await expect(
        router({ type: 'page.outline', payload: { tabId: 4 } }, sender),
      ).resolves.toMatchObject({ ok: false, error: { code: 'bad-sender' } });
  });

  it.each([[{ tabId: '4' }], [{ tabId: -1 }], [{ tabId: 4, frameId: 0 }], [{}]])(
    'refuses a malformed request %j',
    async (payload) => {
      await expect(router({ type: 'page.outline', payload }, panel)).resolves.toMatchObject({
        ok: false,
        error: { code: 'bad-message' },
      });
    },
  );
});

describe('the route in an outline’s header', () => {
  it('names the Azure portal’s route kind and blade names, never a tenant or an id', () => {
    const cases: [string, string][] = [
      [
        `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`,
        'provisioning (Microsoft_AAD_IAM/ManagedAppMenuBlade/Provisioning)',
      ],
      [
        `https://entra.microsoft.com/#@contoso.onmicrosoft.com/view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/Overview/appId/${APP}`,
        'provisioning-overview (Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/Overview)',
      ],
      [
        `https://portal.azure.com/#blade/Microsoft_AAD_IAM/ManagedAppMenuBlade/Users/objectId/${SP}`,
        'users-groups (Microsoft_AAD_IAM/ManagedAppMenuBlade/Users)',
      ],
      [`https://portal.azure.com/#view/Microsoft_AAD_IAM/${SP}`, 'other (Microsoft_AAD_IAM/?/-)'],
      ['https://portal.azure.com/#home', 'other'],
    ];
    for (const [href, description] of cases) {
      const text = describeAzureRoute(href);
      expect(text, href).toBe(description);
      expect(isRouteDescription(text)).toBe(true);
      for (const secret of [SP, APP, 'contoso', SP.slice(0, 8)]) expect(text).not.toContain(secret);
    }
  });

  it('names the CloudSSO page kind only', () => {
    expect(
      describeCloudssoRoute(
        'https://cloudsso.console.aliyun.com/cn-shanghai/users?dir=d-4kq9x2m7w1',
      ),
    ).toBe('users');
    expect(
      describeCloudssoRoute('https://cloudsso.console.alibabacloud.com/setting#d-4kq9x2m7w1'),
    ).toBe('settings');
    expect(describeCloudssoRoute('https://cloudsso.console.aliyun.com/d-4kq9x2m7w1/overview')).toBe(
      'other',
    );
  });

  it('is given by the top document only', () => {
    expect(frameOutline(document, words, null)).toMatchObject({ frame: 'sub', route: null });
  });
});
