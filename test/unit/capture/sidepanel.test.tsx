import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CapturedValues } from '@/lib/ui/sidepanel/captured/CapturedValues';
import { Settings } from '@/lib/ui/sidepanel/settings/Settings';
import { StatusProvider } from '@/lib/ui/sidepanel/status';
import {
  currentDirectoryItem,
  directoriesItem,
  secretItem,
  settingsItem,
  type Directory,
} from '@/lib/storage';

const KEY = 'Zq8ddT2XkW4pLm9RvB3nYc7';
const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
const directory: Directory = {
  key: 'intl:d-aaaaaaaa01',
  site: 'intl',
  directoryId: 'd-aaaaaaaa01',
  endpoint: ENDPOINT,
  acceleratedEndpoint: 'https://cloudsso-scim-cn-shanghai-accelerate.aliyun.com/scim/v2/',
  endpointIssue: null,
  acceleratedEndpointIssue: null,
  region: 'cn-shanghai',
  syncEnabled: false,
  credentials: [
    {
      id: 'scimcred-abcd1234',
      createdAt: Date.now() - 300 * 86_400_000,
      createdFrom: 'console',
      expiresAt: Date.now() + 65 * 86_400_000,
    },
  ],
  scimUsers: { scim: 3, listed: 5, countedAt: 1 },
  scimGroups: null,
  updatedAt: 1,
};

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

async function show(node: preact.ComponentChild): Promise<void> {
  await act(async () => {
    render(<StatusProvider>{node}</StatusProvider>, root);
  });
  // Let the first storage reads land.
  await act(async () => new Promise((r) => setTimeout(r, 20)));
}
/** A button by its accessible name: its aria-label, else its text. */
const button = (name: string): HTMLButtonElement =>
  Array.from(root.querySelectorAll('button')).find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  )!;
const region = (): HTMLElement =>
  root.querySelector('section[aria-labelledby="captured-heading"]')!;

describe('Captured values', () => {
  it('shows the endpoint in full beside the accelerated one, the key masked, and the buttons', async () => {
    await directoriesItem.set({ [directory.key]: directory });
    await currentDirectoryItem.set(directory.key);
    await secretItem.set({
      secret: KEY,
      credentialId: 'scimcred-abcd1234',
      directoryKey: directory.key,
      capturedAt: Date.now(),
      forgetAt: Date.now() + 10 * 60_000,
    });
    await show(<CapturedValues />);
    expect(root.querySelector('#captured-heading')?.textContent).toBe('Captured values');
    const text = region().textContent!;
    expect(text).toContain(ENDPOINT);
    expect(text).toContain('Accelerated endpoint (alternative)');
    expect(text).not.toContain(KEY);
    expect(text).toMatch(/Forgotten in (9:5\d|10:00)/);
    expect(text).toContain('expires on');
    // The rest is behind Details, in the page but hidden until asked for.
    const details = root.querySelector<HTMLElement>('#captured-details')!;
    expect(details.hidden).toBe(true);
    expect(details.textContent).toContain(
      'Users with Source “SCIM Synchronization”: 3 of 5 listed',
    );
    await act(async () => button('Details').click());
    expect(details.hidden).toBe(false);
    // Synchronization off is a warning in view, not a detail.
    expect(text).toContain('SCIM synchronization is off');
    for (const name of [
      'Copy SCIM endpoint',
      'Copy secret token',
      'Reveal secret',
      'Forget secret',
    ])
      expect(button(name).disabled, name).toBe(false);

    await act(async () => button('Reveal secret').click());
    expect(root.querySelector('code.secret-text')?.textContent).toBe(KEY);
    expect(Array.from(root.querySelectorAll('input')).map((i) => i.value)).not.toContain(KEY);
    // Pressed again, it hides the key.
    await act(async () => button('Hide secret').click());
    expect(root.querySelector('code.secret-text')).toBeNull();
    expect(region().textContent).not.toContain(KEY);
  });

  it('treats a key past its time as gone and removes it, without the service worker', async () => {
    await secretItem.set({
      secret: KEY,
      credentialId: null,
      directoryKey: 'intl:site',
      capturedAt: 0,
      forgetAt: Date.now() - 1,
    });
    await show(<CapturedValues />);
    expect(region().textContent).toContain('No key kept');
    // Disabled, and says why: the "no key" text describes each of the key's buttons.
    for (const name of ['Copy secret token', 'Reveal secret', 'Forget secret']) {
      expect(button(name).disabled, name).toBe(true);
      const why = root.querySelector(`#${button(name).getAttribute('aria-describedby')}`);
      expect(why?.textContent, name).toMatch(/^No key kept/);
    }
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(await fakeBrowser.storage.session.get('scimSecret')).toEqual({});
  });

  it('flags an endpoint that does not look like CloudSSO and says why', async () => {
    await directoriesItem.set({
      [directory.key]: {
        ...directory,
        endpoint: 'http://x.example/scim',
        endpointIssue: 'not-https',
      },
    });
    await show(<CapturedValues />);
    expect(region().textContent).toContain(
      'This does not look like a CloudSSO SCIM endpoint: It does not start with https://.',
    );
  });
});

describe('Settings', () => {
  it('refuses a time limit outside 5 to 120 minutes and keeps the other settings', async () => {
    await settingsItem.set({
      secretTtlMinutes: 30,
      askBeforeKeepingSecret: false,
      fillWhenFormAppears: true,
      clipboardClearSeconds: 60,
    });
    await show(<Settings />);
    const input = root.querySelector<HTMLInputElement>('#secret-ttl')!;
    expect(input.value).toBe('30');
    await act(async () => {
      input.value = '500';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Enter a whole number of minutes from 5 to 120.',
    );
    await act(async () => {
      input.value = '45';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    });
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(await settingsItem.get()).toEqual({
      secretTtlMinutes: 45,
      askBeforeKeepingSecret: false,
      fillWhenFormAppears: true,
      clipboardClearSeconds: 60,
    });
  });
});
