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
});
