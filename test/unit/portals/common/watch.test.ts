import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onlyPaintChanged, watchPage, type WatchOptions } from '@/lib/portals/common/watch';

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = `<div id="root"><p id="text" class="label">Settings</p>
    <div id="spinner" class="spin" style="transform: rotate(0deg)"><svg><circle r="4"></circle></svg></div>
    <script id="data">{}</script></div>`;
  ctx = new ContentScriptContext('test');
  vi.useFakeTimers();
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

const OPTIONS: WatchOptions = {
  attributes: ['class', 'style', 'hidden', 'aria-hidden', 'role', 'stroke-dashoffset'],
  quietMs: 100,
  maxWaitMs: 500,
};
const $ = (id: string): HTMLElement => document.getElementById(id)!;

/** Lets the MutationObserver deliver, then runs the timers due in `ms`. */
async function elapse(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

/** Changes the page every `every` ms for `ms` with `change`, letting each batch be delivered. */
async function churn(ms: number, every: number, change: (i: number) => void): Promise<void> {
  for (let i = 0; i * every < ms; i++) {
    change(i);
    await elapse(every);
  }
}

/** Watches with `options`; `looks` holds the time of each look. */
function watching(options: Partial<WatchOptions> = {}): {
  looks: number[];
  watch: ReturnType<typeof watchPage>;
} {
  const looks: number[] = [];
  const watch = watchPage(ctx, () => looks.push(performance.now()), { ...OPTIONS, ...options });
  return { looks, watch };
}

describe('watching a page', () => {
  it('looks once at start, then once after a burst of changes, when the page is quiet', async () => {
    const { looks } = watching();
    expect(looks).toHaveLength(1);
    await churn(60, 5, (i) => $('root').append(`line ${i}`));
    expect(looks).toHaveLength(1);
    await elapse(150);
    expect(looks).toHaveLength(2);
    await elapse(2_000);
    expect(looks).toHaveLength(2);
  });

  it('still reads a page that never stops changing, once per longest wait and no more', async () => {
    const { looks } = watching();
    await churn(3_000, 10, (i) => ($('text').textContent = `Settings ${i}`));
    // A quiet-only debounce would never have looked; one look per change would be 300.
    expect(looks.length - 1).toBeGreaterThanOrEqual(5);
    expect(looks.length - 1).toBeLessThanOrEqual(7);
  });

  it('stops observing between looks while the page keeps changing, and calms down after', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const { looks } = watching();
    await churn(3_000, 10, (i) => ($('text').textContent = `Settings ${i}`));
    // Off after each change that follows a forced look, on again after each look.
    expect(disconnect.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(observe.mock.calls.length).toBeGreaterThanOrEqual(disconnect.mock.calls.length);
    await elapse(2_000);
    const quietFrom = performance.now();
    const before = looks.length;
    $('root').append('one more line');
    await elapse(150);
    // Quiet again: a single change is read once the page is quiet, not after the longest wait.
    expect(looks.length).toBe(before + 1);
    expect(looks.at(-1)! - quietFrom).toBeLessThanOrEqual(150);
  });

  it('does not look for changes that cannot change what it reads', async () => {
    const detached = document.createElement('p');
    const ours = document.createElement('our-notice');
    document.body.append(ours);
    const { looks } = watching({
      ignore: (r) => r.target instanceof Element && r.target.closest('our-notice') !== null,
    });
    await elapse(0);
    const before = looks.length;
    await churn(1_000, 10, (i) => {
      $('spinner').style.transform = `rotate(${i * 10}deg)`;
      $('spinner').style.opacity = String((i % 10) / 10);
      document.querySelector('circle')!.setAttribute('stroke-dashoffset', String(i));
      document
        .querySelector('svg')!
        .append(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
      $('data').textContent = `{"tick":${i}}`;
      $('text').setAttribute('class', $('text').getAttribute('class') ?? '');
      detached.textContent = `detached ${i}`;
      ours.textContent = `ours ${i}`;
    });
    await elapse(1_000);
    expect(looks.length).toBe(before);
  });

  it('looks when a change can show, hide or re-flow what it reads', async () => {
    const { looks } = watching();
    const changes: (() => void)[] = [
      () => ($('spinner').style.display = 'none'),
      () => ($('spinner').style.visibility = 'hidden'),
      () => $('spinner').style.setProperty('--shown', 'none'),
      () => $('spinner').setAttribute('class', 'spin done'),
      () => $('text').setAttribute('hidden', ''),
      () => document.querySelector('svg')!.setAttribute('class', 'gone'),
      () => ($('text').firstChild as Text).replaceData(0, 3, 'Pre'),
    ];
    for (const change of changes) {
      const before = looks.length;
      change();
      await elapse(200);
      expect(looks.length, change.toString()).toBe(before + 1);
    }
  });

  it('reads at once what must be, however busy the page', async () => {
    const { looks, watch } = watching();
    await churn(300, 10, (i) => ($('text').textContent = `busy ${i}`));
    const asked = performance.now();
    const before = looks.length;
    watch.changed(true);
    await churn(100, 10, (i) => ($('text').textContent = `still busy ${i}`));
    // Not the 500 ms the page's churn would otherwise make it wait.
    expect(looks.slice(before)[0]! - asked).toBeLessThanOrEqual(60);
  });

  it('waits for quiet before the first look when asked, and for the longest wait at most', async () => {
    const { looks } = watching({ first: 'when-quiet' });
    expect(looks).toHaveLength(0);
    await elapse(150);
    expect(looks).toHaveLength(1);

    ctx.abort();
    ctx = new ContentScriptContext('test');
    const busy = watching({ first: 'when-quiet' });
    await churn(600, 10, (i) => ($('text').textContent = `rendering ${i}`));
    expect(busy.looks).toHaveLength(1);
  });

  it('reads a slow page less often while it keeps changing (the looks take about 1%)', async () => {
    let clock = 0;
    const looks: number[] = [];
    watchPage(
      ctx,
      () => {
        looks.push(clock + performance.now());
        clock += 25; // each look takes 25 ms of the main thread
      },
      { ...OPTIONS, now: () => clock + performance.now() },
    );
    await churn(6_000, 10, (i) => ($('text').textContent = `tick ${i}`));
    const gaps = looks.slice(2).map((t, i) => t - looks[i + 1]!);
    expect(gaps.length).toBeGreaterThan(0);
    // 100 times 25 ms apart, not the 500 ms longest wait.
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(2_500);
  });

  it('keeps a very slow page’s reading at most about 3 s behind while it keeps changing', async () => {
    let clock = 0;
    const looks: number[] = [];
    watchPage(
      ctx,
      () => {
        looks.push(clock + performance.now());
        clock += 100; // a busy machine: each look takes 100 ms
      },
      { ...OPTIONS, now: () => clock + performance.now() },
    );
    await churn(15_000, 10, (i) => ($('text').textContent = `tick ${i}`));
    const gaps = looks.slice(2).map((t, i) => t - looks[i + 1]!);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    // 100 times 100 ms would be 10 s between readings; they come every 3 s or so instead.
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(3_000 + 100 + 500);
  });

  it('stops with the content script', async () => {
    const { looks } = watching();
    $('root').append('change');
    ctx.abort();
    await elapse(5_000);
    expect(looks).toHaveLength(1);
  });

  it('says whether a look is owed', async () => {
    const { looks, watch } = watching();
    expect(watch.pending()).toBe(false);
    $('root').append('change');
    await elapse(0);
    expect(watch.pending()).toBe(true);
    await elapse(200);
    expect(watch.pending()).toBe(false);
    expect(looks).toHaveLength(2);
  });
});

describe('inline style changes', () => {
  it('that only move or paint do not count; anything else does', () => {
    expect(
      onlyPaintChanged('transform: rotate(1deg)', 'transform: rotate(2deg); opacity: .5'),
    ).toBe(true);
    expect(onlyPaintChanged(null, 'color: red')).toBe(true);
    expect(onlyPaintChanged('color: red', 'color: red; display: none')).toBe(false);
    expect(onlyPaintChanged('width: 1px', 'width: 2px')).toBe(false);
    expect(onlyPaintChanged('', '--mode: hidden')).toBe(false);
    // A declaration it cannot split is a change too.
    expect(onlyPaintChanged('', 'background: url(data:image/png;base64,AAAA)')).toBe(false);
  });
});
