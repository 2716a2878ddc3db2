import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FrameOutline } from '@/lib/messaging/contract/outline';
import { MessagingError } from '@/lib/messaging/envelope';
import { portalFramesItem, type PortalFrame } from '@/lib/storage';

const sendToFrame = vi.fn();
vi.mock('@/lib/messaging/client', () => ({
  sendToFrame: (...args: unknown[]) => sendToFrame(...args),
}));
const { collectPageOutline } = await import('@/lib/background/outline');
const { outlineHandlers } = await import('@/lib/background/handlers/outline');

const frame = (tabId: number, frameId: number, origin: string): PortalFrame => ({
  tabId,
  frameId,
  origin,
  portal: origin.includes('cloudsso') ? 'cloudsso' : 'azure',
  reactView: origin.includes('reactblade'),
  seenAt: 1,
});
const FRAMES: Record<string, PortalFrame> = {
  '4:0': frame(4, 0, 'https://portal.azure.com'),
  '4:6': frame(4, 6, 'https://sandbox-1.reactblade.portal.azure.net'),
  '4:7': frame(4, 7, 'https://sandbox-2.reactblade-ms.portal.azure.net'),
  // Not on the allow-list (never recorded by the background, but never asked either).
  '4:8': frame(4, 8, 'https://portal.azure.com.example.net'),
  '9:0': frame(9, 0, 'https://cloudsso.console.aliyun.com'),
};
const top: FrameOutline = {
  outline: 'html lang=en\n  body\n    iframe origin=https://sandbox-1.reactblade.portal.azure.net',
  truncated: false,
  frame: 'top',
  route: 'provisioning (Microsoft_AAD_IAM/ManagedAppMenuBlade/Provisioning)',
};
const view: FrameOutline = {
  outline: 'html lang=en\n  body\n    form\n      input type=password',
  truncated: false,
  frame: 'sub',
  route: null,
};
const NOW = Date.UTC(2026, 4, 1, 10, 20, 30);

beforeEach(() => {
  fakeBrowser.reset();
  sendToFrame.mockReset();
});

describe('the page outline of a tab', () => {
  it('asks every allow-listed frame of the tab and writes each outline under its origin', async () => {
    const asked: number[] = [];
    const outline = await collectPageOutline(4, {
      frames: async () => FRAMES,
      ask: async (tabId, frameId) => {
        expect(tabId).toBe(4);
        asked.push(frameId);
        if (frameId === 0) return top;
        if (frameId === 6) return view;
        throw new MessagingError(
          'unreachable',
          'The page did not answer; reload it and try again.',
        );
      },
      version: '1.2.3',
      now: NOW,
    });
    expect(asked.sort()).toEqual([0, 6, 7]);
    expect(outline).toMatchObject({ frames: 3, answered: 2 });
    const text = outline.text!;
    expect(text.split('\n').slice(0, 6)).toEqual([
      'CloudSSO SCIM Assistant: page outline',
      'portal: Azure portal / Entra admin center',
      'page: provisioning (Microsoft_AAD_IAM/ManagedAppMenuBlade/Provisioning)',
      'date: 2026-05-01T10:20Z',
      'extension version: 1.2.3',
      'frames: 3 recorded, 2 answered',
    ]);
    expect(text).toContain('It holds no values, keys, endpoints, ids or addresses.');
    expect(text).toContain(`=== top document 0: https://portal.azure.com\n${top.outline}`);
    expect(text).toContain(
      `=== frame 6: https://sandbox-1.reactblade.portal.azure.net\n${view.outline}`,
    );
    expect(text).toContain(
      '=== frame 7: https://sandbox-2.reactblade-ms.portal.azure.net\n(this frame did not answer',
    );
    expect(text).not.toContain('example.net');
  });

  it('lists a frame that does not answer in time, and answers nothing when no frame does', async () => {
    const never = new Promise<FrameOutline>(() => undefined);
    const slow = await collectPageOutline(4, {
      frames: async () => FRAMES,
      ask: async (_tab, frameId) => (frameId === 0 ? top : never),
      version: '1',
      now: NOW,
      timeoutMs: 20,
    });
    expect(slow).toMatchObject({ frames: 3, answered: 1 });
    expect(slow.text).toContain(
      '=== frame 6: https://sandbox-1.reactblade.portal.azure.net\n(this frame did not answer',
    );

    const none = await collectPageOutline(4, {
      frames: async () => FRAMES,
      ask: async () => never,
      version: '1',
      now: NOW,
      timeoutMs: 20,
    });
    expect(none).toEqual({ text: null, frames: 3, answered: 0 });
    await expect(
      collectPageOutline(12, {
        frames: async () => FRAMES,
        ask: async () => top,
        version: '1',
        now: NOW,
      }),
    ).resolves.toEqual({ text: null, frames: 0, answered: 0 });
  });

  it('says when the top document did not answer, and names a CloudSSO console', async () => {
    const outline = await collectPageOutline(9, {
      frames: async () => FRAMES,
      ask: async () => ({ ...view, frame: 'top', route: 'settings' }),
      version: '1',
      now: NOW,
    });
    expect(outline.text).toContain('portal: CloudSSO console\npage: settings');
    expect(outline.text).toContain('=== top document 0: https://cloudsso.console.aliyun.com');
  });

  it('is what "page.outline" answers, from the recorded frames, through the content contract', async () => {
    await portalFramesItem.set(FRAMES);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '1.2.3',
    });
    sendToFrame.mockImplementation(async (_tab: number, frameId: number, type: string) => {
      expect(type).toBe('content.outline');
      return frameId === 0 ? top : view;
    });
    const reply = await outlineHandlers['page.outline'](
      { tabId: 4 },
      {
        kind: 'extension',
        sender: {},
      },
    );
    expect(reply).toMatchObject({ frames: 3, answered: 3 });
    expect(reply.text).toContain('extension version: 1.2.3');
    expect(sendToFrame).toHaveBeenCalledTimes(3);
  });
});
