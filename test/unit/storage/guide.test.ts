import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guideProgressItem } from '@/lib/storage/guide';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored guide state', () => {
  it('progress written once reads back the same (local storage: kept across restarts)', async () => {
    const progress = {
      'intl:d-1': {
        steps: { '1': { by: 'ticked' as const, at: 5 } },
        currentApp: 'sp-1',
        fillApp: null,
        apps: {
          'sp-1': {
            name: 'CloudSSO',
            objectId: 'sp-1',
            appId: null,
            host: 'portal.azure.com',
            steps: { '3': { by: 'detected' as const, at: 6 } },
            checklist: { scopeAssignedOnly: 7 },
            lastTest: {
              ok: false,
              text: 'HTTP/401 Unauthorized',
              tenantUrl: {
                kind: 'https' as const,
                host: 'h',
                path: 'scim-v2' as const,
                region: null,
              },
              at: 8,
            },
            assignments: 2,
            updatedAt: 8,
          },
        },
        updatedAt: 8,
      },
    };
    await guideProgressItem.set(progress);
    expect(guideProgressItem.area).toBe('local');
    expect(await guideProgressItem.get()).toEqual(progress);
  });

  it('an older version’s Tenant URL text is forgotten on upgrade; ticks and steps stay', async () => {
    const typed = 'Zx8aAJCtpbyPJ8saXeYDgyw4Q2';
    await fakeBrowser.storage.local.set({
      guideProgress: {
        'intl:d-1': {
          steps: {},
          currentApp: 'sp-1',
          apps: {
            'sp-1': {
              name: 'CloudSSO',
              objectId: 'sp-1',
              appId: null,
              host: null,
              steps: { '4': { by: 'ticked', at: 3 } },
              checklist: {},
              lastTest: { ok: false, text: 'HTTP/401', tenantUrl: typed, at: 2 },
              assignments: null,
              updatedAt: 3,
            },
          },
          updatedAt: 3,
        },
      },
      guideProgress$: { v: 1 },
    });
    await fakeBrowser.storage.session.set({
      guideTabs: { '1': { frames: { '0': { form: { tenantUrlValue: typed } } } } },
      guideTabs$: { v: 1 },
    });
    // A fresh start of the extension: the items (and their migrations) are created anew.
    vi.resetModules();
    const fresh = await import('@/lib/storage/guide');
    const app = (await fresh.guideProgressItem.get())['intl:d-1']!.apps['sp-1']!;
    expect(app.steps).toEqual({ '4': { by: 'ticked', at: 3 } });
    expect(app.lastTest).toBeNull();
    expect(await fresh.guideTabsItem.get()).toEqual({});
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(typed);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain(typed);
  });
});
