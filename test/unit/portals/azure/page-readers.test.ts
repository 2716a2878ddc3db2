import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageReaders } from '@/lib/portals/azure/page-readers';

// The content script's one check after each quiet page: which frames load the on-demand readers.
let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<main><h2>Connectivity</h2><p>Tenant URL</p></main>';
  ctx = new ContentScriptContext('test');
});
afterEach(() => ctx.abort());

/** The readers, answering `more` (still something to follow) each time they run. */
function setup(more: boolean[]) {
  const read = vi.fn(() => Promise.resolve(more.shift() ?? false));
  return { readers: createPageReaders(ctx, read), read };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('page readers: the trigger', () => {
  it('a page with nothing of theirs never loads them', async () => {
    const { readers, read } = setup([]);
    readers.check({ page: 'credentials-form', titles: ['CloudSSO | Provisioning'] });
    readers.check({ page: 'unknown', titles: [] });
    await settle();
    expect(read).not.toHaveBeenCalled();
  });

  it('the Overview and the logs page, by the kind the content script recognised', async () => {
    for (const page of ['provisioning-overview', 'provisioning-logs'] as const) {
      const { readers, read } = setup([false]);
      readers.check({ page, titles: [] });
      await settle();
      expect(read).toHaveBeenCalledTimes(1);
    }
  });

  it('Provision on demand by its title, in English or Chinese, on the page or its blade', async () => {
    for (const title of ['Provision on demand', 'CloudSSO | 按需预配']) {
      const { readers, read } = setup([false]);
      readers.check({ page: 'unknown', titles: [title] });
      await settle();
      expect(read).toHaveBeenCalledTimes(1);
    }
  });

  it('a details pane or a table, by the page itself', async () => {
    document.body.innerHTML = '<div class="ms-Panel" role="dialog"><h2>Activity details</h2></div>';
    const { readers, read } = setup([false]);
    readers.check({ page: 'unknown', titles: [] });
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('once loaded, asked again until nothing is left to show or withdraw', async () => {
    const { readers, read } = setup([true, false]);
    readers.check({ page: 'provisioning-overview', titles: [] });
    await settle();
    // The Overview left: the readers still run once, to withdraw what they said.
    readers.check({ page: 'credentials-form', titles: [] });
    await settle();
    readers.check({ page: 'credentials-form', titles: [] });
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
