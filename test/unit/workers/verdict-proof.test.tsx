/**
 * The verdict block and the proof: an expression with errors still gets the target's proven
 * expression as its fix (as the CLI prints it), and a sample that breaks the rule is never shown
 * beside the proof's "the rule always holds".
 */

import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '@/lib/lint/lint';
import { prove } from '@/lib/proof';
import { buildModel } from '@/lib/ui/linter/model';
import { VerdictView } from '@/lib/ui/linter/VerdictView';
import { runLintJob } from '@/lib/workers/lint-job';
import type { LintRequest } from '@/lib/workers/lint-protocol';
import { mount, type Mounted } from '../../support/dom';

let ui: Mounted | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

function render(request: LintRequest): { text: string; fix: string | undefined } {
  const view = runLintJob(request);
  const model = buildModel(request.text, { kind: 'done', view });
  ui = mount(
    <VerdictView model={model} view={view} onUseFix={() => undefined} idPrefix="v" details />,
  );
  const text = (ui.container.textContent ?? '').replace(/\s+/g, ' ');
  return { text, fix: view.proof?.fix?.expression };
}

describe('the verdict block', () => {
  it('offers the proven recommended expression for an expression with errors, like the CLI', () => {
    const request = {
      text: 'Replace([displayName], , ',
      targetId: 'user.userName',
      samples: '',
    } as const;
    const { text, fix } = render(request);
    // The same fix the CLI prints for the same text (lib/cli/jobs.ts uses lint()'s fix).
    expect(fix).toBeDefined();
    expect(fix).toBe(lint(request.text, request.targetId).fix?.expression);
    expect(prove(fix!, 'user.userName').verdict).toBe('proven-safe');
    expect(text).toContain(fix!);
    expect(text).toMatch(/Fix the errors first/);
  });

  it('shows "unsafe" with the breaking sample, never the proof’s "rule always holds" beside it', () => {
    // Proven within Entra's bounds (displayName ≤ 256), but the admin's sample is longer.
    const long = 'x'.repeat(300);
    const { text } = render({ text: '[displayName]', targetId: 'user.displayName', samples: long });
    expect(text).toMatch(/CloudSSO will reject some names/);
    expect(text).toContain(long.slice(0, 59));
    expect(text).not.toMatch(/always holds/);
    expect(text).not.toMatch(/CloudSSO will always accept it/);
  });
});
