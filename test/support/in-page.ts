import fc from 'fast-check';
import { findProblems } from '../../lib/portals/cloudsso/decide';
import { readConsole } from '../../lib/portals/cloudsso/extract';
import { applyPerturbations, PERTURB_KINDS, type PerturbOp } from './perturb';
import {
  azureReading,
  compareAzure,
  compareConsole,
  consoleValues,
  type AzureReading,
  type ConsoleValues,
  type Verdict,
} from './perturbation-check';

/**
 * The perturbation property, run inside a Chromium page that shows a saved fixture state
 * (test/e2e/perturbation.e2e.ts bundles this file). Chromium's own style engine decides what is
 * inline, hidden or a flex item, and a variant costs a millisecond or two.
 */

export interface PropertyOptions {
  pathname: string;
  runs: number;
  seed: number;
  vocabulary: readonly string[];
}

export interface PropertyResult extends HuntResult {
  original: ConsoleValues;
  /** What the capture reports on the unchanged page (nothing, on a page it reads). */
  problems: string[];
}

const opArb: fc.Arbitrary<PerturbOp> = fc.record({
  kind: fc.constantFrom(...PERTURB_KINDS),
  target: fc.nat(400),
  choice: fc.nat(1000),
});

export interface HuntResult {
  failure: string | null;
  runs: number;
  /** Variants read as a refusal instead of the same values, and a few of them described. */
  refusals: number;
  examples: string[];
}

/** Runs `variant` on `options.runs` perturbed copies of the page. */
function hunt(
  options: { runs: number; seed: number; vocabulary: readonly string[] },
  variant: () => Verdict,
): HuntResult {
  const html = document.body.innerHTML;
  let refusals = 0;
  const examples: string[] = [];
  const details = fc.check(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops) => {
      document.body.innerHTML = html;
      const log = applyPerturbations(document.body, ops, options.vocabulary);
      const verdict = variant();
      if (verdict && 'wrong' in verdict)
        throw new Error(`${verdict.wrong}\n  after: ${log.join('; ')}`);
      if (verdict) {
        refusals++;
        if (examples.length < 3) examples.push(`${verdict.refused} after: ${log.join('; ')}`);
      }
    }),
    { numRuns: options.runs, seed: options.seed },
  );
  document.body.innerHTML = html;
  const result = { runs: details.numRuns, refusals, examples };
  if (!details.failed) return { failure: null, ...result };
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : '';
  return {
    failure: `seed ${options.seed}, ${details.numRuns} runs: ${error}\n  ops: ${JSON.stringify(details.counterexample)}`,
    ...result,
  };
}

export interface AzurePropertyOptions {
  isTop: boolean;
  /** The tab's address (the top document's route), for a top frame. */
  href: string;
  runs: number;
  seed: number;
  vocabulary: readonly string[];
}

export interface AzurePropertyResult extends HuntResult {
  original: AzureReading;
}

export function checkAzureProperty(options: AzurePropertyOptions): AzurePropertyResult {
  const read = () => azureReading(document, options.isTop, options.href);
  const original = read();
  return { original, ...hunt(options, () => compareAzure(original, read())) };
}

export function checkConsoleProperty(options: PropertyOptions): PropertyResult {
  const read = () => readConsole(document, { pathname: options.pathname });
  const original = read();
  return {
    original: consoleValues(original),
    problems: findProblems(original).map((p) => p.element),
    ...hunt(options, () => compareConsole(original, read())),
  };
}

/**
 * Perturbs a live page as it renders: the page as it is now, then every subtree the page adds.
 * The page's own scripts keep their element references (nothing is replaced, only split, wrapped
 * or relabelled), so the fixture keeps working while the extension reads the changed markup.
 */
export function perturbLive(ops: readonly PerturbOp[], vocabulary: readonly string[]): string[] {
  let busy = false;
  const log: string[] = [];
  const apply = (roots: Iterable<Element>): void => {
    busy = true;
    try {
      for (const root of roots)
        if (root.isConnected) log.push(...applyPerturbations(root, ops, vocabulary));
    } finally {
      busy = false;
    }
  };
  const observer = new MutationObserver((records) => {
    if (busy) return;
    const added = new Set<Element>();
    for (const record of records)
      for (const node of Array.from(record.addedNodes))
        if (node instanceof Element && !node.tagName.includes('-')) added.add(node);
    apply(added);
    observer.takeRecords(); // our own changes
  });
  observer.observe(document.body, { childList: true, subtree: true });
  apply([document.body]);
  // What was done to the page as it is now (later changes are not reported back).
  return log;
}
