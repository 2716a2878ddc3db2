import type { JSX } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LintClientContext } from '@/lib/ui/linter/client-context';
import { LinterBody } from '@/lib/ui/linter/LinterBody';
import { useLinter } from '@/lib/ui/linter/useLinter';
import { createInlineLintClient } from '@/lib/workers/inline-lint-client';
import type { LintClient, LintOutcome } from '@/lib/workers/lint-client';
import type { LintRequest } from '@/lib/workers/lint-protocol';
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
} from '../../support/dom';

let ui: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

/** A client whose checks finish only when the test says so, like a slow worker. */
function heldClient(): { client: LintClient; asked: string[]; release(): Promise<void> } {
  const inline = createInlineLintClient();
  const waiting: { request: LintRequest; resolve: (o: LintOutcome) => void }[] = [];
  const asked: string[] = [];
  return {
    asked,
    client: {
      check: (request) =>
        new Promise((resolve) => {
          asked.push(request.text);
          waiting.push({ request, resolve });
        }),
      dispose: () => undefined,
    },
    release: async () => {
      for (const w of waiting.splice(0)) w.resolve(await inline.check(w.request));
    },
  };
}

function Linter({ prefix }: { prefix: string }): JSX.Element {
  const linter = useLinter();
  return <LinterBody linter={linter} summaryRole="live" rows={3} idPrefix={prefix} />;
}

const marks = (root: HTMLElement): string[] =>
  [...root.querySelectorAll('.expr-mirror mark')].map((m) => m.textContent ?? '');

describe('diagnostics of an older text', () => {
  it('are neither drawn nor applied while the box holds newer text', async () => {
    const held = heldClient();
    ui = mount(
      <LintClientContext.Provider value={held.client}>
        <Linter prefix="t" />
      </LintClientContext.Provider>,
    );
    const { container } = ui;
    const expression = byLabel<HTMLTextAreaElement>(container, 'Expression');
    type(expression, 'ToLower(“Sales”)');
    await waitFor(() => expect(held.asked).toEqual(['ToLower(“Sales”)']));
    await held.release();
    const apply = (): HTMLButtonElement => button(container, /^Apply: .*straight/i);
    const place = (): HTMLButtonElement => button(container, /^Select line 1, column 9/);
    await waitFor(() => expect(apply().disabled).toBe(false));
    expect(place().disabled).toBe(false);
    expect(marks(container)).toContain('“Sales”');

    // Typed in front of the problem: the old span [8, 15) now covers other characters.
    type(expression, 'Trim(ToLower(“Sales”))');
    expect(apply().disabled).toBe(true);
    expect(place().disabled).toBe(true);
    expect(marks(container)).toEqual([]);
    click(apply());
    expect(expression.value).toBe('Trim(ToLower(“Sales”))');

    // Once the new text is checked, the fix applies at the right place.
    await waitFor(() => expect(held.asked).toHaveLength(2));
    await held.release();
    await waitFor(() =>
      expect(button(container, /^Select line 1, column 14/).disabled).toBe(false),
    );
    expect(marks(container)).toContain('“Sales”');
    click(apply());
    await waitFor(() => expect(expression.value).toBe('Trim(ToLower("Sales"))'));
  });
});

describe('two linters on one page', () => {
  it('give their verdict and fix headings ids of their own', async () => {
    ui = mount(
      <LintClientContext.Provider value={createInlineLintClient()}>
        <section id="first">
          <Linter prefix="one" />
        </section>
        <section id="second">
          <Linter prefix="two" />
        </section>
      </LintClientContext.Provider>,
    );
    for (const [name, prefix] of [
      ['first', 'one'],
      ['second', 'two'],
    ] as const) {
      const linter = ui.container.querySelector<HTMLElement>(`#${name}`)!;
      choose(byLabel(linter, 'Target attribute'), 'group.displayName');
      type(byLabel(linter, 'Expression'), 'NormalizeDiacritics([displayName])');
      await waitFor(() => expect(linter.querySelector('section.fix')).not.toBeNull());
      const labelled = [...linter.querySelectorAll('section[aria-labelledby]')].map((s) =>
        s.getAttribute('aria-labelledby')!,
      );
      expect(labelled).toEqual([`${prefix}-verdict-heading`, `${prefix}-fix-heading`]);
      for (const id of labelled) {
        expect(document.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
        expect(linter.contains(document.getElementById(id))).toBe(true);
        expect(text(document.getElementById(id))).not.toBe('');
      }
    }
  });
});
