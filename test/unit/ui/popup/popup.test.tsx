import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TARGET_IDS } from '@/lib/lint';
import { linterDraftItem } from '@/lib/storage';
import { LintClientContext } from '@/lib/ui/linter/client-context';
import { Popup } from '@/lib/ui/popup/Popup';
import { createInlineLintClient } from '@/lib/workers/inline-lint-client';
import {
  button,
  byLabel,
  choose,
  click,
  mount,
  text,
  type,
  waitFor,
  type Mounted,
} from '../../../support/dom';

let ui: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => ui?.unmount());

function renderPopup(): Mounted {
  ui = mount(
    <LintClientContext.Provider value={createInlineLintClient()}>
      <Popup />
    </LintClientContext.Provider>,
  );
  return ui;
}

const status = (root: HTMLElement): string => text(root.querySelector('[role="status"]'));

describe('the popup linter', () => {
  it('offers the automation contract: "Expression", "Target attribute" with target ids, one status', async () => {
    const { container } = renderPopup();
    const expression = byLabel<HTMLTextAreaElement>(container, 'Expression');
    expect(expression.tagName).toBe('TEXTAREA');
    const target = byLabel<HTMLSelectElement>(container, 'Target attribute');
    expect([...target.options].map((o) => o.value)).toEqual([...TARGET_IDS]);
    expect(container.querySelectorAll('[role="status"]')).toHaveLength(1);
    button(container, 'Open side panel');
    await waitFor(() => expect(status(container)).toBe('Type or paste an expression to check it.'));
  });

  it('says "No problems" for a clean expression and nothing else', async () => {
    const { container } = renderPopup();
    choose(byLabel(container, 'Target attribute'), 'user.displayName');
    type(byLabel(container, 'Expression'), 'Left(ToLower([mailNickname]), 256)');
    await waitFor(() => expect(status(container)).toBe('No problems'));
  });

  it('explains pasted typographic quotes and a trailing ")" with their place, and applies the fixes', async () => {
    const { container } = renderPopup();
    const expression = byLabel<HTMLTextAreaElement>(container, 'Expression');
    type(expression, 'ToLower(“Sales”))');
    const items = await waitFor(() => {
      const found = [...container.querySelectorAll('.diagnostic')].map(text);
      expect(found.length).toBeGreaterThanOrEqual(2);
      return found;
    });
    // The sentence first, then its severity and place.
    expect(items.find((i) => /typographic/i.test(i))).toMatch(
      /^This .*straight double quotes.*Error Line 1, column 9/,
    );
    expect(items.find((i) => i.includes('")"'))).toMatch(/Line 1, column 17/);
    expect(status(container)).toMatch(/^2 errors/);
    // The span is drawn behind the text.
    const marks = [...container.querySelectorAll('.expr-mirror mark.sev-error')].map(
      (m) => m.textContent,
    );
    expect(marks).toContain('“Sales”');

    click(button(container, /^Apply: .*straight/i));
    await waitFor(() => expect(expression.value).toBe('ToLower("Sales"))'));
    // The second fix waits for the changed text to be checked: its place was the old text's.
    const paren = await waitFor(() => {
      const b = button(container, /^Apply: .*"\)"/);
      expect(b.disabled).toBe(false);
      return b;
    });
    click(paren);
    await waitFor(() => expect(expression.value).toBe('ToLower("Sales")'));
  });

  it('lists the test names failures first and gives the unsafe verdict with the input that breaks it', async () => {
    const { container } = renderPopup();
    choose(byLabel(container, 'Target attribute'), 'group.displayName');
    type(byLabel(container, 'Expression'), 'NormalizeDiacritics([displayName])');
    await waitFor(() =>
      expect(status(container)).toMatch(/test names fail; CloudSSO will reject some names$/),
    );
    const rows = [...container.querySelectorAll('table.corpus tbody tr')];
    const results = rows.map((r) => text(r.querySelector('.badge')));
    const firstPass = results.findIndex((r) => r !== 'Fail');
    expect(firstPass).toBeGreaterThan(0);
    expect(results.slice(firstPass).every((r) => r !== 'Fail')).toBe(true);
    const [, failing, total] = /(\d+) of (\d+) test names fail/.exec(status(container))!;
    expect(Number(failing)).toBe(firstPass);
    expect(Number(total)).toBe(rows.length);

    const verdict = container.querySelector('.verdict-block')!;
    expect(text(verdict.querySelector('.verdict strong'))).toBe('CloudSSO will reject some names');
    // The breaking input is the first failing test name, and it really breaks the rule.
    const firstRow = rows[0]!;
    expect(text(verdict.querySelector('.breaking dd'))).toContain(
      text(firstRow.querySelector('th')),
    );
    const output = verdict.querySelectorAll('.breaking dd')[1]!.textContent!;
    expect(/^[A-Za-z0-9._-]{1,128}$/.test(output)).toBe(false);
  });

  it('evaluates the admin’s own samples beside the corpus', async () => {
    const { container } = renderPopup();
    choose(byLabel(container, 'Target attribute'), 'user.displayName');
    type(byLabel(container, 'Expression'), 'Left([displayName], 3)');
    type(byLabel(container, 'Your own test values'), 'Zoë Ångström\n{"displayName": "Ab"}');
    const sample = await waitFor(() => {
      const row = [...container.querySelectorAll('table.corpus tbody tr')].find(
        (r) => text(r).includes('(your sample)') && text(r).includes('Zoë Ångström'),
      );
      expect(row).toBeDefined();
      return row!;
    });
    expect(text(sample.querySelector('td .value'))).toBe('Zoë');
    await waitFor(() =>
      expect(
        [...container.querySelectorAll('table.corpus tbody tr')].some((r) =>
          text(r).startsWith('{"displayName": "Ab"}'),
        ),
      ).toBe(true),
    );
  });

  it('remembers the last expression and target, and restores them', async () => {
    await linterDraftItem.set({
      expression: 'Mid([objectId], 1, 8)',
      targetId: 'user.userName',
      samples: '',
    });
    const first = renderPopup();
    const expression = byLabel<HTMLTextAreaElement>(first.container, 'Expression');
    await waitFor(() => expect(expression.value).toBe('Mid([objectId], 1, 8)'));
    expect(byLabel<HTMLSelectElement>(first.container, 'Target attribute').value).toBe(
      'user.userName',
    );
    type(expression, 'ToLower([mailNickname])');
    await waitFor(async () =>
      expect((await linterDraftItem.get()).expression).toBe('ToLower([mailNickname])'),
    );
    await waitFor(() =>
      linterDraftItem.get().then((d) => d.expression === 'ToLower([mailNickname])'),
    );
    first.unmount();
    ui = undefined;
    const again = renderPopup();
    await waitFor(() =>
      expect(byLabel<HTMLTextAreaElement>(again.container, 'Expression').value).toBe(
        'ToLower([mailNickname])',
      ),
    );
  });

  it('copies the expression and an output', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = renderPopup();
    choose(byLabel(container, 'Target attribute'), 'user.displayName');
    type(byLabel(container, 'Expression'), 'Left([displayName], 3)');
    const copyExpression = button(container, 'Copy expression');
    click(copyExpression);
    await waitFor(() => expect(writeText).toHaveBeenLastCalledWith('Left([displayName], 3)'));
    // The confirmation shows beside the button that copied.
    await waitFor(() =>
      expect(text(copyExpression.parentElement!.querySelector('.copy-outcome'))).toBe('Copied'),
    );
    const copyOutput = await waitFor(() => button(container, /^Copy output for /));
    const row = copyOutput.closest('tr')!;
    click(copyOutput);
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(
        row.querySelectorAll('td')[1]!.querySelector('.value')!.textContent,
      ),
    );
  });
});
