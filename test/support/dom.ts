import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Tiny DOM helpers for component tests (the project has no testing-library). */

export interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

export function mount(ui: ComponentChild): Mounted {
  const container = document.createElement('div');
  document.body.appendChild(container);
  // act() flushes a synchronous update before it returns; its promise has nothing left to wait for.
  void act(() => render(ui, container));
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The form control whose accessible name is `name`: a <label for>, a wrapping label, or aria-label. */
export function byLabel<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  for (const label of root.querySelectorAll('label')) {
    if (text(label) === name || text(label).startsWith(`${name} `)) {
      const control = label.htmlFor
        ? (label.ownerDocument.getElementById(label.htmlFor) as T | null)
        : label.querySelector<T>('input, select, textarea');
      if (control) return control;
    }
  }
  const aria = root.querySelector<T>(`[aria-label="${CSS.escape(name)}"]`);
  if (aria) return aria;
  throw new Error(`No control named "${name}"`);
}

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) => {
    const accessible = b.getAttribute('aria-label') ?? text(b);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
  if (!found)
    throw new Error(
      `No button named ${String(name)}; have: ${all.map((b) => b.getAttribute('aria-label') ?? text(b)).join(' | ')}`,
    );
  return found;
}

/** Sets a field's value the way typing does: the value, then an input event. */
export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  void act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(el: HTMLSelectElement, value: string): void {
  void act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(el: HTMLElement): void {
  void act(() => el.click());
}

/** Polls until `check` stops throwing (or returns true), then returns its value. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 4000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== false) return value;
      last = new Error('condition returned false');
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw last;
    await new Promise((r) => setTimeout(r, 20));
  }
}

export { text };
