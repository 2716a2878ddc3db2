import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeConsole } from '@/lib/portals/cloudsso/observe';

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
  ctx = new ContentScriptContext('test');
  vi.useFakeTimers();
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

/** Lets the MutationObserver deliver, then runs the timers due in `ms`. */
async function elapse(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watching the console page', () => {
  it('looks after changes, at most once per interval, and once more when the page settles', async () => {
    const looks: boolean[] = [];
    observeConsole(
      ctx,
      ({ settled }) => looks.push(settled),
      () => undefined,
    );
    await elapse(0);
    expect(looks).toEqual([false]);
    const root = document.getElementById('root')!;
    for (let i = 0; i < 20; i++) {
      root.setAttribute('class', `busy-${i}`);
      await elapse(10);
    }
    // 200 ms of changes every 10 ms: a couple of throttled looks, not twenty.
    expect(looks.length).toBeLessThanOrEqual(4);
    await elapse(2_000);
    expect(looks.at(-1)).toBe(true);
  });

  it('adds no listener per change to the script context, and stops every timer with it', async () => {
    const listen = vi.spyOn(ctx, 'onInvalidated');
    const look = vi.fn();
    observeConsole(ctx, look, () => undefined);
    const registered = listen.mock.calls.length;
    const root = document.getElementById('root')!;
    for (let i = 0; i < 50; i++) {
      root.append(document.createElement('span'));
      await elapse(50);
    }
    expect(listen.mock.calls.length).toBe(registered);
    root.append(document.createElement('span'));
    await Promise.resolve();
    const before = look.mock.calls.length;
    ctx.abort();
    await elapse(5_000);
    expect(look.mock.calls.length).toBe(before);
  });

  it('does not look again for its own notice coming and going', async () => {
    const look = vi.fn();
    observeConsole(ctx, look, () => undefined);
    await elapse(2_000);
    const before = look.mock.calls.length;
    const host = document.createElement('cloudsso-scim-assistant-notice');
    document.body.append(host);
    await elapse(2_000);
    host.append(document.createElement('div'));
    host.remove();
    await elapse(2_000);
    expect(look.mock.calls.length).toBe(before);
    document.getElementById('root')!.append('late content');
    await elapse(2_000);
    expect(look.mock.calls.length).toBeGreaterThan(before);
  });

  it('reads a dialog at once when it opens and when its content arrives, however busy the page', async () => {
    const looks: number[] = [];
    observeConsole(
      ctx,
      () => looks.push(performance.now()),
      () => undefined,
    );
    const root = document.getElementById('root')!;
    const busy = async (ms: number): Promise<void> => {
      for (let i = 0; i * 10 < ms; i++) {
        root.textContent = `list ${i}`;
        await elapse(10);
      }
    };
    await busy(2_000);
    // An overlay opens under <body> with the dialog's frame; the key arrives a moment later.
    const opened = performance.now();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="next-overlay-wrapper"><div role="dialog" class="next-dialog"><div class="next-dialog-body">Loading…</div></div></div>',
    );
    let before = looks.length;
    await busy(100);
    expect(looks.slice(before)[0]! - opened).toBeLessThanOrEqual(60);
    await busy(200);
    const filled = performance.now();
    document.querySelector('.next-dialog-body')!.replaceChildren('SCIM Credential Generated');
    before = looks.length;
    await busy(100);
    // Not the half second the busy list would otherwise make it wait.
    expect(looks.slice(before)[0]! - filled).toBeLessThanOrEqual(60);
  });

  it('follows a dialog that was open before the script started', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="next-overlay-wrapper"><div role="dialog"><p>Loading…</p></div></div>',
    );
    const looks: number[] = [];
    observeConsole(
      ctx,
      () => looks.push(performance.now()),
      () => undefined,
    );
    const root = document.getElementById('root')!;
    for (let i = 0; i < 100; i++) {
      root.textContent = `list ${i}`;
      await elapse(10);
    }
    const filled = performance.now();
    document.querySelector('[role="dialog"] p')!.textContent = 'SCIM Credential Generated';
    const before = looks.length;
    for (let i = 0; i < 10; i++) {
      root.textContent = `more ${i}`;
      await elapse(10);
    }
    expect(looks.slice(before)[0]! - filled).toBeLessThanOrEqual(60);
  });
});
