import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkExpiry } from '@/lib/background/rotation/expiry-check';
import {
  badgeFor,
  credentialToDeleteFirst,
  detect,
  dueForRotation,
  startRotation,
  tick,
  untick,
  type DetectInput,
} from '@/lib/rotation';
import { directoriesItem, rotationsItem, type Credential, type Directory } from '@/lib/storage';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7, 20, 0);

function cred(id: string, ageDays: number, status?: 'enabled' | 'disabled'): Credential {
  const createdAt = NOW - ageDays * DAY;
  return {
    id,
    createdAt,
    expiresAt: createdAt + 365 * DAY,
    createdFrom: 'console',
    ...(status ? { status } : {}),
  };
}

function dir(credentials: Credential[], updatedAt = NOW): Directory {
  return {
    key: 'intl:d-fixture00001',
    site: 'intl',
    directoryId: 'd-fixture00001',
    endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
    acceleratedEndpoint: null,
    endpointIssue: null,
    acceleratedEndpointIssue: null,
    region: 'cn-shanghai',
    syncEnabled: true,
    credentials,
    scimUsers: null,
    scimGroups: null,
    updatedAt,
  };
}

const OLD = 'scimcred-old000000001';
const DIS = 'scimcred-dis000000002';
const NEW = 'scimcred-new000000003';

describe('when the key is due', () => {
  it('lists an enabled credential within 30 days of expiry, and an expired one first', () => {
    const d = dir([
      cred(OLD, 350),
      cred('scimcred-exp00000009', 370),
      cred('scimcred-young0001', 100),
    ]);
    const due = dueForRotation({ [d.key]: d }, NOW);
    expect(due.map((x) => [x.credentialId, x.daysLeft])).toEqual([
      ['scimcred-exp00000009', -5],
      [OLD, 15],
    ]);
    expect(badgeFor(due)).toEqual({ text: '!', color: '#c50f1f' });
    expect(badgeFor(due.slice(1)).text).toBe('15d');
    expect(badgeFor([]).text).toBe('');
  });

  it('leaves out a disabled credential: nothing syncs with it', () => {
    const d = dir([cred(OLD, 350, 'disabled')]);
    expect(dueForRotation({ [d.key]: d }, NOW)).toEqual([]);
  });
});

describe('which credential to delete first', () => {
  it('prefers an expired one, then a disabled one, then the older; never the one in use', () => {
    expect(credentialToDeleteFirst([cred(OLD, 350), cred(DIS, 200, 'disabled')], OLD, NOW)).toEqual(
      { credentialId: DIS, reason: 'disabled' },
    );
    expect(
      credentialToDeleteFirst(
        [cred(DIS, 200, 'disabled'), cred('scimcred-exp0001', 400)],
        null,
        NOW,
      ),
    ).toEqual({ credentialId: 'scimcred-exp0001', reason: 'expired' });
    expect(credentialToDeleteFirst([cred(OLD, 350), cred(DIS, 200)], null, NOW)).toEqual({
      credentialId: OLD,
      reason: 'older',
    });
    expect(credentialToDeleteFirst([cred(OLD, 350), cred(DIS, 200)], OLD, NOW)).toEqual({
      credentialId: DIS,
      reason: 'older',
    });
    expect(credentialToDeleteFirst([cred(OLD, 350)], null, NOW)).toBeNull();
  });
});

describe('the rotation flow', () => {
  const input = (d: Directory, extra: Partial<DetectInput> = {}): DetectInput => ({
    directory: d,
    secret: null,
    lastFill: null,
    lastTest: null,
    now: NOW + 1000,
    ...extra,
  });

  it('detects make-room, generate, fill and test from the ledger, the capture and Entra', () => {
    const start = dir([cred(OLD, 350), cred(DIS, 200, 'disabled')]);
    let r = startRotation(start, OLD, NOW);
    expect(r.removedCredentialId).toBe(DIS);
    r = detect(r, input(dir([cred(OLD, 350)], NOW + 500)));
    expect(r.steps['make-room']?.by).toBe('detected');
    expect(r.steps.generate).toBeUndefined();
    r = detect(
      r,
      input(dir([cred(OLD, 350)]), {
        secret: {
          secret: 'k'.repeat(24),
          credentialId: NEW,
          directoryKey: start.key,
          capturedAt: NOW + 600,
          forgetAt: NOW + 60_000,
        },
      }),
    );
    expect(r.newCredentialId).toBe(NEW);
    expect(r.steps.generate?.by).toBe('detected');
    r = detect(r, input(dir([cred(OLD, 350)]), { lastFill: { result: 'filled', at: NOW + 700 } }));
    expect(r.steps.fill?.by).toBe('detected');
    r = detect(r, input(dir([cred(OLD, 350)]), { lastTest: { ok: true, at: NOW + 2000 } }));
    expect(r.steps.test?.by).toBe('detected');
  });

  it('keeps the old credential until the new key is confirmed', () => {
    let r = startRotation(dir([cred(OLD, 350)]), OLD, NOW);
    // The old one disappears from the list before the confirmation: not marked, and not tickable.
    r = detect(r, input(dir([cred(NEW, 0)], NOW + 500)));
    expect(r.steps['delete-old']).toBeUndefined();
    expect(tick(r, 'disable-old', NOW)).toBe(r);
    r = tick(r, 'confirm', NOW + 10, 'on-demand');
    expect(r.confirmedBy).toBe('on-demand');
    r = detect(r, input(dir([cred(OLD, 350, 'disabled'), cred(NEW, 0)], NOW + 20)));
    expect(r.steps['disable-old']?.by).toBe('detected');
    expect(r.steps['delete-old']).toBeUndefined();
    r = detect(r, input(dir([cred(NEW, 0)], NOW + 30)));
    expect(r.steps['delete-old']?.by).toBe('detected');
    // Unconfirming locks the old credential's steps again.
    const back = untick(r, 'confirm');
    expect(back.steps['disable-old']).toBeUndefined();
    expect(back.finishedAt).toBeNull();
  });

  it('finishes once every step is done, ticks included', () => {
    let r = startRotation(dir([cred(OLD, 350)]), OLD, NOW);
    for (const s of ['generate', 'fill', 'test', 'save', 'confirm', 'disable-old'] as const) {
      r = tick(r, s, NOW + 1);
      expect(r.finishedAt).toBeNull();
    }
    r = tick(r, 'delete-old', NOW + 2);
    expect(r.finishedAt).toBe(NOW + 2);
  });
});

describe('the daily check', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets the badge while a credential is due and clears it when rotated', async () => {
    const calls: string[] = [];
    const action = {
      setBadgeText: vi.fn(({ text }: { text: string }) => {
        calls.push(text);
        return Promise.resolve();
      }),
      setBadgeBackgroundColor: vi.fn(() => Promise.resolve()),
      setTitle: vi.fn(() => Promise.resolve()),
    };
    (fakeBrowser as unknown as { action: typeof action }).action = action;
    const d = dir([cred(OLD, 350)]);
    await directoriesItem.set({ [d.key]: d });
    await checkExpiry(NOW);
    expect(calls.at(-1)).toBe('15d');
    expect(action.setTitle).toHaveBeenLastCalledWith({
      title: `CloudSSO SCIM Assistant: rotate the SCIM key ${OLD}`,
    });
    await directoriesItem.set({ [d.key]: dir([cred(NEW, 0)]) });
    await checkExpiry(NOW);
    expect(calls.at(-1)).toBe('');
  });

  it('advances a stored rotation from the ledger', async () => {
    const d = dir([cred(OLD, 350)]);
    await rotationsItem.set({ [d.key]: startRotation(d, OLD, NOW - 10_000) });
    await directoriesItem.set({ [d.key]: dir([cred(OLD, 350), cred(NEW, 0)]) });
    await checkExpiry(NOW);
    const r = (await rotationsItem.get())[d.key]!;
    expect(r.newCredentialId).toBe(NEW);
    expect(r.steps.generate?.by).toBe('detected');
  });
});

describe('the report', () => {
  it('records the rotation with ids and dates, in English and Chinese', async () => {
    const { rotationReportLines } = await import('@/lib/ui/sidepanel/rotation/report');
    let r = startRotation(dir([cred(OLD, 350), cred(DIS, 200, 'disabled')]), OLD, NOW);
    r = { ...tick(r, 'confirm', NOW + DAY, 'on-demand'), newCredentialId: NEW };
    const en = rotationReportLines(r, 'en').join('\n');
    expect(en).toContain('## Key rotation');
    expect(en).toContain(`- Old credential: \`${OLD}\``);
    expect(en).toContain(`- Deleted to make room: \`${DIS}\``);
    expect(en).toContain(`- New credential: \`${NEW}\``);
    expect(en).toContain('- Confirmed by: Confirmed by Provision on demand');
    expect(en).toMatch(/\| Confirm the new key works \| 2026-12-08 20:00 UTC \| ticked by hand \|/);
    expect(rotationReportLines(r, 'zh-CN').join('\n')).toContain('## 密钥轮换');
  });
});
