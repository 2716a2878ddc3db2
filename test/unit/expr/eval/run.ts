import { evaluateExpression, type Attributes, type EvalOptions, type EvalResult } from '@/lib/expr';

/** 2021-07-02 15:33:38 UTC, the instant of Microsoft's Now() example ("7/2/2021 3:33:38 PM"). */
export const NOW = new Date(Date.UTC(2021, 6, 2, 15, 33, 38));

/** A deterministic byte source: a linear congruential generator seeded per call. */
export function seededBytes(seed = 42): (length: number) => Uint8Array {
  let state = seed >>> 0;
  return (length) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      out[i] = state >>> 24;
    }
    return out;
  };
}

export function run(
  expression: string,
  attrs: Attributes = {},
  options: EvalOptions = {},
): EvalResult {
  return evaluateExpression(expression, attrs, {
    now: NOW,
    randomBytes: seededBytes(),
    ...options,
  });
}

/** The value of a successful evaluation; fails the test with the error otherwise. */
export function value(
  expression: string,
  attrs: Attributes = {},
  options: EvalOptions = {},
): unknown {
  const result = run(expression, attrs, options);
  if (!result.ok)
    throw new Error(`${expression} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** The error code of a failed evaluation, or "ok" when it succeeded. */
export function errorCode(
  expression: string,
  attrs: Attributes = {},
  options: EvalOptions = {},
): string {
  const result = run(expression, attrs, options);
  return result.ok ? 'ok' : result.error.code;
}
