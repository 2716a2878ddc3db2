import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLinterPopup, startShortcuts } from '@/lib/background/shortcuts';

/** A minimal event for the APIs the fake browser leaves unmocked. */
function event<A extends unknown[]>() {
  const listeners: ((...args: A) => void)[] = [];
  return {
    addListener: (l: (...args: A) => void) => listeners.push(l),
    fire: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

const fake = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
let calls: string[];

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  fake.action!.setPopup = vi.fn(
    async ({ popup }: { popup: string }) => void calls.push(`setPopup:${popup}`),
  );
  fake.action!.openPopup = vi.fn(
    async (o?: { windowId?: number }) => void calls.push(`openPopup:${o?.windowId}`),
  );
  fake.sidePanel = {
    open: vi.fn(
      async ({ windowId }: { windowId: number }) => void calls.push(`sidePanel:${windowId}`),
    ),
  };
});

describe('opening the linter popup', () => {
  it('sets the popup just long enough to open it, so the toolbar click keeps opening the side panel', async () => {
    await expect(openLinterPopup(7)).resolves.toBe('popup');
    expect(calls).toEqual(['setPopup:popup.html', 'openPopup:7', 'setPopup:']);
  });

  it('opens the side panel, which holds the same linter, when the popup cannot open', async () => {
    fake.action!.openPopup = vi.fn(async () => {
      throw new Error('Could not find an active browser window.');
    });
    await expect(openLinterPopup(3)).resolves.toBe('side-panel');
    expect(calls).toEqual(['setPopup:popup.html', 'setPopup:', 'sidePanel:3']);
  });

  it('answers the keyboard command, and only that command', async () => {
    const onCommand = event<[string, { windowId?: number }?]>();
    fake.commands = { onCommand };
    startShortcuts();

    onCommand.fire('something-else', { windowId: 1 });
    onCommand.fire('open-linter', { windowId: 2 });
    await vi.waitFor(() => expect(calls).toContain('openPopup:2'));
    expect(calls.filter((c) => c.startsWith('openPopup'))).toEqual(['openPopup:2']);
  });
});
