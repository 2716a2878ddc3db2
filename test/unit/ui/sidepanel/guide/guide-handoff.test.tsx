import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPRESSIONS } from '@/lib/ui/sidepanel/guide/mappings';
import { Step5Details } from '@/lib/ui/sidepanel/guide/Step5Details';
import type { StepContext } from '@/lib/ui/sidepanel/guide/model';
import { LintClientContext } from '@/lib/ui/linter/client-context';
import { DryRunClientContext } from '@/lib/ui/sidepanel/linter/client-context';
import { SidePanelLinter } from '@/lib/ui/sidepanel/linter/SidePanelLinter';
import { StatusProvider } from '@/lib/ui/sidepanel/status';
import { createInlineDryRunClient } from '@/lib/workers/inline-dryrun-client';
import { createInlineLintClient } from '@/lib/workers/inline-lint-client';
import { byLabel, click, mount, text, waitFor, type Mounted } from '../../../../support/dom';

let ui: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const ctx: StepContext = {
  directory: null,
  secret: null,
  app: null,
  host: null,
  directoryKey: 'directory',
  appKey: 'app',
};

describe('the guide’s step 5 and the side panel’s linter', () => {
  it('opens each recommended expression in the linter, with its target, when "Check in the linter" is clicked', async () => {
    ui = mount(
      <LintClientContext.Provider value={createInlineLintClient()}>
        <DryRunClientContext.Provider value={createInlineDryRunClient()}>
          <StatusProvider>
            <section id="step5">
              <Step5Details ctx={ctx} idPrefix="card" />
            </section>
            <SidePanelLinter />
          </StatusProvider>
        </DryRunClientContext.Provider>
      </LintClientContext.Provider>,
    );
    const step = ui.container.querySelector<HTMLElement>('#step5')!;
    const linter = ui.container.querySelector<HTMLElement>(
      'section[aria-label="Expression linter"]',
    )!;
    const expression = byLabel<HTMLTextAreaElement>(linter, 'Expression');
    const target = byLabel<HTMLSelectElement>(linter, 'Target attribute');
    const buttons = [...step.querySelectorAll('button')].filter(
      (b) => text(b) === 'Check in the linter',
    );
    expect(buttons.length).toBeGreaterThanOrEqual(EXPRESSIONS.length);

    for (const b of buttons) {
      // The expression the step shows beside the button is the one the linter must get.
      const shown = b.closest('.expression')!.querySelector('code')!.textContent!;
      const advice = EXPRESSIONS.find((x) => x.expression === shown || x.uniqueVariant === shown);
      expect(advice).toBeDefined();
      click(b);
      await waitFor(() => expect(expression.value).toBe(shown));
      expect(target.value).toBe(advice!.targetId);
      // …and checks it: the recommended expressions are proven safe for their target.
      await waitFor(() => {
        expect(linter.querySelector('.linter')!.getAttribute('aria-busy')).toBe('false');
        expect(text(linter.querySelector('.linter-summary'))).toMatch(
          /^No problems$|CloudSSO will always accept it$/,
        );
      });
    }
  });
});
