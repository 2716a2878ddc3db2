import { describe, expect, it } from 'vitest';
import { createAutoOutcomeGate } from '@/lib/ui/sidepanel/guide/auto-outcomes';
import type { FillOutcome } from '@/lib/storage/guide';

const outcome = (at: number, trigger: FillOutcome['trigger'] = 'auto'): FillOutcome => ({
  result: 'saved-secret',
  trigger,
  tabId: 7,
  step: 5,
  reason: null,
  endpointIssue: null,
  directoryKey: null,
  apps: null,
  at,
});

describe('which automatic fills the side panel announces', () => {
  it('announces an automatic fill written before the fill action mounted, once', () => {
    // The panel opened at 1000; the background filled at 1500; the action mounts at 1600.
    const gate = createAutoOutcomeGate(1000);
    expect(gate.take(outcome(1500))).toBe(true);
    // Remounts and storage echoes of the same outcome say nothing again.
    expect(gate.take(outcome(1500))).toBe(false);
    expect(gate.take(outcome(2000))).toBe(true);
  });

  it('says nothing of fills from before the panel opened, nor of the admin’s own', () => {
    const gate = createAutoOutcomeGate(1000);
    expect(gate.take(outcome(999))).toBe(false);
    expect(gate.take(outcome(1500, 'button'))).toBe(false);
  });
});
