import { describe, expect, it } from 'vitest';
import { tenantUrlFacts } from '@/lib/portals/azure/tenant-url';
import type { Directory } from '@/lib/storage';
import type { AppProgress, DirectoryProgress } from '@/lib/storage/guide';
import { deriveSteps, pickFollowed, type GuideInput } from '@/lib/ui/sidepanel/guide/model';
import { SP, tabGuide, tabState } from '../../../../support/guide-reports';

const NOW = Date.UTC(2026, 5, 1);
const directory = (over: Partial<Directory> = {}): Directory => ({
  key: 'intl:d-1',
  site: 'intl',
  directoryId: 'd-1',
  endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
  acceleratedEndpoint: null,
  endpointIssue: null,
  acceleratedEndpointIssue: null,
  region: 'cn-shanghai',
  syncEnabled: true,
  credentials: [
    { id: 'scimcred-1', createdAt: NOW - 1000, expiresAt: NOW + 1e10, createdFrom: 'console' },
  ],
  scimUsers: null,
  scimGroups: null,
  updatedAt: NOW,
  ...over,
});
const app = (over: Partial<AppProgress> = {}): AppProgress => ({
  name: 'CloudSSO',
  objectId: SP,
  appId: null,
  host: 'portal.azure.com',
  steps: {},
  checklist: {},
  lastTest: null,
  assignments: null,
  updatedAt: NOW,
  ...over,
});
const input = (over: Partial<GuideInput> = {}): GuideInput => ({
  directory: null,
  secret: null,
  progress: null,
  app: null,
  followed: null,
  now: NOW,
  ...over,
});
const states = (i: GuideInput): string[] =>
  deriveSteps(i).map(
    (s) => `${s.n}:${s.state}${s.doneBy ? `/${s.doneBy}` : ''}${s.current ? '*' : ''}`,
  );

describe('the six steps', () => {
  it('start at step 1 with nothing captured', () => {
    expect(states(input())).toEqual([
      '1:not-started*',
      '2:not-started',
      '3:not-started',
      '4:not-started',
      '5:not-started',
      '6:not-started',
    ]);
  });

  it('take CloudSSO facts as detected done, and the first open step as current', () => {
    const i = input({
      directory: directory(),
      secret: {
        directoryKey: 'intl:d-1',
        credentialId: 'scimcred-1',
        capturedAt: NOW,
        forgetAt: NOW + 1,
      },
    });
    expect(states(i).slice(0, 3)).toEqual(['1:done/detected', '2:done/detected', '3:not-started*']);
  });

  it('show a problem with its reason: sync switch off, expired credential', () => {
    const steps = deriveSteps(
      input({
        directory: directory({
          syncEnabled: false,
          credentials: [
            { id: 'scimcred-1', createdAt: 1, expiresAt: NOW - 1, createdFrom: 'console' },
          ],
        }),
      }),
    );
    expect(steps[0]).toMatchObject({
      state: 'problem',
      problems: [{ code: 'credential-expired', id: 'scimcred-1' }],
    });
    expect(steps[1]).toMatchObject({ state: 'problem', problems: [{ code: 'sync-off' }] });
  });

  it('follow the Entra page for the current step, even when only the address suggests it', () => {
    const followed = {
      kind: 'entra' as const,
      tabId: 1,
      tab: tabGuide({ step: 4, confirmed: false, unrecognized: 4 }),
    };
    expect(deriveSteps(input({ followed })).find((s) => s.current)?.n).toBe(4);
  });

  it('explain a failed Test connection on step 5 until a newer mark proves the step', () => {
    const lastTest = {
      ok: false,
      text: 'HTTP/401 Unauthorized',
      tenantUrl: tenantUrlFacts('https://cloudsso-scim-ap-southeast-1.aliyun.com/scim/v2/'),
      at: NOW - 10,
    };
    const failed = deriveSteps(input({ directory: directory(), app: app({ lastTest }) }))[4]!;
    expect(failed.state).toBe('problem');
    expect(failed.problems[0]).toMatchObject({
      code: 'test-failed',
      causes: [{ code: 'wrong-region' }, { code: 'key-disabled-or-deleted' }],
    });
    const later = deriveSteps(
      input({
        directory: directory(),
        app: app({ lastTest, steps: { '5': { by: 'detected', at: NOW } } }),
      }),
    )[4]!;
    expect(later).toMatchObject({ state: 'done', doneBy: 'detected', problems: [] });
  });

  it('count step 6 done once SCIM users or groups arrived in CloudSSO; ticks show as ticked', () => {
    const progress: DirectoryProgress = {
      steps: { '1': { by: 'ticked', at: NOW } },
      currentApp: SP,
      fillApp: null,
      apps: {},
      updatedAt: NOW,
    };
    const steps = deriveSteps(
      input({
        progress,
        directory: directory({
          scimUsers: { scim: 3, listed: 3, countedAt: NOW },
          syncEnabled: null,
          credentials: [],
        }),
      }),
    );
    expect(steps[0]).toMatchObject({ state: 'done', doneBy: 'ticked', ticked: true });
    expect(steps[5]).toMatchObject({ state: 'done', doneBy: 'detected' });
  });

  it('on the CloudSSO Users page the current step is 6; on Settings the first open of 1–2, then Entra’s', () => {
    const onUsers = { kind: 'cloudsso' as const, tabId: 2, page: 'users' as const };
    expect(deriveSteps(input({ followed: onUsers })).find((s) => s.current)?.n).toBe(6);
    const onSettings = { kind: 'cloudsso' as const, tabId: 2, page: 'settings' as const };
    expect(
      deriveSteps(
        input({
          followed: onSettings,
          secret: { directoryKey: 'intl:d-1', credentialId: null, capturedAt: 1, forgetAt: 2 },
        }),
      ).find((s) => s.current)?.n,
    ).toBe(2);
    // Key and endpoint captured, switch on: the next step is creating the app in Entra.
    const captured = input({
      followed: onSettings,
      secret: {
        directoryKey: 'intl:d-1',
        credentialId: null,
        capturedAt: 1,
        forgetAt: NOW + 60_000,
      },
      directory: directory({ syncEnabled: true }),
    });
    expect(deriveSteps(captured).find((s) => s.current)?.n).toBe(3);
  });
});

describe('the page the panel follows', () => {
  const capture = (tabId: number, seenAt: number) => ({
    tabId,
    directoryKey: 'k',
    href: 'https://cloudsso.console.aliyun.com/setting',
    page: 'settings' as const,
    problems: [],
    seenAt,
  });
  it('is the active tab when it is a console tab, else the most recent console tab', () => {
    const entra = [tabState(1, { updatedAt: 50 }), tabState(2, { updatedAt: 10 })];
    expect(pickFollowed(entra, [capture(3, 30)], 2)).toMatchObject({ kind: 'entra', tabId: 2 });
    expect(pickFollowed(entra, [capture(3, 30)], 3)).toMatchObject({ kind: 'cloudsso', tabId: 3 });
    expect(pickFollowed(entra, [capture(3, 30)], 99)).toMatchObject({ kind: 'entra', tabId: 1 });
    expect(pickFollowed(entra, [capture(3, 60)], null)).toMatchObject({
      kind: 'cloudsso',
      tabId: 3,
    });
    expect(pickFollowed([], [], null)).toBeNull();
  });
});
