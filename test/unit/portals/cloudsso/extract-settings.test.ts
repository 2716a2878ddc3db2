import { describe, expect, it } from 'vitest';
import { formItem, fusionSwitch, read } from './html';

const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
const ACCEL = 'https://cloudsso-scim-cn-shanghai-accelerate.aliyun.com/scim/v2/';

interface Wording {
  name: string;
  tab: string | null;
  section: string;
  endpoint: string;
  accelerated: string | null;
  switchLabel: string;
}

/** Every wording of docs/research/cloudsso.md#console-labels, one console version per row. */
const WORDINGS: Wording[] = [
  {
    name: 'EN intl',
    tab: 'User Settings',
    section: 'SCIM-based User Synchronization Configuration',
    endpoint: 'SCIM Endpoint',
    accelerated: 'SCIM Endpoint (Accelerated)',
    switchLabel: 'SCIM synchronization switch',
  },
  {
    name: 'EN China-site help',
    tab: 'User Setting',
    section: 'SCIM User Synchronization Configuration',
    endpoint: 'SCIM Endpoint',
    accelerated: null,
    switchLabel: 'SCIM synchronization switch',
  },
  {
    name: 'EN step wording',
    tab: 'User Setting',
    section: 'SCIM user synchronization settings',
    endpoint: 'SCIM Endpoint:',
    accelerated: null,
    switchLabel: 'SCIM synchronization switch',
  },
  {
    name: 'EN older, no tab',
    tab: null,
    section: 'User Synchronization Configuration',
    endpoint: 'SCIM Endpoint',
    accelerated: null,
    switchLabel: 'SCIM synchronization switch',
  },
  {
    name: 'ZH-CN older',
    tab: null,
    section: '用户同步配置',
    endpoint: 'SCIM服务端地址',
    accelerated: null,
    switchLabel: 'SCIM 同步开关',
  },
  {
    name: 'ZH-CN current',
    tab: '用户设置',
    section: 'SCIM用户同步配置',
    endpoint: 'SCIM服务端地址',
    accelerated: 'SCIM服务端地址（加速）',
    switchLabel: 'SCIM同步开关',
  },
  {
    name: 'ZH-TW',
    tab: '使用者佈建',
    section: 'SCIM使用者同步配置',
    endpoint: 'SCIM服務端地址',
    accelerated: 'SCIM服務端地址（加速）',
    switchLabel: 'SCIM同步開關',
  },
  {
    name: 'JA',
    tab: 'ユーザー設定',
    section: 'SCIM ベースのユーザー同期',
    endpoint: 'SCIM エンドポイント',
    accelerated: 'SCIM エンドポイント (高速)',
    switchLabel: 'スイッチ',
  },
];

function settingsPage(w: Wording, opts: { on: boolean; tabSelected?: boolean }): string {
  const tabs = w.tab
    ? `<div role="tablist" class="next-tabs-nav"><div role="tab" class="next-tabs-tab" aria-selected="false">SSO</div><div role="tab" class="next-tabs-tab${opts.tabSelected === false ? '' : ' active'}" aria-selected="${opts.tabSelected !== false}"><div class="next-tabs-tab-inner">${w.tab}</div></div></div>`
    : '';
  const accel = w.accelerated ? formItem(w.accelerated, `<span class="url">${ACCEL}</span>`) : '';
  return `<h1>Settings</h1>${tabs}
    <section class="next-card"><h3>${w.section}</h3>
      ${formItem(w.switchLabel, fusionSwitch(opts.on))}
      ${formItem(w.endpoint, `<span class="url">${ENDPOINT}</span><button>Copy</button>`)}
      ${accel}
    </section>`;
}

describe('the SCIM section in every wording', () => {
  it.each(WORDINGS)('$name: section, endpoint(s) and switch', (w) => {
    const s = read(settingsPage(w, { on: true }));
    expect(s.page).toBe('settings');
    expect(s.userSettingsTab).toBe(w.tab ? 'selected' : 'absent');
    expect(s.scimSection).toBe(true);
    expect(s.endpoint).toBe(ENDPOINT);
    expect(s.acceleratedEndpoint).toBe(w.accelerated ? ACCEL : null);
    expect(s.syncSwitch).toBe('on');
    expect(read(settingsPage(w, { on: false })).syncSwitch).toBe('off');
  });

  it('sees that another tab of Settings is open', () => {
    const s = read(settingsPage(WORDINGS[0]!, { on: true, tabSelected: false }));
    expect(s.userSettingsTab).toBe('not-selected');
  });

  it('tells a renamed User Settings tab (some tab selected, none known) from no tab bar', () => {
    const bar = (first: string, selected: boolean): string =>
      `<h1>Settings</h1><div role="tablist" class="next-tabs-nav">
         <div role="tab" aria-selected="${selected}" class="next-tabs-tab${selected ? ' active' : ''}">${first}</div>
         <div role="tab" aria-selected="${!selected}" class="next-tabs-tab${selected ? '' : ' active'}">SSO Settings</div></div>`;
    expect(read(bar('Identity Sync', true)).userSettingsTab).toBe('unrecognized');
    expect(read(bar('Identity Sync', false)).userSettingsTab).toBe('unrecognized');
    expect(read(bar('User Settings', true)).userSettingsTab).toBe('selected');
    expect(
      read('<h1>Settings</h1><h3>User Synchronization Configuration</h3>').userSettingsTab,
    ).toBe('absent');
  });
});

describe('endpoint reading', () => {
  it('does not take the accelerated URL for a regular endpoint that shows none', () => {
    const s = read(
      `<section><h3>SCIM-based User Synchronization Configuration</h3>
       ${formItem('SCIM Endpoint', '<span>-</span>')}
       ${formItem('SCIM Endpoint (Accelerated)', `<span>${ACCEL}</span>`)}</section>`,
    );
    expect(s.endpoint).toBeNull();
    expect(s.acceleratedEndpoint).toBe(ACCEL);
  });

  it('reads an endpoint shown in a read-only input, a description list and a table row', () => {
    const layouts = [
      formItem('SCIM Endpoint', `<input readonly value="${ENDPOINT}">`),
      `<dl><dt>SCIM Endpoint</dt><dd><code>${ENDPOINT}</code></dd></dl>`,
      `<table><tbody><tr><td>SCIM Endpoint *</td><td>${ENDPOINT}</td></tr></tbody></table>`,
    ];
    for (const layout of layouts) {
      const s = read(
        `<section><h3>SCIM-based User Synchronization Configuration</h3>${layout}</section>`,
      );
      expect(s.endpoint, layout).toBe(ENDPOINT);
    }
  });

  it('accepts an unknown qualifier form for the accelerated label', () => {
    const s = read(
      `<section><h3>SCIM用户同步配置</h3>${formItem('SCIM服务端地址 (加速地址)', `<span>${ACCEL}</span>`)}</section>`,
    );
    expect(s.acceleratedEndpoint).toBe(ACCEL);
  });

  it('reads the state an older console prints instead of a switch', () => {
    const s = read(
      `<section><h3>User Synchronization Configuration</h3><p>SCIM Synchronization Disabled</p></section>`,
    );
    expect(s.syncSwitch).toBe('off');
  });

  it('does not trust the bare Japanese "switch" label outside the SCIM section', () => {
    const s = read(`<div>${formItem('スイッチ', fusionSwitch(true))}</div>`, '/overview');
    expect(s.scimSection).toBe(false);
    expect(s.syncSwitch).toBe('absent');
  });

  it('reads a checkbox switch and a class-only switch', () => {
    const section = (control: string): string =>
      `<section><h3>SCIM User Synchronization Configuration</h3>${formItem('SCIM synchronization switch', control)}</section>`;
    expect(read(section('<input type="checkbox" checked>')).syncSwitch).toBe('on');
    expect(read(section('<span class="next-switch next-switch-off"></span>')).syncSwitch).toBe(
      'off',
    );
  });
});

describe('directory and credential list', () => {
  it('reads each credential from its own row in nested lists, once', () => {
    const s = read(
      `<ul><li>Credentials
         <ul><li><span>scimcred-nested00000001</span> <span>2024-05-01 10:20:30</span></li>
             <li><span>scimcred-nested00000002</span> <span>2024-06-02 08:00:00</span></li></ul>
       </li></ul>
       <table><tbody><tr><td><table><tbody><tr><td>scimcred-nested00000003</td><td>2024-07-03 09:00:00</td></tr></tbody></table></td><td>2020-01-01</td></tr></tbody></table>
       <script>var x = "scimcred-inscript00001";</script>`,
    );
    expect(s.credentials).toEqual([
      {
        id: 'scimcred-nested00000001',
        createdAt: new Date(2024, 4, 1, 10, 20, 30).getTime(),
        expiresAt: null,
        status: null,
      },
      {
        id: 'scimcred-nested00000002',
        createdAt: new Date(2024, 5, 2, 8).getTime(),
        expiresAt: null,
        status: null,
      },
      {
        id: 'scimcred-nested00000003',
        createdAt: new Date(2024, 6, 3, 9).getTime(),
        expiresAt: null,
        status: null,
      },
    ]);
  });

  it('reads the directory id and the listed credentials with their dates', () => {
    const s = read(
      `${formItem('Directory ID', '<span>d-00fc2p61abcd</span>')}
       <table><thead><tr><th>ID</th><th>Status</th><th>Created</th><th>Expires</th></tr></thead>
       <tbody><tr><td>scimcred-004whl0kvfwcypbi0001</td><td>Enabled</td><td>2024-05-01 10:20:30</td><td>2025-05-01 10:20:30</td></tr>
       <tr><td>scimcred-004whl0kvfwcypbi0002</td><td>Disabled</td><td>2024-06-02 08:00:00</td><td></td></tr></tbody></table>`,
    );
    expect(s.directoryId).toBe('d-00fc2p61abcd');
    expect(s.credentials).toEqual([
      {
        id: 'scimcred-004whl0kvfwcypbi0001',
        createdAt: new Date(2024, 4, 1, 10, 20, 30).getTime(),
        expiresAt: new Date(2025, 4, 1, 10, 20, 30).getTime(),
        status: 'enabled',
      },
      {
        id: 'scimcred-004whl0kvfwcypbi0002',
        createdAt: new Date(2024, 5, 2, 8).getTime(),
        expiresAt: null,
        status: 'disabled',
      },
    ]);
  });

  it('ignores its own in-page notice', () => {
    const s = read(
      `<cloudsso-scim-assistant-notice><h1>Settings</h1><span>SCIM Endpoint</span><span>https://x.example/</span></cloudsso-scim-assistant-notice>`,
      '/overview',
    );
    expect(s.page).toBe('other');
    expect(s.endpoint).toBeNull();
  });
});
