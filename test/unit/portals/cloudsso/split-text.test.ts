import { describe, expect, it } from 'vitest';
import { readConsole } from '@/lib/portals/cloudsso/extract';
import { formItem, fusionSwitch, KEY } from './html';

const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';

/** Puts `parts` into `el` as adjacent text nodes, as React renders `{a}{b}{c}`. */
function textNodes(el: Element, parts: string[]): void {
  el.replaceChildren(...parts.map((p) => document.createTextNode(p)));
}

function settings(endpointHtml: string, dialogHtml = ''): string {
  return `<h1>设置</h1>
    ${formItem('目录ID', '<span id="dir"></span>')}
    <div class="next-card"><h3>SCIM用户同步配置</h3>
      ${formItem('SCIM同步开关', fusionSwitch(true))}
      ${formItem('SCIM服务端地址：', `${endpointHtml}<button type="button">复制</button>`)}
      <table><tbody><tr><td id="cred"></td><td>已启用</td><td id="created"></td></tr></tbody></table>
    </div>${dialogHtml}`;
}

function read(html: string, fill: (doc: Document) => void = () => undefined) {
  document.body.innerHTML = html;
  fill(document);
  return readConsole(document, { pathname: '/setting' });
}

describe('values the console renders as several text nodes or inline elements', () => {
  it('reads an endpoint rendered as adjacent text nodes whole, never its first piece', () => {
    const s = read(settings('<span id="ep"></span>'), (doc) => {
      textNodes(doc.getElementById('ep')!, [
        'https://cloudsso-scim-',
        'cn-shanghai',
        '.aliyun.com/scim/v2/',
      ]);
      textNodes(doc.getElementById('dir')!, ['d-', 'fixture00001']);
    });
    expect(s.endpoint).toBe(ENDPOINT);
    expect(s.directoryId).toBe('d-fixture00001');
  });

  it('reads an endpoint spread over inline elements and word breaks', () => {
    const s = read(
      settings(
        '<a href="#"><span>https://</span>cloudsso-scim-<wbr><b>cn-shanghai</b>.aliyun.com/scim/v2/</a>',
      ),
    );
    expect(s.endpoint).toBe(ENDPOINT);
  });

  it('reads a credential id and its dates split across nodes', () => {
    const s = read(settings(`<span>${ENDPOINT}</span>`), (doc) => {
      textNodes(doc.getElementById('cred')!, ['scimcred-', '004whl0kvfwcypbi9x2z']);
      textNodes(doc.getElementById('created')!, ['2024-05-', '01 10:20:30']);
    });
    expect(s.credentials).toEqual([
      {
        id: 'scimcred-004whl0kvfwcypbi9x2z',
        createdAt: new Date(2024, 4, 1, 10, 20, 30).getTime(),
        expiresAt: null,
        status: 'enabled',
      },
    ]);
  });

  it('reads a key rendered as two adjacent text nodes inside one span (China site)', () => {
    const dialog = `<div role="dialog" class="next-dialog"><div class="next-dialog-header">SCIM密钥生成成功</div>
      <div class="next-dialog-body"><div class="secret-box"><span id="key"></span><button>复制</button></div></div></div>`;
    const s = read(settings(`<span>${ENDPOINT}</span>`, dialog), (doc) =>
      textNodes(doc.getElementById('key')!, [KEY.slice(0, 9), KEY.slice(9)]),
    );
    expect(s.dialog?.secret).toBe(KEY);
  });

  it('reads a key split between a <span> and a <b> when neither half is key-like alone', () => {
    const dialog = `<div role="dialog"><div>SCIM Credential Generated</div>
      <p><span>${KEY.slice(0, 11)}</span><b>${KEY.slice(11)}</b></p></div>`;
    expect(read(settings(`<span>${ENDPOINT}</span>`, dialog)).dialog?.secret).toBe(KEY);
  });

  it('refuses a run whose pieces read as two different keys, rather than guess', () => {
    const dialog = `<div role="dialog"><div>SCIM Credential Generated</div>
      <p><span>Token</span><span>${KEY}</span></p></div>`;
    expect(read(settings(`<span>${ENDPOINT}</span>`, dialog)).dialog).toMatchObject({
      secret: null,
      ambiguous: true,
    });
  });

  it('reads a key after its label in the same line when the label is an element of its own', () => {
    const dialog = `<div role="dialog"><div>SCIM Credential Generated</div>
      <p><span>SCIM Credential</span><span>${KEY}</span></p></div>`;
    expect(read(settings(`<span>${ENDPOINT}</span>`, dialog)).dialog?.secret).toBe(KEY);
  });

  it('reads "Label: value" written in one line', () => {
    const s =
      read(`<h1>Settings</h1><div class="next-card"><h3>SCIM-based User Synchronization Configuration</h3>
      <p>SCIM Endpoint: <span>${ENDPOINT}</span></p></div>`);
    expect(s.endpoint).toBe(ENDPOINT);
  });
});
