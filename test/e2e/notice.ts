import type { BrowserContext, Page } from 'playwright-core';
import { eventually, evaluateInContentScript } from './harness';

/**
 * The in-page notice, as a test reaches it. Its shadow root is closed: the page cannot read it,
 * and neither can a test from the page's world. The content script's own isolated world can
 * (`chrome.dom.openOrClosedShadowRoot`), so the test reads the notice there, and presses its
 * buttons as the admin does: a real mouse click at the button's place, or the keyboard.
 */

interface Seen {
  shown: boolean;
  /** Everything the notice says, buttons included. */
  text: string;
  status: string;
  buttons: { name: string; x: number; y: number; focused: boolean; primary: boolean }[];
}

const READ = `(() => {
  const host = document.querySelector('cloudsso-scim-assistant-notice');
  const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
  const region = root?.querySelector('[role="region"]');
  if (!root || !region) return { shown: false, text: '', status: '', buttons: [] };
  return {
    shown: true,
    text: region.textContent ?? '',
    status: root.querySelector('[role="status"]')?.textContent ?? '',
    buttons: Array.from(root.querySelectorAll('button'), (b) => {
      const r = b.getBoundingClientRect();
      return { name: b.getAttribute('aria-label') || b.textContent || '', x: r.x + r.width / 2, y: r.y + r.height / 2, focused: root.activeElement === b, primary: b.classList.contains('primary') };
    }),
  };
})()`;

export class NoticeDriver {
  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {}

  async read(): Promise<Seen> {
    const seen = await evaluateInContentScript(this.context, this.page, READ);
    if (!seen.injected) throw new Error('No content script on this page');
    return seen.value as Seen;
  }

  /** Waits until the notice's status says `text` (a part of it). */
  waitForStatus(text: string | RegExp): Promise<Seen> {
    return eventually(
      () => this.read(),
      (s) => (typeof text === 'string' ? s.status.includes(text) : text.test(s.status)),
    );
  }

  waitForButton(name: string): Promise<Seen> {
    return eventually(
      () => this.read(),
      (s) => s.buttons.some((b) => b.name === name),
    );
  }

  waitGone(): Promise<Seen> {
    return eventually(
      () => this.read(),
      (s) => !s.shown,
    );
  }

  /** A real click at the button's place on the screen, as the admin's mouse makes it. */
  async click(name: string): Promise<void> {
    const seen = await this.waitForButton(name);
    const button = seen.buttons.find((b) => b.name === name)!;
    await this.page.mouse.click(button.x, button.y);
  }

  /** Presses Tab until the named button has the focus. */
  async tabTo(name: string): Promise<void> {
    await this.waitForButton(name);
    for (let presses = 0; presses < 50; presses++) {
      if ((await this.read()).buttons.some((b) => b.name === name && b.focused)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached "${name}" in the notice`);
  }
}
