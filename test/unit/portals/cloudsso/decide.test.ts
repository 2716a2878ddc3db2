import { describe, expect, it } from 'vitest';
import { decide, findProblems, forgetPage, INITIAL_MEMORY } from '@/lib/portals/cloudsso/decide';
import type { ConsoleSnapshot } from '@/lib/portals/cloudsso/extract';

const EMPTY: ConsoleSnapshot = {
  page: 'settings',
  directoryId: null,
  userSettingsTab: 'selected',
  scimSection: true,
  endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
  acceleratedEndpoint: null,
  syncSwitch: 'on',
  credentials: [],
  dialog: null,
  untitledKeyDialog: false,
  list: null,
};
const snap = (over: Partial<ConsoleSnapshot>): ConsoleSnapshot => ({ ...EMPTY, ...over });
const KEY = 'Zq8ddT2XkW4pLm9RvB3nYc7';

describe('findProblems', () => {
  it('names what the Settings page lacks', () => {
    expect(findProblems(snap({ endpoint: null }))).toEqual([
      { element: 'scim-endpoint', detail: 'not-found' },
    ]);
    expect(findProblems(snap({ endpoint: null, syncSwitch: 'off' }))).toEqual([
      { element: 'scim-endpoint', detail: 'sync-off' },
    ]);
    expect(findProblems(snap({ scimSection: false, endpoint: null }))).toEqual([
      { element: 'scim-section', detail: 'not-found' },
    ]);
    expect(findProblems(snap({ syncSwitch: 'absent' }))).toEqual([
      { element: 'sync-switch', detail: 'not-found' },
    ]);
  });

  it('expects nothing while another Settings tab is open, or on other pages', () => {
    expect(
      findProblems(snap({ userSettingsTab: 'not-selected', scimSection: false, endpoint: null })),
    ).toEqual([]);
    expect(findProblems(snap({ page: 'other', scimSection: false, endpoint: null }))).toEqual([]);
  });

  it('names a renamed User Settings tab and a renamed key dialog', () => {
    expect(findProblems(snap({ userSettingsTab: 'unrecognized' }))).toEqual([
      { element: 'user-settings-tab', detail: 'not-found' },
    ]);
    // Renamed and another tab open: the SCIM section is looked for too, since it cannot be known
    // which tab is selected.
    expect(
      findProblems(snap({ userSettingsTab: 'unrecognized', scimSection: false, endpoint: null })),
    ).toEqual([
      { element: 'user-settings-tab', detail: 'not-found' },
      { element: 'scim-section', detail: 'not-found' },
    ]);
    expect(findProblems(snap({ untitledKeyDialog: true }))).toEqual([
      { element: 'credential-dialog', detail: 'not-found' },
    ]);
  });

  it('names a dialog without a readable key and a list without a Source column', () => {
    expect(
      findProblems(
        snap({ dialog: { secret: null, ambiguous: true, credentialId: null, createdAt: null } }),
      ),
    ).toEqual([{ element: 'credential-secret', detail: 'ambiguous' }]);
    expect(
      findProblems(
        snap({ page: 'users', list: { kind: 'users', sourceColumn: false, scim: 0, total: 2 } }),
      ),
    ).toEqual([{ element: 'source-column', detail: 'not-found' }]);
  });
});

describe('decide', () => {
  it('reports a missing element only once the page has settled, and withdraws it at once', () => {
    const missing = snap({ endpoint: null });
    const early = decide(missing, INITIAL_MEMORY, false);
    expect(early.facts?.problems).toEqual([]);
    const settled = decide(missing, early.memory, true);
    expect(settled.facts?.problems).toEqual([{ element: 'scim-endpoint', detail: 'not-found' }]);
    const found = decide(snap({}), settled.memory, false);
    expect(found.facts).toMatchObject({ problems: [], endpoint: EMPTY.endpoint });
  });

  it('sends facts only when they change', () => {
    const first = decide(snap({}), INITIAL_MEMORY, false);
    expect(first.facts).toMatchObject({ syncEnabled: true, page: 'settings' });
    expect(decide(snap({}), first.memory, true).facts).toBeNull();
    expect(decide(snap({ syncSwitch: 'off' }), first.memory, false).facts?.syncEnabled).toBe(false);
    expect(decide(snap({}), forgetPage(first.memory), false).facts).not.toBeNull();
  });

  it('offers a key once per dialog, and again for a new key', () => {
    const dialog = {
      secret: KEY,
      ambiguous: false,
      credentialId: 'scimcred-abcd1234',
      createdAt: 5,
    };
    const shown = decide(snap({ dialog, directoryId: 'd-1234567890' }), INITIAL_MEMORY, false);
    expect(shown.offer).toEqual({
      secret: KEY,
      credentialId: 'scimcred-abcd1234',
      createdAt: 5,
      directoryId: 'd-1234567890',
    });
    expect(decide(snap({ dialog }), shown.memory, true).offer).toBeNull();
    const closed = decide(snap({}), shown.memory, false);
    // The content script remembers that it offered the key, not the key.
    expect(JSON.stringify([...closed.memory.offered])).not.toContain(KEY);
    // The same key shown again (the dialog hidden and shown, or re-rendered): no second offer.
    expect(decide(snap({ dialog }), closed.memory, false).offer).toBeNull();
    const second = { ...dialog, secret: 'Yy7wQ2bN5mK8jH3gF6dS4aP' };
    expect(decide(snap({ dialog: second }), closed.memory, false).offer?.secret).toBe(
      second.secret,
    );
  });

  it('never puts the key into the facts', () => {
    const dialog = { secret: KEY, ambiguous: false, credentialId: null, createdAt: null };
    expect(JSON.stringify(decide(snap({ dialog }), INITIAL_MEMORY, true).facts)).not.toContain(KEY);
  });
});
