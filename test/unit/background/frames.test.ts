import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, pruneTab, recordFrame } from '@/lib/background/frames';
import { portalFramesItem, type PortalFrame } from '@/lib/storage';

beforeEach(() => fakeBrowser.reset());

describe('portal frame registry', () => {
  it('keeps every frame when several announce at once', async () => {
    await Promise.all([
      recordFrame(1, 0, 'https://portal.azure.com'),
      recordFrame(1, 5, 'https://a.reactblade.portal.azure.net'),
      recordFrame(1, 6, 'https://b.reactblade-ms.portal.azure.net'),
      recordFrame(2, 0, 'https://cloudsso.console.aliyun.com'),
    ]);
    const frames = await portalFramesItem.get();
    expect(Object.keys(frames).sort()).toEqual(['1:0', '1:5', '1:6', '2:0']);
    expect(frames['1:5']).toMatchObject({ portal: 'azure', reactView: true });
  });

  it('ignores an origin off the allow-list and forgets closed tabs', async () => {
    await expect(
      recordFrame(3, 0, 'https://cloudsso.console.aliyun.com.example.net'),
    ).resolves.toBeNull();
    await recordFrame(1, 0, 'https://portal.azure.com');
    await recordFrame(2, 0, 'https://entra.microsoft.com');
    await forgetTab(1);
    expect(Object.keys(await portalFramesItem.get())).toEqual(['2:0']);
  });

  it('keeps the frames whose document still answers after the tab "loaded" (a route change)', async () => {
    await recordFrame(1, 0, 'https://portal.azure.com', { documentId: 'TOP' });
    await recordFrame(1, 5, 'https://a.reactblade.portal.azure.net', { documentId: 'OLD-VIEW' });
    await recordFrame(2, 0, 'https://cloudsso.console.aliyun.com', { documentId: 'OTHER' });
    const asked: string[] = [];
    await pruneTab(1, (f: PortalFrame) => {
      asked.push(`${f.frameId}:${f.documentId}`);
      return Promise.resolve(f.documentId === 'TOP');
    });
    expect(asked.sort()).toEqual(['0:TOP', '5:OLD-VIEW']);
    expect(Object.keys(await portalFramesItem.get()).sort()).toEqual(['1:0', '2:0']);
  });

  it('forgets every frame of a tab that loaded another page, but not one announced meanwhile', async () => {
    await recordFrame(1, 0, 'https://portal.azure.com', { documentId: 'OLD', now: 1 });
    await recordFrame(1, 5, 'https://a.reactblade.portal.azure.net', { now: 1 });
    await pruneTab(1, async (f) => {
      // The new page's top document announces itself while the old one is being asked.
      if (f.frameId === 0)
        await recordFrame(1, 0, 'https://portal.azure.com', { documentId: 'NEW', now: 2 });
      return false;
    });
    const frames = await portalFramesItem.get();
    expect(Object.keys(frames)).toEqual(['1:0']);
    expect(frames['1:0']).toMatchObject({ documentId: 'NEW' });
  });
});
