import { describe, expect, it } from 'vitest';
import { extractLogEntry } from '@/lib/portals/azure/logs/extract';

function read(html: string) {
  document.body.innerHTML = html;
  return extractLogEntry(document);
}

// The details pane as Microsoft Learn describes it: Steps, Troubleshooting and recommendations,
// Modified properties, Summary (here all visible; the reader does not care which tab shows).
const pane = (o: {
  lang?: 'en' | 'zh';
  code: string;
  reason: string;
  name: string;
  type?: string;
  props?: [string, string, string][];
  split?: boolean;
}) => {
  const en = o.lang !== 'zh';
  const L = en
    ? [
        'Status',
        'Error code',
        'Reason',
        'Source identity',
        'Target identity',
        'Name',
        'ID',
        'Identity type',
        'Property name',
        'Old value',
        'New value',
        'Steps',
      ]
    : [
        '状态',
        '错误代码',
        '原因',
        '源标识',
        '目标标识',
        '名称',
        'ID',
        '标识类型',
        '属性名称',
        '旧值',
        '新值',
        '步骤',
      ];
  const name = o.split ? `<span>${o.name.slice(0, 2)}</span>${o.name.slice(2)}` : o.name;
  return `
  <table role="grid"><tr><td>Alice</td><td>Success</td></tr></table>
  <div class="fxs-contextpane">
    <h2 data-pane-title>Activity details</h2>
    <h3>${L[11]}</h3><ol><li><div>Perform action</div><div>${L[0]}</div><div>Failure</div></li></ol>
    <div><div>${L[0]}</div><div>Failure</div></div>
    <div><span>${L[1]}:</span> <b>${o.code}</b></div>
    <div><div>${L[2]}</div><div>${o.reason}</div></div>
    <h3>${L[3]}</h3>
    <div><div>${L[5]}</div><div>${name}</div></div>
    <div><div>${L[6]}</div><div>5f1c2d3e-0000-4000-8000-00000000a001</div></div>
    <div><div>${L[7]}</div><div>${o.type ?? (en ? 'User' : '用户')}</div></div>
    <h3>${L[4]}</h3>
    <div><div>${L[5]}</div><div>target-side</div></div>
    <div><div>${L[6]}</div><div>t-0001</div></div>
    <table><tr><th>${L[8]}</th><th>${L[9]}</th><th>${L[10]}</th></tr>
    ${(o.props ?? []).map(([n, a, b]) => `<tr><td>${n}</td><td>${a}</td><td>${b}</td></tr>`).join('')}
    </table>
  </div>`;
};

describe('Provisioning logs details pane', () => {
  it('reads the failure, the source identity (not the target), and the modified properties', () => {
    const e = read(
      pane({
        code: 'SystemForCrossDomainIdentityManagementServiceIncompatible',
        reason: 'The SCIM endpoint refused the request: HTTP 400 Bad Request.',
        name: 'Zoë Ångström',
        split: true,
        props: [
          ['userName', '', 'zoe@contoso.com'],
          ['displayName', '', 'Zoë Ångström (HR)'],
        ],
      }),
    );
    expect(e).toEqual({
      status: 'Failure',
      errorCode: 'SystemForCrossDomainIdentityManagementServiceIncompatible',
      reason: 'The SCIM endpoint refused the request: HTTP 400 Bad Request.',
      recommendedAction: null,
      objectType: 'user',
      displayName: 'Zoë Ångström',
      objectId: '5f1c2d3e-0000-4000-8000-00000000a001',
      modified: [
        { name: 'userName', oldValue: null, newValue: 'zoe@contoso.com' },
        { name: 'displayName', oldValue: null, newValue: 'Zoë Ångström (HR)' },
      ],
    });
  });

  it('reads the Chinese labels', () => {
    const e = read(
      pane({
        lang: 'zh',
        code: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
        reason: 'HTTP/401 Unauthorized',
        name: '财务部',
        type: '组',
      }),
    );
    expect(e).toMatchObject({
      status: 'Failure',
      errorCode: 'SystemForCrossDomainIdentityManagementCredentialValidationFailure',
      displayName: '财务部',
      objectType: 'group',
      modified: [],
    });
  });

  it('nothing without an open pane, with a hidden pane, or for the list alone', () => {
    expect(read(`<table><tr><td>Error code</td><td>x</td></tr></table>`)).toBeNull();
    document.body.innerHTML = pane({ code: 'X', reason: 'Y', name: 'n' });
    document.querySelector('.fxs-contextpane')!.setAttribute('hidden', '');
    expect(extractLogEntry(document)).toBeNull();
  });

  it('a label with an empty value reads as no value, never as the next label', () => {
    const e = read(`<aside aria-label="Details" class="fxs-contextpane">
      <div><div>Error code</div><div>Reason</div><div>Entra said no</div></div></aside>`);
    expect(e?.errorCode).toBeNull();
    expect(e?.reason).toBe('Entra said no');
    const beforeHeading = read(`<div class="ms-Panel" role="dialog">
      <div><div>Error code</div><div>X1</div></div>
      <div><div>Recommended action</div></div><h3>Modified properties</h3></div>`);
    expect(beforeHeading).toMatchObject({ errorCode: 'X1', recommendedAction: null });
  });
});
