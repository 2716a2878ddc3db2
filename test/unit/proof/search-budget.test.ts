/**
 * The counterexample search is bounded by a count of evaluations, not by the clock: the same
 * expression gets the same verdict on a fast machine and on a loaded one. Only far past that
 * (a safety net) does it stop, and then it says the search was cut short.
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineDeps } from '../../../lib/proof';
import type { EngineDeps } from '../../../lib/proof/engine-deps';
import { proveWith } from '../../../lib/proof/engine';
import type { ProofResult } from '../../../lib/proof/types';

/**
 * The real engine on a simulated machine: every evaluation advances the clock by `msPerEval`.
 * The first `hideUntil` evaluations answer a harmless value, so the counterexample only shows up
 * late in the search, where a time limit would have stopped a slow machine.
 */
function slowMachine(msPerEval: number, hideUntil: number): EngineDeps {
  const real = engineDeps();
  let clock = 1_000_000;
  let calls = 0;
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  return {
    ...real,
    evaluate: (ast, attrs, options) => {
      calls++;
      clock += msPerEval;
      if (calls < hideUntil) return { ok: true, value: 'alice' };
      return real.evaluate(ast, attrs, options);
    },
  };
}

function proveOn(msPerEval: number): ProofResult {
  return proveWith('[userPrincipalName]', 'user.userName', slowMachine(msPerEval, 300), {
    noFix: true,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the counterexample search', () => {
  it('finds the same counterexample on a fast and on a slow machine', () => {
    const fast = proveOn(0);
    vi.restoreAllMocks();
    // 3 ms per evaluation: 300 evaluations take 900 ms, past the old 500 ms limit.
    const slow = proveOn(3);
    expect(fast.verdict).toBe('unsafe');
    expect(slow.verdict).toBe('unsafe');
    expect(slow.counterexample).toEqual(fast.counterexample);
  });

  it('stops only at its safety net, and then says the search was cut short', () => {
    // 50 ms per evaluation: the 1.5 s safety net stops it long before evaluation 300.
    const r = proveOn(50);
    expect(r.verdict).toBe('unknown');
    expect(r.reason).toMatch(/search was cut short/);
    expect(r.counterexample).toBeUndefined();
  });

  it('gives up after a few evaluations overrun their own budget, and says so', () => {
    const real = engineDeps();
    let calls = 0;
    const r = proveWith(
      '[userPrincipalName]',
      'user.userName',
      {
        ...real,
        evaluate: () => {
          calls++;
          const error = { code: 'eval.budget-exceeded', message: 'too slow', start: 0, end: 1 };
          return { ok: false, error };
        },
      },
      { noFix: true },
    );
    expect(r.verdict).toBe('unknown');
    expect(r.reason).toMatch(/cut short: 3 inputs took longer than this tool's time budget/);
    expect(calls).toBeLessThan(10);
  });
});
