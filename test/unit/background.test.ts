import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, recordFrame } from '@/lib/background/frames';
import { portalFramesItem } from '@/lib/storage';

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
});
