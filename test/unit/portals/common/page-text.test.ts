import { beforeEach, describe, expect, it } from 'vitest';
import { createPageText } from '@/lib/portals/common/page-text';

/** Renders markup (with optional CSS) and returns the texts of the runs under #root. */
function runs(html: string, css = ''): string[] {
  document.head.innerHTML = css ? `<style>${css}</style>` : '';
  document.body.innerHTML = `<div id="root">${html}</div>`;
  const page = createPageText(document);
  return page.runs(document.getElementById('root')!).map((r) => r.text);
}

describe('runs of text, as a person reads them', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  it('joins adjacent text nodes of one element (React renders each expression as its own node)', () => {
    document.body.innerHTML = '<span id="s"></span>';
    const span = document.getElementById('s')!;
    for (const part of ['https://cloudsso-scim-', 'cn-shanghai', '.aliyun.com/scim/v2/'])
      span.append(document.createTextNode(part));
    const page = createPageText(document);
    expect(page.runs(document.body).map((r) => r.text)).toEqual([
      'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
    ]);
    expect(page.runs(document.body)[0]!.pieces).toHaveLength(1);
  });

  it('joins inline elements, word-break opportunities and comments into one run', () => {
    expect(
      runs(
        '<p>https://<b>cloudsso-scim-</b><wbr><a href="#">cn-shanghai</a><!-- x -->.aliyun.com/<span>scim/v2/</span></p>',
      ),
    ).toEqual(['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/']);
  });

  it('separates blocks, cells, list items and line breaks', () => {
    expect(runs('<div>SCIM Endpoint</div><div>https://a.example/</div>')).toEqual([
      'SCIM Endpoint',
      'https://a.example/',
    ]);
    expect(
      runs('<table><tr><td>scimcred-abcd1234</td><td>Enabled</td><td>2024-05-01</td></tr></table>'),
    ).toEqual(['scimcred-abcd1234', 'Enabled', '2024-05-01']);
    expect(runs('<ul><li>one</li><li>two</li></ul>')).toEqual(['one', 'two']);
    expect(runs('first line<br>second line')).toEqual(['first line', 'second line']);
  });

  it('keeps a button label apart from the value beside it', () => {
    expect(runs('<span>https://a.example/scim/v2/</span><button>Copy</button>')).toEqual([
      'https://a.example/scim/v2/',
      'Copy',
    ]);
    expect(runs('<span>value</span><span role="button">Copy</span>')).toEqual(['value', 'Copy']);
  });

  it('does not read hidden text, and hidden text does not split a run', () => {
    expect(
      runs(
        'https://a.example/<span class="sr-only">copy</span>scim/v2/<i aria-hidden="true">content_copy</i><span hidden>x</span><span style="display:none">y</span>',
        '.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}',
      ),
    ).toEqual(['https://a.example/scim/v2/']);
  });

  it('treats flex and grid items as boxes of their own, whatever their tag', () => {
    expect(
      runs(
        '<div class="row"><span>SCIM Credential</span><span>Zq8ddT2XkW4pLm9RvB3nYc7</span></div>',
        '.row{display:flex;gap:8px}',
      ),
    ).toEqual(['SCIM Credential', 'Zq8ddT2XkW4pLm9RvB3nYc7']);
    expect(runs('<div style="display:grid"><span>a</span><span>b</span></div>')).toEqual([
      'a',
      'b',
    ]);
  });

  it('follows CSS that turns an inline element into a block, or a block into inline', () => {
    expect(runs('<span style="display:block">a</span><span>b</span>')).toEqual(['a', 'b']);
    expect(
      runs('<div style="display:inline">ab</div><div style="display:inline">cd</div>'),
    ).toEqual(['abcd']);
  });

  it('drops invisible characters and collapses white space', () => {
    expect(runs('<p>  SCIM\u00a0 End\u200bpoint \n</p>')).toEqual(['SCIM Endpoint']);
  });

  it('records where the page split a run between elements', () => {
    document.body.innerHTML = '<p id="p"><span>SCIM Credential</span><span>Zq8dd</span>T2Xk</p>';
    const page = createPageText(document);
    const [run] = page.runs(document.getElementById('p')!);
    expect(run!.pieces).toEqual(['SCIM Credential', 'Zq8dd', 'T2Xk']);
    expect(run!.element.id).toBe('p');
  });

  it('names the smallest element holding the run', () => {
    document.body.innerHTML =
      '<div class="item"><div class="label"><label id="l">SCIM <span>Endpoint</span></label></div><div class="control"><span id="v">https://x/</span></div></div>';
    const page = createPageText(document);
    const [label, value] = page.runs(document.body);
    expect(label!.element.id).toBe('l');
    expect(label!.block.className).toBe('label');
    expect(value!.element.id).toBe('v');
  });

  it('reads an element as its runs joined by one space', () => {
    document.body.innerHTML =
      '<tr id="row"></tr><table><tbody><tr id="r"><td>scimcred-abcd1234</td><td>2024-05-<b>01</b> 10:20</td></tr></tbody></table>';
    const page = createPageText(document);
    expect(page.text(document.getElementById('r')!)).toBe('scimcred-abcd1234 2024-05-01 10:20');
  });
});
