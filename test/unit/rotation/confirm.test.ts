import { describe, expect, it } from 'vitest';
import {
  confirmProblem,
  detect,
  rotationApp,
  startRotation,
  type PageStatus,
} from '@/lib/rotation';
import type { Directory, Rotation } from '@/lib/storage';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 20, 0);
const OLD = 'scimcred-old000000001';
const NEW = 'scimcred-new000000003';

const directory: Directory = {
  key: 'intl:d-fixture00001',
  site: 'intl',
  directoryId: 'd-fixture00001',
  endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
  acceleratedEndpoint: null,
  endpointIssue: null,
  acceleratedEndpointIssue: null,
  region: 'cn-shanghai',
  syncEnabled: true,
  credentials: [
    { id: OLD, createdAt: NOW - 350 * DAY, expiresAt: NOW + 15 * DAY, createdFrom: 'console' },
    { id: NEW, createdAt: NOW + 1000, expiresAt: NOW + 366 * DAY, createdFrom: 'console' },
  ],
  scimUsers: null,
  scimGroups: null,
  updatedAt: NOW + 1000,
};

/** A rotation whose new key was filled at NOW + 10 s. */
function filled(): Rotation {
  const r = startRotation(directory, OLD, NOW);
  return {
    ...r,
    newCredentialId: NEW,
    steps: {
      'make-room': { by: 'detected', at: NOW },
      generate: { by: 'detected', at: NOW + 1000 },
      fill: { by: 'detected', at: NOW + 10_000 },
    },
  };
}

const status = (over: Partial<PageStatus>): PageStatus => ({
  cycle: null,
  quarantine: false,
  onDemand: null,
  at: NOW + 20_000,
  ...over,
});
const run = (r: Rotation, s: PageStatus | null, app: string | null = null) =>
  detect(r, {
    directory,
    secret: null,
    lastFill: null,
    lastTest: null,
    status: s,
    app,
    now: NOW + 30_000,
  });

describe('the confirm step, detected on the page', () => {
  it('a completed cycle seen after the fill confirms the new key and unlocks the old credential', () => {
    const r = run(filled(), status({ cycle: 'completed' }));
    expect(r.steps.confirm?.by).toBe('detected');
    expect(r.confirmedBy).toBe('cycle');
    expect(r.steps['disable-old']).toBeUndefined(); // unlocked, not done
  });

  it('a successful Provision on demand confirms it too', () => {
    const r = run(filled(), status({ onDemand: 'success' }));
    expect(r.confirmedBy).toBe('on-demand');
  });

  it('never from a status seen before the fill (that was the old key)', () => {
    const r = run(filled(), status({ cycle: 'completed', at: NOW + 5_000 }));
    expect(r.steps.confirm).toBeUndefined();
  });

  it('never under quarantine, in progress or failed; the problem is named', () => {
    for (const [s, problem] of [
      [status({ cycle: 'completed', quarantine: true }), 'quarantine'],
      [status({ cycle: 'quarantine' }), 'quarantine'],
      [status({ cycle: 'failed' }), 'failed'],
      [status({ onDemand: 'failure' }), 'on-demand-failed'],
      [status({ cycle: 'in-progress' }), null],
    ] as const) {
      const r = run(filled(), s);
      expect(r.steps.confirm).toBeUndefined();
      expect(confirmProblem(r, s)).toBe(problem);
    }
  });

  it('nothing before the fill, and no problem once confirmed', () => {
    const notFilled = { ...filled(), steps: {} };
    expect(run(notFilled, status({ cycle: 'completed' })).steps.confirm).toBeUndefined();
    const confirmed = run(filled(), status({ cycle: 'completed' }));
    expect(confirmProblem(confirmed, status({ quarantine: true }))).toBeNull();
  });

  it("only from the app the key went into: another app's Overview says nothing of it", () => {
    const ours = 'sp-cloudsso-0001';
    const other = status({ cycle: 'completed', quarantine: true, appObjectId: 'sp-other-0002' });
    expect(run(filled(), other, ours).steps.confirm).toBeUndefined();
    expect(confirmProblem(filled(), other, ours)).toBeNull();
    const same = status({ cycle: 'completed', appObjectId: ours });
    expect(run(filled(), same, ours).confirmedBy).toBe('cycle');
    // A page whose app was not recognised, or a directory whose app is not known yet, counts.
    expect(run(filled(), status({ cycle: 'completed' }), ours).confirmedBy).toBe('cycle');
    expect(run(filled(), same, null).confirmedBy).toBe('cycle');
  });

  it("the key's app: the one it was filled into, else the one the guide follows", () => {
    expect(rotationApp({ fillApp: 'a', currentApp: 'b' })).toBe('a');
    expect(rotationApp({ fillApp: null, currentApp: 'b' })).toBe('b');
    expect(rotationApp({ fillApp: null, currentApp: '' })).toBeNull();
    expect(rotationApp(undefined)).toBeNull();
  });
});
