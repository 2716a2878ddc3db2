import { commonText } from '@/lib/i18n/common';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureTabsItem, portalFramesItem, type CaptureProblem } from '@/lib/storage';
import { guideTabsItem, type TabGuide } from '@/lib/storage/guide';
import { Problems } from '@/lib/ui/sidepanel/captured/Problems';
import { CurrentStep } from '@/lib/ui/sidepanel/guide/CurrentStep';
import { contextOf, Guide } from '@/lib/ui/sidepanel/guide/Guide';
import { useGuide } from '@/lib/ui/sidepanel/guide/useGuide';
import { outlineText } from '@/lib/i18n/outline';
import { unreadFormTab } from '@/lib/ui/sidepanel/outline/unread';
import type { Guide as GuideData } from '@/lib/ui/sidepanel/guide/useGuide';
import { StatusProvider } from '@/lib/ui/sidepanel/status';

const COPY = 'Copy page outline';

/** The side panel's guide sections: the current step card and the list of steps. */
function GuideSections(): preact.JSX.Element | null {
  const guide = useGuide();
  if (!guide) return null;
  return (
    <>
      <CurrentStep guide={guide} ctx={contextOf(guide)} />
      <Guide guide={guide} ctx={contextOf(guide)} />
    </>
  );
}
let root: HTMLElement;
let asked: unknown[];
let answer: { text: string | null; frames: number; answered: number };
const writeText = vi.fn((_text: string) => Promise.resolve());

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  asked = [];
  answer = { text: 'CloudSSO SCIM Assistant: page outline\n…', frames: 1, answered: 1 };
  // The background's side of the contract: answers page.outline as the router would.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    asked.push(message);
    return { ok: true, data: answer };
  }) as never);
  writeText.mockClear();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => render(null, root));

async function show(node: preact.ComponentChild): Promise<void> {
  await act(async () => {
    render(<StatusProvider>{node}</StatusProvider>, root);
  });
  await act(async () => new Promise((r) => setTimeout(r, 30)));
}
const buttons = (name: string): HTMLButtonElement[] =>
  Array.from(root.querySelectorAll('button')).filter((b) => b.textContent === name);
const settle = (): Promise<void> => act(async () => new Promise((r) => setTimeout(r, 20)));

async function consoleTab(problems: CaptureProblem[]): Promise<void> {
  await portalFramesItem.set({
    '9:0': {
      tabId: 9,
      frameId: 0,
      origin: 'https://cloudsso.console.aliyun.com',
      portal: 'cloudsso',
      reactView: false,
      seenAt: 1,
    },
  });
  await captureTabsItem.set({
    '9': {
      tabId: 9,
      directoryKey: 'cn:d-aaaaaaaa01',
      href: 'https://cloudsso.console.aliyun.com/setting',
      page: 'settings',
      problems,
      seenAt: 1,
    },
  });
}

describe('"Copy page outline" on a CloudSSO page the capture cannot read', () => {
  it('is offered with what the outline holds, and copies the tab’s outline', async () => {
    await consoleTab([{ element: 'scim-endpoint', detail: 'not-found' }]);
    await show(<Problems />);
    const [button] = buttons(COPY);
    expect(button).toBeDefined();
    const hint = document.getElementById(button!.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toBe(
      'The outline holds the page’s structure and the extension’s own words only (no values, keys, endpoints or ids), so you can attach it to a bug report.',
    );
    await act(async () => button!.click());
    await settle();
    expect(asked.filter((m) => (m as { type: string }).type === 'page.outline')).toEqual([
      { type: 'page.outline', payload: { tabId: 9 } },
    ]);
    expect(writeText).toHaveBeenCalledWith(answer.text);
    expect(button!.nextElementSibling?.textContent).toBe('Copied');
    // Beside the button, not in the panel's one status line.
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('says so when the page does not answer, and copies nothing', async () => {
    answer = { text: null, frames: 1, answered: 0 };
    await consoleTab([{ element: 'credential-dialog', detail: 'not-found' }]);
    await show(<Problems />);
    await act(async () => buttons(COPY)[0]!.click());
    await settle();
    expect(writeText).not.toHaveBeenCalled();
    expect(buttons(COPY)[0]!.nextElementSibling?.textContent).toBe(
      'Not copied: the page did not answer; reload it and try again.',
    );
  });

  it('is not offered when SCIM synchronization is merely off', async () => {
    await consoleTab([{ element: 'scim-endpoint', detail: 'sync-off' }]);
    await show(<Problems />);
    expect(root.textContent).toContain('SCIM synchronization is off');
    expect(buttons(COPY)).toHaveLength(0);
  });
});

const merged = (over: Partial<TabGuide>): TabGuide => ({
  step: 5,
  confirmed: false,
  page: 'unknown',
  evidence: [],
  unrecognized: null,
  host: 'portal.azure.com',
  app: { name: null, objectId: null, appId: null },
  form: null,
  formProblem: null,
  entryButton: null,
  testOutcome: null,
  assignments: null,
  updatedAt: Date.now(),
  ...over,
});

describe('"Copy page outline" in the Entra guide', () => {
  it('is offered beside the note naming a step the page did not confirm', async () => {
    await guideTabsItem.set({
      '4': { tabId: 4, windowId: 1, frames: {}, merged: merged({ unrecognized: 5 }) },
    });
    await show(<GuideSections />);
    const note = root.querySelector('[role="note"]');
    expect(note?.textContent).toContain('Step 5 (Configure provisioning)');
    expect(buttons(COPY)).toHaveLength(1);
    await act(async () => buttons(COPY)[0]!.click());
    await settle();
    expect(asked.filter((m) => (m as { type: string }).type === 'page.outline')).toEqual([
      { type: 'page.outline', payload: { tabId: 4 } },
    ]);
  });

  it('is not offered on a page it recognizes', async () => {
    await guideTabsItem.set({
      '4': {
        tabId: 4,
        windowId: 1,
        frames: {},
        merged: merged({ page: 'users-groups', step: 4, confirmed: true }),
      },
    });
    await show(<GuideSections />);
    expect(root.querySelector('.steps')).not.toBeNull();
    expect(buttons(COPY)).toHaveLength(0);
  });

  it('is offered after a fill that could not read the form, once per tab', () => {
    const entra = {
      followed: { kind: 'entra', tabId: 4, tab: merged({}) },
    } as unknown as GuideData;
    expect(unreadFormTab(entra, { result: 'no-tenant-url', tabId: 4 })).toBe(4);
    expect(unreadFormTab(entra, { result: 'no-form', tabId: null })).toBe(4);
    expect(unreadFormTab(entra, { result: 'ambiguous', tabId: 7 })).toBe(7);
    // Not for a collapsed section, a refused frame or a missing key: nothing to read there.
    for (const result of ['hidden', 'not-allowed', 'no-secret', 'filled'] as const)
      expect(unreadFormTab(entra, { result, tabId: 4 })).toBeNull();
    // The note above already offers it for a step the page did not confirm.
    const unconfirmed = {
      followed: { kind: 'entra', tabId: 4, tab: merged({ unrecognized: 5 }) },
    } as unknown as GuideData;
    expect(unreadFormTab(unconfirmed, { result: 'no-form', tabId: 4 })).toBeNull();
  });
});

describe('its words', () => {
  it('are in English and Simplified Chinese', () => {
    expect(outlineText('copy', undefined, 'zh-CN')).toBe('复制页面结构');
    expect(commonText('copied', undefined, 'zh-CN')).toBe('已复制');
    expect(outlineText('hint', undefined, 'zh-CN')).toContain('可以附在问题报告中');
  });
});
