import { describe, expect, it } from 'vitest';
import { decideMappings } from '@/lib/portals/azure/mappings/decide';
import { extractMappings } from '@/lib/portals/azure/mappings/extract';

function read(html: string) {
  document.body.innerHTML = html;
  const snap = extractMappings(document);
  return snap ? decideMappings(snap) : null;
}

const LONG =
  'IgnoreFlowIfNullOrEmpty(Switch(Left(Replace(NormalizeDiacritics([displayName]), , "[^A-Za-z0-9._-]", , "", , ), 128), Left(Replace(NormalizeDiacritics([displayName]), , "[^A-Za-z0-9._-]", , "", , ), 128), "", Join("", "group-", [objectId])))';

// The new experience as seen live: tabs, a Fluent grid, React's split text nodes, no labels.
const liveTable = (tab: 'Users' | 'Groups', rows: string) => `
  <div role="tablist"><button role="tab" aria-selected="${tab === 'Users'}">Users</button>
    <button role="tab" aria-selected="${tab === 'Groups'}">Groups</button></div>
  <div role="toolbar"><button>Add attribute mapping</button><button>Restore default mappings</button></div>
  <div role="grid" aria-label="Attribute mappings">
    <div role="row"><div role="columnheader">Source Attribute <span>(Microsoft Entra ID)</span></div>
      <div role="columnheader">Target Attribute (CloudSSO)</div><div role="columnheader">Mapping Type</div>
      <div role="columnheader">Matching Precedence</div><div role="columnheader"></div></div>
    ${rows}
  </div>`;
const row = (src: string, tgt: string, type: string, prec = '') =>
  `<div role="row"><div role="gridcell">${src}</div><div role="gridcell">${tgt}</div>
   <div role="gridcell">${type}</div><div role="gridcell">${prec}</div>
   <div role="gridcell"><button aria-label="Edit">✎</button><button aria-label="Delete">🗑</button></div></div>`;

describe('attribute-mapping table, new experience', () => {
  it('reads every row: Direct, Expression (its text in the source cell), precedence', () => {
    const v = read(
      liveTable(
        'Users',
        row('userPrincipalName', 'userName', 'Direct', '1') +
          row('Join(" ", [givenName], <span>[surname]</span>)', 'name.formatted', 'Expression') +
          row('mailNickname', 'externalId', 'Direct') +
          row('jobTitle', 'title', 'Direct'),
      ),
    )!;
    expect(v.tables).toHaveLength(1);
    expect(v.tables[0]!.object).toBe('user');
    expect(v.tables[0]!.rows).toEqual([
      {
        object: 'user',
        kind: 'direct',
        source: 'userPrincipalName',
        target: 'userName',
        matching: 1,
        defaultValue: null,
      },
      {
        object: 'user',
        kind: 'expression',
        source: 'Join(" ", [givenName], [surname])',
        target: 'name.formatted',
        matching: null,
        defaultValue: null,
      },
      {
        object: 'user',
        kind: 'direct',
        source: 'mailNickname',
        target: 'externalId',
        matching: null,
        defaultValue: null,
      },
      {
        object: 'user',
        kind: 'direct',
        source: 'jobTitle',
        target: 'title',
        matching: null,
        defaultValue: null,
      },
    ]);
  });

  it('reads a truncated cell from its title, and reports a cut cell without one as unread', () => {
    const v = read(
      liveTable(
        'Groups',
        row(
          `<span class="truncate" title='${LONG}'>${LONG.slice(0, 40)}…</span>`,
          'displayName',
          'Expression',
          '1',
        ) +
          row(`<span>${LONG.slice(0, 40)}…</span>`, 'externalId', 'Expression') +
          row(`<span title="something else">Join(…</span>`, 'members', 'Direct'),
      ),
    )!;
    const t = v.tables[0]!;
    expect(t.object).toBe('group');
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.source).toBe(LONG);
    expect(t.unread).toEqual([
      { object: 'group', row: 2, reason: 'source cell cut short or empty' },
      { object: 'group', row: 3, reason: 'source cell cut short or empty' },
    ]);
  });

  it('reads an accessible name the same as a title', () => {
    const v = read(
      liveTable(
        'Users',
        row(
          `<span aria-label='${LONG}'>${LONG.slice(0, 30)}...</span>`,
          'displayName',
          'Expression',
        ),
      ),
    )!;
    expect(v.tables[0]!.rows[0]!.source).toBe(LONG);
  });

  it('reads the Chinese page', () => {
    document.documentElement.lang = 'zh-CN';
    const v = read(`
      <div role="tablist"><button role="tab" aria-selected="false">用户</button><button role="tab" aria-selected="true">组</button></div>
      <table><tr><th>源属性(Microsoft Entra ID)</th><th>目标属性(CloudSSO)</th><th>映射类型</th><th>匹配优先级</th></tr>
      <tr><td>displayName</td><td>displayName</td><td>直接</td><td>1</td></tr>
      <tr><td>"Engineering"</td><td>description</td><td>常量</td><td></td></tr></table>`)!;
    expect(v.tables[0]!.object).toBe('group');
    expect(v.tables[0]!.rows.map((r) => [r.kind, r.source, r.matching])).toEqual([
      ['direct', 'displayName', 1],
      ['constant', 'Engineering', null],
    ]);
  });

  it('reads nothing on a page without a mapping table', () => {
    expect(
      read('<table><tr><th>Name</th><th>Status</th></tr><tr><td>a</td><td>b</td></tr></table>'),
    ).toBeNull();
    expect(read('<p>Overview</p>')).toBeNull();
  });

  it('refuses a table when nothing says whether it maps users or groups', () => {
    const v =
      read(`<table><tr><th>Source Attribute</th><th>Target Attribute</th><th>Mapping Type</th></tr>
      <tr><td>mail</td><td>emails</td><td>Direct</td></tr></table>`);
    expect(v?.tables ?? []).toEqual([]);
  });
});

describe('classic Mappings and the Edit attribute pane', () => {
  const classic = (pane = '') => `
    <section class="fxs-blade"><h2 class="fxs-blade-title-titleText">Attribute Mapping</h2>
      <h3>Provision Microsoft Entra ID Users</h3>
      <table class="azc-grid"><thead><tr><th>Microsoft Entra ID Attribute</th><th>customappsso Attribute</th>
        <th>Matching precedence</th></tr></thead>
      <tbody><tr><td>userPrincipalName</td><td>userName</td><td>1</td></tr></tbody></table>
    </section>${pane}`;

  it('reads a list without a Mapping Type column from what the source looks like', () => {
    const v = read(classic())!;
    expect(v.tables[0]!.rows).toEqual([
      {
        object: 'user',
        kind: 'direct',
        source: 'userPrincipalName',
        target: 'userName',
        matching: 1,
        defaultValue: null,
      },
    ]);
  });

  it('reads the pane: mapping type, the expression as typed, default, target, matching', () => {
    const v = read(
      classic(`<div class="fxs-contextpane"><h2 data-pane-title>Edit Attribute</h2>
        <div class="azc-form-element"><label class="azc-form-label">Mapping type</label>
          <div role="combobox">Expression</div></div>
        <div class="azc-form-element"><label class="azc-form-label">Expression</label><textarea></textarea></div>
        <div class="azc-form-element"><label class="azc-form-label">Default value if null (optional)</label><input type="text"></div>
        <div class="azc-form-element"><label class="azc-form-label">Target attribute</label><div role="combobox">displayName</div></div>
        <div class="azc-form-element"><label class="azc-form-label">Match objects using this attribute</label><div role="combobox">No</div></div>
      </div>`),
    )!;
    (document.querySelector('textarea') as HTMLTextAreaElement).value =
      'Join(" ", [givenName], [surname])';
    const again = decideMappings(extractMappings(document)!);
    expect(v.edit).toMatchObject({ kind: 'expression', source: '', target: 'displayName' });
    expect(again.edit).toEqual({
      object: 'user',
      kind: 'expression',
      source: 'Join(" ", [givenName], [surname])',
      target: 'displayName',
      defaultValue: null,
      matching: false,
    });
  });
});
