import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { linterHandoffItem, sendToLinter } from '@/lib/storage';
import { LintClientContext } from '@/lib/ui/linter/client-context';
import { DryRunClientContext } from '@/lib/ui/sidepanel/linter/client-context';
import { SidePanelLinter } from '@/lib/ui/sidepanel/linter/SidePanelLinter';
import { StatusProvider } from '@/lib/ui/sidepanel/status';
import type { DryRunClient } from '@/lib/workers/dryrun-client';
import { createInlineDryRunClient } from '@/lib/workers/inline-dryrun-client';
import { createInlineLintClient } from '@/lib/workers/inline-lint-client';
import { expectedUserNames, USER_NAME_RECIPE } from '../../../../fixtures/csv/expected';
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
} from '../../../../support/dom';

let ui: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

function renderPanel(dryRun: DryRunClient = createInlineDryRunClient()): Mounted {
  ui = mount(
    <LintClientContext.Provider value={createInlineLintClient()}>
      <DryRunClientContext.Provider value={dryRun}>
        <StatusProvider>
          <SidePanelLinter />
        </StatusProvider>
      </DryRunClientContext.Provider>
    </LintClientContext.Provider>,
  );
  return ui;
}

const region = (root: HTMLElement): HTMLElement =>
  root.querySelector<HTMLElement>('section[aria-label="Expression linter"]')!;
const statusLine = (root: HTMLElement): string => text(root.querySelector('[role="status"]'));

function chooseFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the side panel linter', () => {
  it('is a region named "Expression linter" whose summary is live but not a second status', async () => {
    const { container } = renderPanel();
    const linter = region(container);
    expect(linter).not.toBeNull();
    expect(container.querySelectorAll('[role="status"]')).toHaveLength(1);
    expect(linter.querySelector('[role="status"]')).toBeNull();
    choose(byLabel(linter, 'Target attribute'), 'user.displayName');
    type(byLabel(linter, 'Expression'), 'Left(ToLower([mailNickname]), 256)');
    await waitFor(() =>
      expect(text(linter.querySelector('.linter-summary[aria-live="polite"]'))).toBe('No problems'),
    );
  });

  it('takes an expression the guide hands over, once', async () => {
    const { container } = renderPanel();
    const expression = byLabel<HTMLTextAreaElement>(region(container), 'Expression');
    await sendToLinter('Mid([objectId], 1, 8)', 'user.userName');
    await waitFor(() => expect(expression.value).toBe('Mid([objectId], 1, 8)'));
    expect(byLabel<HTMLSelectElement>(region(container), 'Target attribute').value).toBe(
      'user.userName',
    );
    await waitFor(() =>
      expect(statusLine(container)).toBe('The recommended expression is in the linter.'),
    );
    await waitFor(async () => expect(await linterHandoffItem.get()).toBeNull());
  });

  it('dry-runs an Entra users export: counts, collisions, filter and export match an independent computation', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { container } = renderPanel();
    const linter = region(container);
    choose(byLabel(linter, 'Target attribute'), 'user.userName');
    type(byLabel(linter, 'Expression'), USER_NAME_RECIPE);
    const csv = readFileSync('test/fixtures/csv/entra-users.csv', 'utf8');
    chooseFile(
      byLabel<HTMLInputElement>(linter, 'CSV exported from Entra (users or groups)'),
      new File([csv], 'entra-users.csv', { type: 'text/csv' }),
    );
    const want = expectedUserNames();
    const count = (name: string): string => text(linter.querySelector(`[data-count="${name}"]`));
    await waitFor(() => expect(count('failed')).toBe(String(want.failed)));
    expect(count('empty')).toBe(String(want.empty));
    expect(count('collisions')).toBe(String(want.collisionRows));
    expect(statusLine(container)).toBe(
      `Dry-run finished: ${want.notAsIntended} of ${want.total} rows will not provision as intended (${want.failed} fail the rule, ${want.empty} empty, ${want.collisionRows} in collisions).`,
    );
    // Collision groups list their names; the case-only pair is labelled as such.
    const groups = [...linter.querySelectorAll('.collisions > li')].map((li) =>
      [...li.querySelectorAll('li.mono')].map((m) => m.textContent!.split(' → ').at(-1)!).sort(),
    );
    expect(groups.sort((a, b) => (a[0]! < b[0]! ? -1 : 1))).toEqual(want.collisions);

    // The mapping shows the download's columns with the attribute each feeds.
    expect(byLabel<HTMLSelectElement>(linter, 'Attribute for column “objectId”').value).toBe(
      'objectId',
    );

    // Filter to the empty rows, then export them.
    click(button(linter, /^Show these rows: The value is empty/));
    const shown = await waitFor(() => {
      const rows = [...linter.querySelectorAll('table.problems tbody tr')];
      expect(rows).toHaveLength(want.empty);
      return rows;
    });
    expect(shown.some((r) => text(r).includes('王小明'))).toBe(true);
    click(button(linter, 'Export these rows as CSV'));
    await waitFor(() => expect(created).toHaveLength(1));
    // UTF-8 with a byte order mark, as Entra's own downloads: Excel shows 王小明, not mojibake.
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const exported = await created[0]!.text();
    expect(exported.split('\r\n')).toHaveLength(want.empty + 1);
    await waitFor(() => expect(statusLine(container)).toBe(`Exported ${want.empty} rows.`));
  });

  it('counts the rows of the file just loaded while its first run goes', async () => {
    // The run waits for the test, so the progress line can be read before it moves.
    const inline = createInlineDryRunClient();
    let release = (): void => undefined;
    const held: DryRunClient = {
      ...inline,
      run: (request, onProgress) =>
        new Promise((resolve) => {
          release = () => void inline.run(request, onProgress).then(resolve);
        }),
    };
    const { container } = renderPanel(held);
    const linter = region(container);
    choose(byLabel(linter, 'Target attribute'), 'user.userName');
    type(byLabel(linter, 'Expression'), USER_NAME_RECIPE);
    chooseFile(
      byLabel<HTMLInputElement>(linter, 'CSV exported from Entra (users or groups)'),
      new File([readFileSync('test/fixtures/csv/entra-users.csv', 'utf8')], 'users.csv'),
    );
    const want = expectedUserNames();
    await waitFor(() =>
      expect(text(linter.querySelector('.progress-row'))).toContain(
        `Checked 0 of ${want.total} rows`,
      ),
    );
    expect(linter.querySelector('progress')!.getAttribute('max')).toBe(String(want.total));
    release();
    await waitFor(() =>
      expect(text(linter.querySelector('[data-count="failed"]'))).toBe(String(want.failed)),
    );
  });

  it('marks the results stale when the expression changes, and re-runs on request', async () => {
    const { container } = renderPanel();
    const linter = region(container);
    choose(byLabel(linter, 'Target attribute'), 'group.displayName');
    type(byLabel(linter, 'Expression'), '[displayName]');
    chooseFile(
      byLabel<HTMLInputElement>(linter, 'CSV exported from Entra (users or groups)'),
      new File([readFileSync('test/fixtures/csv/entra-groups.csv', 'utf8')], 'g.csv'),
    );
    await waitFor(() => expect(text(linter.querySelector('[data-count="failed"]'))).toBe('5'));
    type(byLabel(linter, 'Expression'), 'Mid([objectId], 1, 8)');
    await waitFor(() => expect(text(linter)).toContain('changed since this run'));
    click(button(linter, 'Run dry-run'));
    await waitFor(() => expect(text(linter.querySelector('[data-count="failed"]'))).toBe('0'));
    expect(text(linter)).not.toContain('changed since this run');
  });
});
