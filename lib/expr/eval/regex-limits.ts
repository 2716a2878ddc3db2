/**
 * How long an input a pattern may run on. A single JavaScript `exec` cannot be interrupted, so
 * the evaluation budget (checked between matches) cannot stop one slow match: patterns the
 * analyser flags are refused up front on inputs where their worst case would take too long.
 */
import { POLYNOMIAL_REPORTED_DEGREE, type TranslatedRegex } from '../regex';

/** Longest input a pattern flagged for catastrophic (exponential) backtracking may run on. */
export const RISKY_INPUT_LIMIT = 20;

/**
 * Backtracking steps the worst case of a polynomial pattern may take. Measured with V8 (Node 20)
 * on `a*a*a*b`-style patterns over runs of "a": 100-800 million steps per second, the low end
 * while the regex is still interpreted. 3 million steps is then about 30 ms (up to 75 ms measured
 * through the evaluator on a first run, compilation included), well inside the default 250 ms
 * budget with room for slower machines.
 */
const POLYNOMIAL_STEP_BUDGET = 3_000_000;

/** Binomial coefficient as a float (exact enough for comparing with the budget). */
function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/**
 * Worst-case steps of k overlapping repetitions on a failing run of n characters: the ways of
 * sharing n characters between k repetitions (and the part that fails) number C(n+k, k); when the
 * pattern is not anchored every start position is tried too, and the sum over starts is
 * C(n+k+1, k+1), about n^(k+1)/(k+1)!.
 */
function polynomialSteps(n: number, k: number, anchored: boolean): number {
  return anchored ? choose(n + k, k) : choose(n + k + 1, k + 1);
}

/**
 * Longest input with worst case within the step budget. With the unanchored estimate that is 89
 * characters for 3 overlapping repetitions, 48 for 4, 32 for 5 and 16 for 8; anchored at the start
 * (`^…`) three repetitions may run on 260, more than any Entra attribute (256). Two repetitions
 * are not refused at all: 260 unanchored, and they are common in harmless patterns.
 */
export function polynomialInputLimit(degree: number, anchored: boolean): number {
  let n = 0;
  while (n < 100_000 && polynomialSteps(n + 1, degree, anchored) <= POLYNOMIAL_STEP_BUDGET) n++;
  return n;
}

export interface InputLimit {
  limit: number;
  why: 'exponential' | 'polynomial';
}

const limits = new WeakMap<TranslatedRegex, InputLimit | null>();

/** The input length above which the pattern is refused, or null when it runs on any input. */
export function inputLimit(regex: TranslatedRegex): InputLimit | null {
  let found = limits.get(regex);
  if (found !== undefined) return found;
  found = null;
  if (regex.polynomialDegree >= POLYNOMIAL_REPORTED_DEGREE) {
    found = {
      limit: polynomialInputLimit(regex.polynomialDegree, regex.anchored),
      why: 'polynomial',
    };
  }
  if (regex.risky && (found === null || found.limit > RISKY_INPUT_LIMIT)) {
    found = { limit: RISKY_INPUT_LIMIT, why: 'exponential' };
  }
  limits.set(regex, found);
  return found;
}
