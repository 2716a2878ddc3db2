import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectedUserNames, recipe, USER_NAME_RECIPE } from '../fixtures/csv/expected';
import { seriousViolations } from './axe';
import { openSection } from './guide-support';
import { eventually, launch, openExtensionPage, readStorage, type Session } from './harness';

let session: Session;
let scratch: string;
beforeAll(async () => {
  session = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'linter-e2e-'));
});
// Popup and side panel share one remembered draft; each test starts from an empty one.
beforeEach(async () => {
  const worker = await session.worker();
  await worker.evaluate(() => chrome.storage.local.remove(['linterDraft', 'linterHandoff']));
});
afterAll(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('the popup linter (popup.html in a tab)', () => {
  it('shows the problems of a pasted expression with their place, fixes them, and gives the verdict', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    const expression = popup.getByRole('textbox', { name: 'Expression' });
    const status = popup.getByRole('status');
    await expect(status.count()).resolves.toBe(1);
    await popup
      .getByRole('combobox', { name: 'Target attribute' })
      .selectOption('group.displayName');

    // Pasted from a document: typographic quotes and one ")" too many.
    const pasted = `${USER_NAME_RECIPE.replace('"[^a-zA-Z0-9_.@-]"', '“[^a-zA-Z0-9_.-]”')})`;
    await expression.fill(pasted);
    await eventually(
      () => status.textContent(),
      (s) => /^2 errors/.test(s ?? ''),
    );
    const items = popup.locator('.diagnostic');
    const quote = items.filter({ hasText: 'typographic' });
    const paren = items.filter({ hasText: '")"' });
    await expect(quote.textContent()).resolves.toContain(
      `Line 1, column ${pasted.indexOf('“') + 1}`,
    );
    await expect(paren.textContent()).resolves.toContain(`Line 1, column ${pasted.length}`);

    await quote.getByRole('button', { name: /^Apply/ }).click();
    await popup
      .locator('.diagnostic', { hasText: '")"' })
      .getByRole('button', { name: /^Apply/ })
      .click();
    const fixed = USER_NAME_RECIPE.replace('_.@-', '_.-');
    await eventually(
      () => expression.inputValue(),
      (v) => v === fixed,
    );

    // Chinese group names sanitize to nothing: the verdict is unsafe, with the breaking input.
    await eventually(
      () => status.textContent(),
      (s) => /CloudSSO will reject some names$/.test(s ?? ''),
    );
    const breaking = popup.locator('.breaking dd');
    const input = (await breaking.first().textContent()) ?? '';
    const output = (await breaking.nth(1).textContent()) ?? '';
    expect(/^[A-Za-z0-9._-]{1,128}$/.test(output)).toBe(false);
    expect(input.length).toBeGreaterThan(0);
    // Failures first in the test-name table.
    const results = await popup.locator('table.corpus tbody tr .badge').allTextContents();
    const firstPass = results.findIndex((r) => r !== 'Fail');
    expect(firstPass).toBeGreaterThan(0);
    expect(results.slice(firstPass)).not.toContain('Fail');

    // A clean expression for a target with no character rule: exactly "No problems".
    await popup
      .getByRole('combobox', { name: 'Target attribute' })
      .selectOption('user.displayName');
    await expression.fill('Left(ToLower([mailNickname]), 256)');
    await eventually(
      () => status.textContent(),
      (s) => s === 'No problems',
    );

    // The last expression is remembered.
    await eventually(
      () => readStorage(session, 'local', ['linterDraft']),
      (s) =>
        (s.linterDraft as { expression?: string } | undefined)?.expression ===
        'Left(ToLower([mailNickname]), 256)',
    );
    const again = await openExtensionPage(session, 'popup.html');
    await eventually(
      () => again.getByRole('textbox', { name: 'Expression' }).inputValue(),
      (v) => v === 'Left(ToLower([mailNickname]), 256)',
    );
    await Promise.all([popup.close(), again.close()]);
  });

  it('stops a runaway regular expression in its worker and stays usable', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await popup
      .getByRole('combobox', { name: 'Target attribute' })
      .selectOption('user.displayName');
    // Polynomial backtracking on a long name: minutes of work for one match. The evaluator
    // refuses runs like a*a*a*a*a*b up front; repetitions sharing only "ab" escape its analysis.
    await popup.getByRole('textbox', { name: 'Your own test values' }).fill('ab'.repeat(100));
    await popup
      .getByRole('textbox', { name: 'Expression' })
      .fill(`Replace([displayName], , "${'(?:ab)*'.repeat(6)}c", , "", , )`);
    // The page answers and takes typing while the worker is stuck.
    await expect(popup.evaluate(() => document.title)).resolves.toBe('CloudSSO SCIM Assistant');
    await eventually(
      () => popup.getByRole('status').textContent(),
      (s) => /Checking stopped after 3 s/.test(s ?? ''),
    );
    await expect(text(popup, '.trouble')).resolves.toMatch(/regular expression/);
    // A fresh worker checks the next expression.
    await popup.getByRole('textbox', { name: 'Your own test values' }).fill('');
    await popup
      .getByRole('textbox', { name: 'Expression' })
      .fill('Left(ToLower([mailNickname]), 256)');
    await eventually(
      () => popup.getByRole('status').textContent(),
      (s) => s === 'No problems',
    );
    await popup.close();
  });

  it('has no serious accessibility violations', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    await popup
      .getByRole('combobox', { name: 'Target attribute' })
      .selectOption('group.displayName');
    await popup.getByRole('textbox', { name: 'Expression' }).fill('Join(" ", [displayName] “x”)');
    await eventually(
      () => popup.locator('.diagnostic').count(),
      (n) => n > 0,
    );
    await popup
      .getByRole('textbox', { name: 'Expression' })
      .fill('NormalizeDiacritics([displayName])');
    await eventually(
      () => popup.locator('table.corpus tbody tr').count(),
      (n) => n > 0,
    );
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });
});

describe('the side panel linter and dry-run (sidepanel.html in a tab)', () => {
  async function openLinter(): Promise<{ panel: Page; region: ReturnType<Page['getByRole']> }> {
    const panel = await openExtensionPage(session, 'sidepanel.html');
    const region = await openSection(panel, 'Expression linter');
    return { panel, region };
  }

  it('dry-runs the users fixture: counts and collisions match an independent computation', async () => {
    const { panel, region } = await openLinter();
    await expect(region.getByRole('status').count()).resolves.toBe(0);
    await region.getByRole('combobox', { name: 'Target attribute' }).selectOption('user.userName');
    await region.getByRole('textbox', { name: 'Expression' }).fill(USER_NAME_RECIPE);
    await region
      .getByLabel('CSV exported from Entra (users or groups)')
      .setInputFiles(resolve('test/fixtures/csv/entra-users.csv'));
    const want = expectedUserNames();
    const count = (name: string): Promise<string> => text(panel, `[data-count="${name}"]`);
    await eventually(
      () => count('failed'),
      (c) => c === String(want.failed),
    );
    await expect(count('empty')).resolves.toBe(String(want.empty));
    await expect(count('collisions')).resolves.toBe(String(want.collisionRows));
    const groups = await panel
      .locator('.collisions > li')
      .evaluateAll((lis) =>
        lis.map((li) =>
          [...li.querySelectorAll('li.mono')]
            .map((m) => m.textContent!.split(' → ').at(-1)!)
            .sort(),
        ),
      );
    expect(groups.sort((a, b) => (a[0]! < b[0]! ? -1 : 1))).toEqual(want.collisions);
    // The outcome is announced on the panel's one status line.
    await expect(panel.getByRole('status').textContent()).resolves.toContain(
      `${want.notAsIntended} of ${want.total} rows will not provision as intended (${want.failed} fail the rule`,
    );
    expect(await seriousViolations(panel, 'section[aria-label="Expression linter"]')).toEqual([]);
    await panel.close();
  });

  it('runs 100,000 rows in a worker with progress while the page keeps running', async () => {
    const names = [
      'Zoë Ångström',
      'Jürgen Groß',
      'Søren Ærø',
      'Alice Smith',
      '王小明',
      'Bob Stone',
    ];
    const lines = ['objectId,displayName,userPrincipalName'];
    const rows: string[] = [];
    for (let i = 0; i < 100_000; i += 1) {
      const name = `${names[i % names.length]}${i % names.length === 4 ? '' : ` ${i}`}`;
      rows.push(name);
      lines.push(`id-${i},"${name}",u${i}@contoso.com`);
    }
    const file = join(scratch, 'users-100k.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const failedWant = rows.filter((n) => {
      const out = recipe(n);
      return out === null || !/^[A-Za-z0-9@._-]{1,64}$/.test(out);
    }).length;

    const { panel, region } = await openLinter();
    await region.getByRole('combobox', { name: 'Target attribute' }).selectOption('user.userName');
    await region.getByRole('textbox', { name: 'Expression' }).fill(USER_NAME_RECIPE);
    // Record, in the page, progress updates and the page's own timer ticks in the order they
    // happen: ticks between progress updates mean the page kept running during the dry-run.
    await panel.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __log: string[] }).__log = log;
      setInterval(() => log.push('tick'), 15);
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('.dryrun progress');
        if (bar) log.push(`progress ${bar.value}/${bar.max}`);
      }).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await region.getByLabel('CSV exported from Entra (users or groups)').setInputFiles(file);
    const bar = panel.getByRole('progressbar', { name: 'Dry-run progress' });
    await bar.waitFor();
    // While it runs, the page answers and takes typing.
    await expect(panel.evaluate(() => 6 * 7)).resolves.toBe(42);
    const samples = region.getByRole('textbox', { name: 'Your own test values' });
    await samples.pressSequentially('Ada');
    await expect(samples.inputValue()).resolves.toBe('Ada');

    await eventually(
      () => text(panel, '[data-count="failed"]'),
      (c) => c === failedWant.toLocaleString('en-US'),
      60_000,
    );
    await expect(text(panel, '.dryrun-results')).resolves.toContain('over 100,000 rows');
    const log = await panel.evaluate(() => (window as unknown as { __log: string[] }).__log);
    const progress = log
      .map((entry, i) => ({ entry, i }))
      .filter((e) => e.entry.startsWith('progress'));
    const midway = progress.filter(({ entry }) => {
      const [done, max] = entry.slice('progress '.length).split('/').map(Number);
      return done! > 0 && done! < max!;
    });
    expect(midway.length).toBeGreaterThan(0);
    const first = progress[0]!.i;
    const last = progress.at(-1)!.i;
    expect(log.slice(first, last).filter((e) => e === 'tick').length).toBeGreaterThan(0);
    await panel.close();
  }, 90_000);

  it('names the row a dry-run hangs on, in spreadsheet numbering', async () => {
    // One value in 3,000 makes this pattern backtrack for minutes (see the popup's runaway test);
    // the others are matched at once.
    const lines = ['objectId,displayName'];
    for (let i = 0; i < 3000; i += 1)
      lines.push(`id-${i},${i === 2345 ? 'ab'.repeat(120) : `Name ${i}`}`);
    const file = join(scratch, 'one-hang.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { panel, region } = await openLinter();
    await region
      .getByRole('combobox', { name: 'Target attribute' })
      .selectOption('user.displayName');
    await region
      .getByRole('textbox', { name: 'Expression' })
      .fill(`Replace([displayName], , "${'(?:ab)*'.repeat(6)}c", , "", , )`);
    await region.getByLabel('CSV exported from Entra (users or groups)').setInputFiles(file);
    // Silent for 8 s, then the last rows are evaluated again one by one: another 8 s on row 2,347.
    await eventually(
      () => text(panel, '.dryrun .trouble'),
      (t) => t.startsWith('The dry-run stopped'),
      40_000,
    );
    await expect(text(panel, '.dryrun .trouble')).resolves.toBe(
      'The dry-run stopped: row 2,347 of the file took longer than 8 s. A regular expression in a Replace probably backtracks catastrophically on this value (nested quantifiers such as (a+)+); simplify the pattern.',
    );
    await panel.close();
  }, 60_000);

  it('exports the failing rows as CSV', async () => {
    const { panel, region } = await openLinter();
    await region.getByRole('combobox', { name: 'Target attribute' }).selectOption('user.userName');
    await region.getByRole('textbox', { name: 'Expression' }).fill(USER_NAME_RECIPE);
    await region
      .getByLabel('CSV exported from Entra (users or groups)')
      .setInputFiles(resolve('test/fixtures/csv/entra-users.csv'));
    const want = expectedUserNames();
    await eventually(
      () => text(panel, '[data-count="failed"]'),
      (c) => c === String(want.failed),
    );
    await region.getByRole('button', { name: /^Show these rows: The value is empty/ }).click();
    await eventually(
      () => panel.locator('table.problems tbody tr').count(),
      (n) => n === want.empty,
    );
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      region.getByRole('button', { name: 'Export these rows as CSV' }).click(),
    ]);
    const saved = join(scratch, 'export.csv');
    await download.saveAs(saved);
    const { readFileSync } = await import('node:fs');
    const exported = readFileSync(saved, 'utf8').split('\r\n');
    expect(exported[0]!.startsWith('\uFEFF')).toBe(true);
    expect(exported[0]).toContain('CloudSSO value');
    expect(exported).toHaveLength(want.empty + 1);
    await panel.close();
  });
});
