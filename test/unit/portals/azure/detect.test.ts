import { beforeEach, describe, expect, it } from 'vitest';
import { detectPage, PAGE_STEP } from '@/lib/portals/azure/detect';
import { extractFrame } from '@/lib/portals/azure/extract';
import { parsePortalRoute } from '@/lib/portals/azure/routes';

const SP = '11111111-2222-3333-4444-555555555555';
const APP = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function view(
  html: string,
  href: string | null = null,
  isTop = true,
): ReturnType<typeof detectPage> {
  document.body.innerHTML = html;
  return detectPage(extractFrame(document, isTop).snapshot, href ? parsePortalRoute(href) : null);
}

const shell = (blade: string): string => `
  <header role="banner" class="fxs-topbar"><div role="search"><input aria-label="Search resources, services, and docs"></div>
    <h1>Microsoft Azure</h1></header>
  <main>${blade}</main>`;

const appBlade = (title: string, selected: string, body = ''): string => `
  <section class="fxs-blade"><h2 class="fxs-blade-title-titleText">${title}</h2>
    <ul role="menu">${['Overview', 'Users and groups', 'Provisioning']
      .map(
        (m) =>
          `<li role="menuitem" class="fxc-menu-listView-item"${m === selected ? ' aria-selected="true"' : ''}>${m}</li>`,
      )
      .join('')}</ul>${body}</section>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('page recognition in the top document', () => {
  it('names the app from a heading that reads "<app> | <page>" when the title class is renamed', () => {
    const v = view(
      shell(`<section class="b7x"><h2 class="t9q">Contoso SCIM | Provisioning</h2></section>`),
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`,
    );
    expect(v.appName).toBe('Contoso SCIM');
    // A heading that only looks like one ("A | B" with no known page) names nothing.
    expect(view(shell(`<section><h2>Quarterly | Review</h2></section>`), null).appName).toBeNull();
  });

  it('recognizes the app pages from the blade title and names the app', () => {
    const v = view(
      shell(
        appBlade(
          'CloudSSO | Users and groups',
          'Users and groups',
          '<div data-assignment-row>Alice</div><div data-assignment-row>Engineering</div>',
        ),
      ),
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Users/objectId/${SP}/appId/${APP}`,
    );
    expect(v).toMatchObject({
      page: 'users-groups',
      appName: 'CloudSSO',
      appObjectId: SP,
      appId: APP,
      assignments: 2,
    });
    expect(v.evidence).toContain('blade-title');
    expect(PAGE_STEP[v.page]).toBe(4);
  });

  it('confirms the page from the page, not from a deep link that landed elsewhere', () => {
    // The Provisioning deep link was observed to land on Overview (docs/research/entra-portal.md#pages-and-their-routes).
    const v = view(
      shell(appBlade('CloudSSO | Overview', 'Overview')),
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`,
    );
    expect(v.page).toBe('app-overview');
    expect(PAGE_STEP[v.page]).toBe(3);
  });

  it('recognizes localized titles (Chinese, German)', () => {
    expect(view(shell(appBlade('CloudSSO | 用户和组', ''))).page).toBe('users-groups');
    expect(view(shell(appBlade('CloudSSO | Bereitstellung', ''))).page).toBe('provisioning');
  });

  it('reads titles, menu items and buttons as a person reads them: split nodes join, hidden text is skipped', () => {
    const v = view(
      shell(`<section class="fxs-blade"><h2 class="fxs-blade-title-titleText"><span>Cloud</span>SSO<span hidden> (hidden)</span> | Users <b>and</b> groups</h2>
        <ul role="menu"><li role="menuitem" class="fxc-menu-listView-item" aria-selected="true"><a>Users<span aria-hidden="true">›</span> and groups</a></li></ul></section>`),
    );
    expect(v).toMatchObject({ page: 'users-groups', appName: 'CloudSSO' });
    const button = view(
      `<main><button><span>Connect</span> your <b>application</b><span style="position:absolute;clip:rect(0,0,0,0)"> (opens a form)</span></button></main>`,
      null,
      false,
    );
    expect(button.entryButton).toBe('connectYourApplication');
  });

  it('falls back to the selected menu item when the title is not readable', () => {
    const v = view(shell(appBlade('', 'Users and groups')));
    expect(v.page).toBe('users-groups');
    expect(v.evidence).toEqual(['menu']);
  });

  it('recognizes the Enterprise applications list, the gallery and the create flyout', () => {
    expect(
      view(
        shell(
          '<section class="fxs-blade"><h2 class="fxs-blade-title-titleText">Enterprise applications | All applications</h2><button>+ New application</button></section>',
        ),
      ).page,
    ).toBe('apps-list');
    expect(
      view(
        shell(
          '<section class="fxs-blade"><h2 class="fxs-blade-title-titleText">Browse Microsoft Entra Gallery</h2></section>',
        ),
      ).page,
    ).toBe('gallery');
    expect(
      view(
        shell(
          '<section class="fxs-blade"><h2 class="fxs-blade-title-titleText">Browse Microsoft Entra Gallery</h2></section><aside class="fxs-contextpane" aria-label="Create"><h2>Create your own application</h2></aside>',
        ),
      ).page,
    ).toBe('create-app');
  });

  it('reports unknown for the shell alone, whatever the route says', () => {
    const v = view(
      shell('<section class="fxs-blade"><div class="spinner">Loading…</div></section>'),
      `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/${SP}/appId/${APP}`,
    );
    expect(v.page).toBe('unknown');
    expect(v.evidence).toEqual([]);
  });
});

describe('page recognition in a React-view frame', () => {
  it.each([
    ['Get started', 'getStarted'],
    ['+ New configuration', 'newConfiguration'],
    ['Create configuration', 'createConfiguration'],
    ['Connect your application', 'connectYourApplication'],
    ['新建配置', 'newConfiguration'],
  ])('sees the entry button "%s"', (text, variant) => {
    const v = view(`<main><h2>Provisioning</h2><button>${text}</button></main>`, null, false);
    expect(v).toMatchObject({ page: 'provisioning-start', entryButton: variant });
  });

  it('recognizes the credentials form and reads the facts of the Tenant URL it holds', () => {
    const v = view(
      `<form><label for="t">Tenant URL</label><input id="t" value="https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/">
      <label for="s">Secret Token</label><input id="s" type="password"><button>Test connection</button></form>`,
      null,
      false,
    );
    expect(v.page).toBe('credentials-form');
    expect(v.form).toEqual({
      variant: 'new',
      tenantUrl: {
        kind: 'https',
        host: 'cloudsso-scim-cn-shanghai.aliyun.com',
        path: 'scim-v2-slash',
        region: 'cn-shanghai',
      },
      secretPresent: false,
    });
  });

  it('reads the Test connection outcome: success, and failure only beside the test button', () => {
    const form = `<label for="t">Tenant URL</label><input id="t"><label for="s">Secret Token</label><input id="s" type="password">`;
    expect(
      view(
        `<form>${form}<button>Test connection</button><div class="ms-MessageBar">The supplied credentials are authorized to enable provisioning</div></form>`,
        null,
        false,
      ).testOutcome,
    ).toEqual({ ok: true, text: 'The supplied credentials are authorized to enable provisioning' });
    const failed = view(
      `<form>${form}<button>Test Connection</button><div role="alert">You appear to have entered invalid credentials. Details: HTTP/401 Unauthorized</div></form>`,
      null,
      false,
    );
    expect(failed.testOutcome?.ok).toBe(false);
    expect(
      view(`<main><div role="alert">Error code: 42</div></main>`, null, false).testOutcome,
    ).toBeNull();
  });

  it('says the form is hidden when Admin Credentials is collapsed', () => {
    const v = view(
      shell(`<section class="fxs-blade"><button aria-expanded="false">Admin Credentials</button>
      <div hidden><label for="t">Tenant URL</label><input id="t"><label for="s">Secret Token</label><input id="s" type="password"></div></section>`),
    );
    expect(v).toMatchObject({ page: 'provisioning-start', formProblem: 'hidden' });
  });

  it('recognizes a provisioning job that has run (step 6) and the mapping settings (step 5)', () => {
    expect(
      view(
        '<main><dl><dt>Current cycle status</dt><dd>Initial cycle completed.</dd></dl></main>',
        null,
        false,
      ).page,
    ).toBe('provisioning-overview');
    expect(
      view(
        '<main><h3>Mappings</h3><button>Provision Microsoft Entra ID Users</button></main>',
        null,
        false,
      ).page,
    ).toBe('provisioning-settings');
  });
});

describe('the new provisioning experience, as seen live', () => {
  const SP_ID = SP;
  const menu = (selected: string): string => `
    <nav class="menu"><ul role="tree">
      ${['Overview', 'Provision on demand']
        .map((m) => `<li role="treeitem"${m === selected ? ' aria-selected="true"' : ''}>${m}</li>`)
        .join('')}
      <li role="treeitem" aria-expanded="true">Manage<ul role="group">
      ${[
        'Connectivity',
        'Provisioning',
        'Attribute mapping',
        'Scoping filters',
        'Users and groups',
        'Expression builder',
        'Discover identities',
      ]
        .map((m) => `<li role="treeitem"${m === selected ? ' aria-selected="true"' : ''}>${m}</li>`)
        .join('')}</ul></li>
      <li role="treeitem" aria-expanded="false">Monitor</li><li role="treeitem" aria-expanded="false">Troubleshoot</li>
    </ul></nav>`;

  it('the frame around the page: its menu’s Overview is the provisioning blade’s, not the app’s', () => {
    const v = view(`<div>${menu('Overview')}<h1>Overview</h1></div>`, null, false);
    expect(v).toMatchObject({ page: 'provisioning', evidence: ['menu'] });
    expect(PAGE_STEP[v.page]).toBe(5);
    expect(view(`<div>${menu('Connectivity')}<h1>Connectivity</h1></div>`, null, false).page).toBe(
      'provisioning',
    );
  });

  it('the frame around the form: "New provisioning configuration" is step 5', () => {
    const v = view(
      `<div><h1>New provisioning configuration</h1><p>Microsoft Entra ID</p></div>`,
      null,
      false,
    );
    expect(v).toMatchObject({ page: 'provisioning', evidence: ['heading'] });
    // Under that title, fields none of which is readable: not recognized, so the guide says so.
    const unreadable = view(
      `<div><h1>New provisioning configuration</h1><div>Endpoint</div><div><input></div></div>`,
      null,
      false,
    );
    expect(unreadable.page).toBe('unknown');
  });

  it('the Get started tab, by its button or by its heading', () => {
    const tab = (
      button: string,
    ): string => `<div role="tablist"><div role="tab" aria-selected="true">Get started</div></div>
      <h2>Get started with application provisioning</h2>
      <div class="card"><h3>Create configuration</h3>${button}</div>
      <div class="card"><h3>Add scoping filters (optional)</h3></div><div class="card"><h3>Map attributes (optional)</h3></div>`;
    expect(view(tab('<button>Connect your application</button>'), null, false)).toMatchObject({
      page: 'provisioning-start',
      entryButton: 'connectYourApplication',
    });
    // A renamed button: the heading still says where the admin is.
    expect(view(tab('<button>Begin</button>'), null, false)).toMatchObject({
      page: 'provisioning-start',
      evidence: ['heading'],
    });
  });

  it('the Overview of a created configuration is step 6, although its bar offers New configuration', () => {
    const bar = [
      'New configuration',
      'Start provisioning',
      'Pause provisioning',
      'Restart provisioning',
      'Refresh',
      'Got feedback?',
    ]
      .map((b) => `<button>${b}</button>`)
      .join('');
    const v = view(`<div role="toolbar">${bar}</div><h2>Overview</h2>`, null, false);
    expect(v.page).toBe('provisioning-overview');
    expect(PAGE_STEP[v.page]).toBe(6);
    // The status line, in React's adjacent text nodes.
    document.body.innerHTML = '';
    const status = view(
      `<div><span>Current cycle status: </span><span>Incremental</span> sync completed</div>`,
      `https://portal.azure.com/#view/Microsoft_AAD_Connect_Provisioning/ProvisioningMenuBlade/~/OverviewPreview/objectId/${SP_ID}/appId/${APP}`,
      false,
    );
    expect(status.page).toBe('provisioning-overview');
  });
});
