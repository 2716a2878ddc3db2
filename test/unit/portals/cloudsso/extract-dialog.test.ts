import { describe, expect, it } from 'vitest';
import { KEY, read } from './html';

function dialog(title: string, body: string, close = 'OK', extra = ''): string {
  return `<div class="next-overlay-wrapper"><div role="dialog" aria-modal="true" class="next-dialog"${extra}>
    <div class="next-dialog-header">${title}</div>
    <div class="next-dialog-body">${body}</div>
    <div class="next-dialog-footer"><button class="next-btn">${close}</button></div></div></div>`;
}

const ID = 'scimcred-004whl0kvfwcypbi9x2z';

describe('the "SCIM Credential Generated" dialog', () => {
  it.each([
    ['EN', 'SCIM Credential Generated', 'OK'],
    ['EN older', 'SCIM Credential Generated', 'Close'],
    ['ZH-CN older', 'SCIM 密钥生成成功', '关闭'],
    ['ZH-CN', 'SCIM密钥生成成功', '确定'],
    ['ZH-TW', 'SCIM密鑰產生成功', '確定'],
    ['JA', 'SCIM キーが生成されました', 'OK'],
  ])('%s: reads the key, the credential id and the time', (_name, title, close) => {
    const s = read(
      dialog(
        title,
        `<p>${ID}</p><p>2024-05-01 10:20:30</p><div class="secret"><code>${KEY}</code></div>`,
        close,
      ),
    );
    expect(s.dialog).toEqual({
      secret: KEY,
      ambiguous: false,
      credentialId: ID,
      createdAt: new Date(2024, 4, 1, 10, 20, 30).getTime(),
    });
  });

  it('reads the key from a read-only input', () => {
    const s = read(
      dialog(
        'SCIM Credential Generated',
        `<input readonly class="next-input" value="${KEY}"><button>Copy</button>`,
      ),
    );
    expect(s.dialog?.secret).toBe(KEY);
    expect(s.dialog?.credentialId).toBeNull();
  });

  it('prefers the labelled field when other tokens are shown too', () => {
    const s = read(
      dialog(
        'SCIM Credential Generated',
        `<div><span>Request ID</span><span>7Bc9D0e1F2a3B4c5D6e7</span></div>
         <div><span>SCIM Credential</span><span>${KEY}</span></div>`,
      ),
    );
    expect(s.dialog?.secret).toBe(KEY);
  });

  it('reads "Secret: <key>" written in one text', () => {
    expect(read(dialog('SCIM キーが生成されました', `<p>キー: ${KEY}</p>`)).dialog?.secret).toBe(
      KEY,
    );
  });

  it('yields no key, and says why, when two unlabelled tokens are shown', () => {
    const s = read(
      dialog('SCIM Credential Generated', `<code>${KEY}</code><code>Other8Token9Value0xyz</code>`),
    );
    expect(s.dialog).toMatchObject({ secret: null, ambiguous: true });
  });

  it('does not take words, ids, dates or URLs for the key', () => {
    const s = read(
      dialog(
        'SCIM Credential Generated',
        `<p>Synchronization</p><p>${ID}</p><p>2024-05-01T10:20:30Z</p><p>https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/</p><p>ABCDEFGHIJKLMNOPQRSTU</p>`,
      ),
    );
    expect(s.dialog).toMatchObject({ secret: null, ambiguous: false, credentialId: ID });
  });

  it('treats a hidden dialog left in the page as closed', () => {
    expect(
      read(
        dialog('SCIM Credential Generated', `<code>${KEY}</code>`, 'OK', ' style="display:none"'),
      ).dialog,
    ).toBeNull();
    expect(
      read(
        `<div aria-hidden="true">${dialog('SCIM Credential Generated', `<code>${KEY}</code>`)}</div>`,
      ).dialog,
    ).toBeNull();
  });

  it('sees no dialog on a page without one', () => {
    expect(read('<h1>Settings</h1><p>SCIM Credential</p>').dialog).toBeNull();
  });
});

describe('a key dialog under a title the capture does not know', () => {
  it('is noticed when it shows a credential id or a key, and never read for the key', () => {
    for (const body of [
      `<p>${ID}</p>`,
      `<input class="next-input" readonly value="${KEY}">`,
      `<p>Secret: ${KEY}</p>`,
    ]) {
      const s = read(dialog('SCIM Key Created', body));
      expect(s.untitledKeyDialog, body).toBe(true);
      expect(s.dialog, body).toBeNull();
    }
  });

  it('is not confused with the known dialog, a dialog without a key, or a hidden one', () => {
    expect(read(dialog('SCIM Credential Generated', `<code>${KEY}</code>`)).untitledKeyDialog).toBe(
      false,
    );
    expect(
      read(dialog('Delete directory?', '<p>This cannot be undone.</p>')).untitledKeyDialog,
    ).toBe(false);
    expect(
      read(dialog('SCIM Key Created', `<code>${KEY}</code>`, 'OK', ' style="display: none"'))
        .untitledKeyDialog,
    ).toBe(false);
  });
});
