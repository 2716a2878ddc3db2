import { describe, expect, it } from 'vitest';
import { cycleState } from '@/lib/portals/azure/cycle/decide';
import { extractProvisioningStatus } from '@/lib/portals/azure/cycle/extract';

function read(html: string) {
  document.body.innerHTML = html;
  return extractProvisioningStatus(document);
}

describe('Overview: current cycle status', () => {
  it('reads the new experience line, its value split across text nodes and inline elements', () => {
    const v = read(
      `<div role="toolbar"><button>Start provisioning</button><button>Refresh</button></div>
       <div><span>Current cycle status: </span><b>Incre<span>mental</span> sync completed</b></div>`,
    );
    expect(v).toEqual({
      cycleText: 'Incremental sync completed',
      cycle: 'completed',
      quarantine: false,
      onDemand: null,
    });
  });

  it('reads the classic blade, label and value in two cells', () => {
    const v = read(`<dl><dt>Current cycle status</dt><dd>Initial cycle completed.</dd></dl>`);
    expect(v?.cycleText).toBe('Initial cycle completed.');
    expect(v?.cycle).toBe('completed');
  });

  it('reads Chinese, with a full-width colon', () => {
    const v = read(`<div><span>当前周期状态：</span><b>增量</b>同步已完成</div>`);
    expect(v?.cycleText).toBe('增量同步已完成');
    expect(v?.cycle).toBe('completed');
    const split = read(`<dl><dt>当前周期状态</dt><dd>增量周期正在进行</dd></dl>`);
    expect(split?.cycle).toBe('in-progress');
  });

  it('sees quarantine in the banner even when the status still says completed', () => {
    const v = read(
      `<div role="alert">This application is in quarantine. Review the error details.</div>
       <dl><dt>Current cycle status</dt><dd>Incremental cycle completed</dd></dl>`,
    );
    expect(v?.quarantine).toBe(true);
    expect(v?.cycle).toBe('completed');
    const zh = read(`<div role="alert">此应用程序处于隔离状态。</div>`);
    expect(zh).toMatchObject({ quarantine: true, cycle: null });
  });

  it('does not read hidden text, and says nothing on a page without status', () => {
    expect(read(`<p>Provisioning has not started.</p>`)).toBeNull();
    expect(
      read(`<div hidden><span>Current cycle status: </span><b>Initial cycle completed</b></div>`),
    ).toBeNull();
  });

  it('names the states, quarantine and failure before completion', () => {
    expect(cycleState('Quarantine')).toBe('quarantine');
    expect(cycleState('Incremental cycle failed')).toBe('failed');
    expect(cycleState('Incremental cycle in progress')).toBe('in-progress');
    expect(cycleState('初始周期已完成。')).toBe('completed');
    expect(cycleState('隔离')).toBe('quarantine');
    expect(cycleState('Paused')).toBe('unknown');
  });
});

describe('Provision on demand result', () => {
  const page = (outcomes: string[], lang: 'en' | 'zh' = 'en') => {
    const steps =
      lang === 'en'
        ? ['Test connection', 'Import user', 'Determine if user is in scope', 'Perform action']
        : ['测试连接', '导入用户', '确定用户是否在范围内', '执行操作'];
    return `<h2>${lang === 'en' ? 'Provision on demand' : '按需预配'}</h2><ol>${steps
      .map((s, i) => `<li><div>${s}</div><div>${outcomes[i] ?? ''}</div></li>`)
      .join('')}</ol>`;
  };

  it('success when every step up to Perform action succeeded', () => {
    expect(read(page(['Success', 'Success', 'Success', 'Success']))?.onDemand).toBe('success');
    expect(read(page(['成功', '成功', '成功', '成功'], 'zh'))?.onDemand).toBe('success');
  });

  it('failure when a step failed', () => {
    expect(read(page(['Success', 'Success', 'Success', 'Failure']))?.onDemand).toBe('failure');
    expect(read(page(['成功', '失败'], 'zh'))?.onDemand).toBe('failure');
  });

  it('reads the classic blade: its title "<app> | Provision on demand", extra wrappers', () => {
    const v = read(
      `<section class="fxs-blade"><h2 class="fxs-blade-title-titleText">CloudSSO | Provision on demand</h2>
       <ol><li><div><span>Test </span><span>connection</span></div><div><span>Success</span></div></li>
       <li><div><b>Perform</b> action</div><div><span><span>Success</span></span></div></li></ol></section>`,
    );
    expect(v?.onDemand).toBe('success');
  });

  it('reads nothing on the classic logs page: its menu item, a failed entry open', () => {
    // The provisioning blade's menu names Provision on demand on every page; an open entry's
    // steps end in "Perform action: Failure" and its reason may mention quarantine.
    const v = read(
      `<nav><ul><li><a href="#">Overview</a></li><li><a href="#">Provision on demand</a></li></ul></nav>
       <h2>CloudSSO | Provisioning logs</h2>
       <table><tr><th>Identity</th><th>Status</th></tr><tr><td>Bob Li</td><td>Failure</td></tr></table>
       <div class="fxs-contextpane"><h2 data-pane-title>Activity details</h2>
         <ol><li><div>Import from source</div><div>Success</div></li>
         <li><div>Perform action</div><div>Failure</div></li></ol>
         <div><div>Reason</div><div>The job is in quarantine after repeated 401 answers.</div></div>
       </div>`,
    );
    expect(v).toBeNull();
  });

  it('no result on the search form or a menu item of that name', () => {
    expect(read(`<h2>Provision on demand</h2><input type="search">`)).toBeNull();
    expect(read(`<ul><li><a href="#">Provision on demand</a></li></ul>`)).toBeNull();
  });
});
