import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCapture } from '@/lib/portals/cloudsso/capture';
import { cloudssoOnDemand } from '@/lib/portals/cloudsso/on-demand';
import { settingsItem } from '@/lib/storage';
import { formItem, fusionSwitch, KEY } from './html';
import { recordShadowRoots } from './shadow-roots';

interface Sent {
  type: string;
  payload: Record<string, unknown>;
}

let ctx: ContentScriptContext;
// Looks are paced by how long they take (common/watch.ts), and happy-dom reads pages slowly.
const SLOW = { timeout: 5_000 };
let sent: Sent[];
let rootOf: ReturnType<typeof recordShadowRoots>;
const notice = (): Element | null => document.querySelector('cloudsso-scim-assistant-notice');
beforeEach(() => {
  fakeBrowser.reset();
  rootOf = recordShadowRoots();
  document.body.innerHTML = '<div id="root">Loading…</div>';
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Sent) => {
    sent.push(message);
    if (message.type === 'capture.secret')
      return { ok: true, data: { forgetAt: Date.now() + 1_800_000, ttlMinutes: 30 } };
    if (message.type === 'capture.page') return { ok: true, data: null };
    if (message.type === 'capture.policy') {
      // What the background answers (test/unit/capture/handlers.test.ts): Settings, as stored.
      const settings = await settingsItem.get();
      return {
        ok: true,
        data: { askFirst: settings.askBeforeKeepingSecret, ttlMinutes: settings.secretTtlMinutes },
      };
    }
    return { ok: true, data: { forgotten: true } };
  }) as never);
  ctx = new ContentScriptContext('test');
});
afterEach(() => ctx.abort());

const settings = `<h1>Settings</h1><section><h3>SCIM-based User Synchronization Configuration</h3>
  ${formItem('SCIM synchronization switch', fusionSwitch(true))}
  ${formItem('SCIM Endpoint', '<span>https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/</span>')}</section>`;
const dialog = `<div role="dialog" class="next-dialog"><div>SCIM Credential Generated</div><code>${KEY}</code><button>OK</button></div>`;

describe('the capture on a console page', () => {
  it('follows late rendering and a dialog, and hands the key over once, to the background only', async () => {
    startCapture(ctx, cloudssoOnDemand.start(ctx).offer);
    document.getElementById('root')!.innerHTML = settings;
    await vi.waitFor(
      () => expect(sent.find((m) => m.type === 'capture.page' && m.payload.endpoint)).toBeDefined(),
      SLOW,
    );
    document.body.insertAdjacentHTML('beforeend', dialog);
    await vi.waitFor(
      () => expect(sent.filter((m) => m.type === 'capture.secret')).toHaveLength(1),
      SLOW,
    );
    // More changes while the same dialog stays open do not hand the key over again.
    document.getElementById('root')!.insertAdjacentHTML('beforeend', '<p>tick</p>');
    await vi.waitFor(
      () => expect(document.querySelector('cloudsso-scim-assistant-notice')).not.toBeNull(),
      SLOW,
    );
    document.querySelector('[role="dialog"]')!.remove();
    document.querySelector('[role="switch"]')!.setAttribute('aria-checked', 'false');
    await vi.waitFor(() => expect(sent.at(-1)?.payload.syncEnabled).toBe(false), SLOW);
    expect(sent.filter((m) => m.type === 'capture.secret')).toHaveLength(1);
    expect(
      sent
        .filter((m) => m.type !== 'capture.secret')
        .map((m) => JSON.stringify(m))
        .join(),
    ).not.toContain(KEY);
    expect(document.body.innerHTML + (rootOf(notice())?.innerHTML ?? '')).not.toContain(KEY);
  }, 20_000);

  it('keeps nothing until the admin says so when the setting asks first', async () => {
    await settingsItem.set({
      secretTtlMinutes: 30,
      askBeforeKeepingSecret: true,
      fillWhenFormAppears: false,
      clipboardClearSeconds: 60,
    });
    startCapture(ctx, cloudssoOnDemand.start(ctx).offer);
    document.getElementById('root')!.innerHTML = settings + dialog;
    await vi.waitFor(() => {
      expect(rootOf(notice())?.textContent).toContain('Keep this SCIM key');
    }, SLOW);
    expect(sent.filter((m) => m.type === 'capture.secret')).toHaveLength(0);
  }, 20_000);
});
