import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createNotice } from '@/lib/portals/cloudsso/apply';
import { recordShadowRoots } from './shadow-roots';

let ctx: ContentScriptContext;
let rootOf: ReturnType<typeof recordShadowRoots>;
beforeEach(() => {
  fakeBrowser.reset();
  rootOf = recordShadowRoots();
  document.body.innerHTML = '<div id="root"></div>';
  ctx = new ContentScriptContext('test');
});
afterEach(() => ctx.abort());

const host = (): HTMLElement => document.querySelector('cloudsso-scim-assistant-notice')!;
const buttons = (): HTMLButtonElement[] => Array.from(rootOf(host())!.querySelectorAll('button'));
const text = (): string => rootOf(host())!.textContent ?? '';

function actions(opened = false): {
  forget: () => Promise<boolean>;
  openPanel: () => Promise<boolean>;
  calls: string[];
} {
  const calls: string[] = [];
  return {
    calls,
    forget: async () => {
      calls.push('forget');
      return true;
    },
    openPanel: async () => {
      calls.push('openPanel');
      return opened;
    },
  };
}

/** A click that looks like the user's: happy-dom lets a test mark an event trusted. */
function userClick(button: HTMLButtonElement): void {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button.dispatchEvent(event);
}

describe('the in-page notice', () => {
  it('after a capture, points to Entra first, shows the time left, and forgets on request', async () => {
    const acts = actions();
    const notice = await createNotice(ctx, acts);
    notice.kept(Date.now() + 30 * 60_000, 30);
    // In a shadow root the page's scripts cannot open.
    expect(rootOf(host())).not.toBeNull();
    expect(host().shadowRoot).toBeNull();
    expect(text()).toContain('Secret token');
    expect(text()).toMatch(/Forgotten in (30:00|29:5\d)/);
    expect(buttons().map((b) => [b.textContent, b.className])).toEqual([
      ['Continue in Entra', 'primary'],
      ['Forget the key', ''],
      ['Close', ''],
    ]);
    userClick(buttons()[1]!);
    await expect.poll(() => text()).toContain('The SCIM key was forgotten.');
    expect(acts.calls).toEqual(['forget']);
  });

  it('"Continue in Entra" opens the side panel, or says where to click where the browser refuses', async () => {
    const refused = actions(false);
    const notice = await createNotice(ctx, refused);
    notice.kept(Date.now() + 30 * 60_000, 30);
    buttons()[0]!.click(); // a page script's click does nothing
    expect(refused.calls).toEqual([]);
    userClick(buttons()[0]!);
    await expect.poll(() => text()).toContain('button in the browser’s toolbar');
    expect(refused.calls).toEqual(['openPanel']);
    // Still about the kept key: its countdown and Forget stay.
    expect(text()).toMatch(/Forgotten in/);
    ctx.abort();

    ctx = new ContentScriptContext('test');
    const opened = actions(true);
    const again = await createNotice(ctx, opened);
    again.kept(Date.now() + 30 * 60_000, 30);
    userClick(buttons()[0]!);
    await expect.poll(() => text()).toContain('The side panel is open');
  });

  it('follows the key’s new time when it is kept longer', async () => {
    const notice = await createNotice(ctx, actions());
    expect(notice.keyTime(Date.now() + 60_000)).toBe(false);
    notice.kept(Date.now() + 60_000, 30);
    expect(text()).toMatch(/Forgotten in (1:00|0:5\d)/);
    expect(notice.keyTime(Date.now() + 30 * 60_000)).toBe(true);
    expect(text()).toMatch(/Forgotten in (30:00|29:5\d)/);
  });

  it('asks first, and ignores a click a page script makes', async () => {
    const notice = await createNotice(ctx, actions());
    const answer = notice.ask(30);
    const keep = buttons().find((b) => b.textContent === 'Keep the key')!;
    keep.click(); // untrusted
    let settled = false;
    void answer.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    userClick(keep);
    await expect(answer).resolves.toBe(true);
  });

  it('answers "no" to an older question when a newer key is offered', async () => {
    const notice = await createNotice(ctx, actions());
    const first = notice.ask(30);
    const second = notice.ask(30);
    await expect(first).resolves.toBe(false);
    userClick(buttons().find((b) => b.textContent === 'Don’t keep')!);
    await expect(second).resolves.toBe(false);
  });

  it('answers "don\'t keep" to Escape while asking, and closes without re-opening', async () => {
    const notice = await createNotice(ctx, actions());
    const answer = notice.ask(30);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'isTrusted', { value: true });
    buttons()[0]!.dispatchEvent(escape);
    // Settled, so the offer that held the key ends and lets go of it.
    await expect(answer).resolves.toBe(false);
    notice.declined();
    expect(document.querySelector('cloudsso-scim-assistant-notice')).toBeNull();
    // The next question shows again, and "declined" after a button answer is said.
    const next = notice.ask(30);
    userClick(buttons().find((b) => b.textContent === 'Don’t keep')!);
    await expect(next).resolves.toBe(false);
    notice.declined();
    expect(text()).toContain('The SCIM key was not kept.');
  });

  it('stops saying "kept" once the background says the key is gone, and only then', async () => {
    const notice = await createNotice(ctx, actions());
    expect(notice.keyGone()).toBe(false);
    expect(document.querySelector('cloudsso-scim-assistant-notice')).toBeNull();
    notice.kept(Date.now() + 30 * 60_000, 30);
    expect(notice.keyGone()).toBe(true);
    expect(text()).toContain('The SCIM key was forgotten.');
    expect(buttons().map((b) => b.textContent)).toEqual(['Close']);
    // A question on screen is not about the kept key: it stays.
    void notice.ask(30);
    expect(notice.keyGone()).toBe(false);
    expect(text()).toContain('Keep this SCIM key');
  });

  it('goes away with the content script', async () => {
    const notice = await createNotice(ctx, actions());
    notice.failed();
    expect(host()).not.toBeNull();
    ctx.abort();
    expect(document.querySelector('cloudsso-scim-assistant-notice')).toBeNull();
  });
});

describe('a question nobody answers (#11)', () => {
  it('lapses after the time limit: the key is not kept and the notice says why', async () => {
    vi.useFakeTimers();
    try {
      const notice = await createNotice(ctx, actions());
      const answer = notice.ask(5);
      await vi.advanceTimersByTimeAsync(5 * 60_000 - 1000);
      expect(text()).toContain('Keep this SCIM key');
      await vi.advanceTimersByTimeAsync(1000);
      await expect(answer).resolves.toBe(false);
      notice.declined(); // what the capture says next must not hide the reason
      expect(text()).toContain('nobody answered within 5 minutes');
      expect(buttons().map((b) => b.textContent)).toEqual(['Close']);
    } finally {
      vi.useRealTimers();
    }
  });
});
