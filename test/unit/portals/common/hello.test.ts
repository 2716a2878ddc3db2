import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announceAndListen, type Answer } from '@/lib/portals/common/hello';

type Listener = (raw: unknown, sender: object, respond: (r: unknown) => void) => unknown;

const OWN = fakeBrowser.runtime.id;
const worker = { id: OWN, url: `chrome-extension://${OWN}/background.js` };
const otherExtension = { id: 'another', url: 'chrome-extension://another/background.js' };
const ping = { type: 'content.ping', payload: {} };

let ctx: ContentScriptContext;
let listener: Listener;
let sent: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
    sent.push(m);
    return { ok: true, data: null };
  }) as never);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: Listener) => {
    listener = l;
  }) as never);
  ctx = new ContentScriptContext('test');
});
afterEach(() => ctx.abort());

/** What the listener answers `raw` from `sender`. */
function ask(raw: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => listener(raw, sender, resolve));
}

describe('a content script’s start', () => {
  it('announces itself with a notification', () => {
    announceAndListen(ctx, vi.fn());
    expect(sent).toEqual([
      { type: 'content.hello', payload: { href: location.href, frame: 'top' } },
    ]);
  });

  it('acknowledges the extension’s ping without loading its on-demand module', async () => {
    const load = vi.fn<() => Promise<Answer>>();
    announceAndListen(ctx, load);
    await expect(ask(ping, worker)).resolves.toEqual({ ok: true, data: null });
    expect(load).not.toHaveBeenCalled();
  });

  it('hands every other message, and a ping from anyone else, to the on-demand router', async () => {
    const route = vi.fn<Answer>(async () => ({ ok: false, error: { code: 'bad-sender' } }));
    const load = vi.fn(async () => route);
    announceAndListen(ctx, load);
    await ask(ping, otherExtension);
    await ask({ type: 'content.outline', payload: { words: [] } }, worker);
    await ask('content.ping', worker);
    expect(route.mock.calls.map(([raw]) => raw)).toEqual([
      ping,
      { type: 'content.outline', payload: { words: [] } },
      'content.ping',
    ]);
  });

  it('answers with a refusal when the on-demand module cannot load', async () => {
    announceAndListen(ctx, () => Promise.reject(new Error('extension reloaded')));
    await expect(ask({ type: 'content.outline', payload: { words: [] } }, worker)).resolves.toEqual(
      { ok: false, error: { code: 'unreachable', message: expect.any(String) as string } },
    );
  });
});
