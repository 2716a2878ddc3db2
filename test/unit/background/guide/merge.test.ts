import { describe, expect, it } from 'vitest';
import { mergeTab } from '@/lib/background/guide/merge';
import { chooseFillTarget } from '@/lib/background/guide/target';
import { APP, facts, portalTop, SP, stored, tabState } from '../../../support/guide-reports';

const TOP = 'https://portal.azure.com';
const VIEW = 'https://sandbox-1.reactblade.portal.azure.net';
const provisioningHref = `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`;

describe('merging a tab’s frames into one step', () => {
  it('takes the form from the React view under the Provisioning blade', () => {
    const merged = mergeTab(
      [
        stored(0, TOP, 10, {
          href: provisioningHref,
          page: 'provisioning',
          evidence: ['blade-title'],
          appName: 'CloudSSO',
          appObjectId: SP,
          appId: APP,
        }),
        stored(7, VIEW, 12, {
          page: 'credentials-form',
          evidence: ['form-labels'],
          form: { variant: 'new', tenantUrl: facts() },
        }),
      ],
      20,
    );
    expect(merged).toMatchObject({
      step: 5,
      confirmed: true,
      page: 'credentials-form',
      app: { name: 'CloudSSO', objectId: SP, appId: APP },
      form: { frameId: 7, origin: VIEW, variant: 'new', seenAt: 12 },
    });
  });

  it('lets the top page win over a leftover React view on another app page', () => {
    const merged = mergeTab(
      [
        stored(0, TOP, 30, { page: 'users-groups', evidence: ['blade-title'], assignments: 2 }),
        stored(7, VIEW, 12, { page: 'provisioning-start', entryButton: 'getStarted' }),
      ],
      40,
    );
    expect(merged).toMatchObject({ step: 4, page: 'users-groups', assignments: 2 });
  });

  it('lets the top page win over a form seen before the admin moved to another page', () => {
    const usersHref = `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`;
    const formView = stored(7, VIEW, 12, {
      page: 'credentials-form',
      evidence: ['form-labels'],
      form: { variant: 'new', tenantUrl: facts() },
    });
    const merged = mergeTab(
      [
        stored(0, TOP, 30, {
          href: usersHref,
          page: 'users-groups',
          evidence: ['blade-title'],
          assignments: 1,
        }),
        formView,
      ],
      40,
    );
    expect(merged).toMatchObject({ step: 4, page: 'users-groups', form: null });
    // The leftover view re-rendering later does not make its old form current again.
    const again = mergeTab(
      [
        stored(0, TOP, 30, { href: usersHref, page: 'users-groups', assignments: 1 }),
        { ...formView, at: 35 },
      ],
      40,
    );
    expect(again).toMatchObject({ step: 4, form: null });
  });

  it('takes a form that appeared after the top page’s last route change', () => {
    const merged = mergeTab(
      [
        stored(0, TOP, 30, { page: 'users-groups', assignments: 1 }, { routeAt: 10 }),
        stored(7, VIEW, 12, {
          page: 'credentials-form',
          form: { variant: 'new', tenantUrl: null },
        }),
      ],
      40,
    );
    expect(merged).toMatchObject({ step: 5, page: 'credentials-form', form: { frameId: 7 } });
  });

  it('gives an unconfirmed step from the address, and names it as not recognized', () => {
    const merged = mergeTab([stored(0, TOP, 10, { href: provisioningHref })], 20);
    expect(merged).toMatchObject({ step: 5, confirmed: false, unrecognized: 5, page: 'unknown' });
  });

  it('moves to step 6 when the view shows a provisioning cycle', () => {
    const merged = mergeTab(
      [
        stored(0, TOP, 10, { page: 'provisioning', href: provisioningHref }),
        stored(7, VIEW, 11, { page: 'provisioning-overview' }),
      ],
      20,
    );
    expect(merged).toMatchObject({ step: 6, confirmed: true });
  });

  it('ignores a form reported from an origin off the allow-list', () => {
    const merged = mergeTab(
      [
        stored(0, TOP, 10),
        stored(9, 'https://unlisted.example.net', 11, {
          page: 'credentials-form',
          form: { variant: 'new', tenantUrl: null },
        }),
      ],
      20,
    );
    expect(merged.form).toBeNull();
    expect(merged.page).toBe('unknown');
  });

  it('keeps the last Test connection outcome with the Tenant URL it was run with', () => {
    const merged = mergeTab(
      [
        stored(7, VIEW, 11, {
          page: 'credentials-form',
          form: { variant: 'new', tenantUrl: facts({ kind: 'https', host: 'x', path: 'other' }) },
          testOutcome: { ok: false, text: 'HTTP/404' },
        }),
      ],
      20,
    );
    expect(merged.testOutcome).toEqual({
      ok: false,
      text: 'HTTP/404',
      tenantUrl: { kind: 'https', host: 'x', path: 'other', region: null },
      at: 11,
    });
  });
});

describe('choosing the tab to fill', () => {
  const form = (seenAt: number, origin = VIEW) => ({
    form: { frameId: 3, documentId: 'DOC-3', origin, variant: 'new' as const, seenAt },
  });

  it('prefers the panel window’s active tab when it shows the form', () => {
    const tabs = [tabState(1, form(50)), tabState(2, form(10))];
    expect(chooseFillTarget(tabs, 2)).toEqual({
      tabId: 2,
      frameId: 3,
      documentId: 'DOC-3',
      origin: VIEW,
      secretPresent: false,
    });
  });

  it('otherwise takes the tab that showed the form most recently, not the active tab', () => {
    const tabs = [tabState(1, form(10)), tabState(2, form(50)), tabState(3, {})];
    expect(chooseFillTarget(tabs, 3)).toEqual({
      tabId: 2,
      frameId: 3,
      documentId: 'DOC-3',
      origin: VIEW,
      secretPresent: false,
    });
    expect(chooseFillTarget(tabs, null)?.tabId).toBe(2);
  });

  it('has no target without a recognized form on an allowed origin', () => {
    expect(chooseFillTarget([tabState(1, {})], 1)).toBeNull();
    expect(chooseFillTarget([tabState(1, form(10, 'https://unlisted.example.net'))], 1)).toBeNull();
  });
});

describe('nested React-view frames (the new provisioning experience)', () => {
  // The blade around the page (menu, title) in sandbox-1, the page itself in sandbox-2: nested in
  // sandbox-1 or beside it. Either way both are React-view frames of the tab with ids of their own.
  const CHROME = VIEW;
  const PAGE = 'https://sandbox-2.reactblade.portal.azure.net';
  const overviewHref = `https://portal.azure.com/#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`;
  const topReport = stored(0, TOP, 10, {
    href: overviewHref,
    page: 'provisioning',
    evidence: ['blade-title'],
    appName: 'CloudSSO',
    appObjectId: SP,
    appId: APP,
  });

  it('the frame that says what the page is wins over the one naming the blade, whichever reported last', () => {
    const frames = [
      topReport,
      stored(9, PAGE, 12, { page: 'provisioning-start', entryButton: 'connectYourApplication' }),
      stored(7, CHROME, 15, { page: 'provisioning', evidence: ['menu'] }),
    ];
    expect(mergeTab(frames, 20)).toMatchObject({
      step: 5,
      page: 'provisioning-start',
      entryButton: 'connectYourApplication',
    });
    // The job's Overview in the page frame: step 6, although the blade frame spoke last.
    const overview = [
      topReport,
      stored(9, PAGE, 12, { page: 'provisioning-overview', evidence: ['button'] }),
      stored(7, CHROME, 15, { page: 'provisioning', evidence: ['menu'] }),
    ];
    expect(mergeTab(overview, 20)).toMatchObject({ step: 6, page: 'provisioning-overview' });
  });

  it('takes the form from the frame that holds it, and the fill goes to that frame’s document', () => {
    const frames = [
      topReport,
      stored(
        9,
        PAGE,
        12,
        {
          page: 'credentials-form',
          evidence: ['form-labels'],
          form: { variant: 'new', tenantUrl: facts(), secretPresent: false },
        },
        { documentId: 'DOC-9' },
      ),
      stored(
        7,
        CHROME,
        15,
        { page: 'provisioning', evidence: ['heading'] },
        { documentId: 'DOC-7' },
      ),
    ];
    const merged = mergeTab(frames, 20);
    expect(merged).toMatchObject({
      step: 5,
      page: 'credentials-form',
      app: { name: 'CloudSSO', objectId: SP },
      form: { frameId: 9, documentId: 'DOC-9', origin: PAGE, seenAt: 12 },
    });
    expect(
      chooseFillTarget([{ tabId: 3, windowId: 1, frames: { '0': portalTop() }, merged }], 3),
    ).toEqual({
      tabId: 3,
      frameId: 9,
      documentId: 'DOC-9',
      origin: PAGE,
      secretPresent: false,
    });
    // The form frame gone (its "gone" message, or it stopped answering): the blade frame remains.
    const without = mergeTab(
      frames.filter((f) => f.frameId !== 9),
      21,
    );
    expect(without).toMatchObject({ step: 5, page: 'provisioning', form: null, formProblem: null });
  });

  it('keeps a saved secret’s flag with the form (the Connectivity page)', () => {
    const merged = mergeTab(
      [
        topReport,
        stored(9, PAGE, 12, {
          page: 'credentials-form',
          form: { variant: 'new', tenantUrl: facts({ kind: 'https' }), secretPresent: true },
        }),
      ],
      20,
    );
    expect(merged.form).toMatchObject({ frameId: 9, secretPresent: true });
  });

  it('a nested form seen before the admin moved to another page does not count', () => {
    const usersHref = `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`;
    const merged = mergeTab(
      [
        stored(0, TOP, 30, { href: usersHref, page: 'users-groups', assignments: 1 }),
        stored(9, PAGE, 12, {
          page: 'credentials-form',
          form: { variant: 'new', tenantUrl: null },
        }),
        stored(7, CHROME, 35, { page: 'provisioning', evidence: ['menu'] }),
      ],
      40,
    );
    expect(merged).toMatchObject({ step: 4, page: 'users-groups', form: null });
  });
});
