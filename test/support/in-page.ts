import fc from 'fast-check';
import { findProblems } from '../../lib/portals/cloudsso/decide';
import { readConsole } from '../../lib/portals/cloudsso/extract';
import { applyPerturbations, PERTURB_KINDS, type PerturbOp } from './perturb';
import { compareConsole, consoleValues, type ConsoleValues } from './perturbation-check';

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

export type PropertyResult =
  | { ok: true; original: ConsoleValues; problems: string[]; runs: number }
  | { ok: false; original: ConsoleValues; failure: string };

const opArb: fc.Arbitrary<PerturbOp> = fc.record({
  kind: fc.constantFrom(...PERTURB_KINDS),
  target: fc.nat(400),
  choice: fc.nat(1000),
});

export function checkConsoleProperty(options: PropertyOptions): PropertyResult {
  const html = document.body.innerHTML;
  const read = () => readConsole(document, { pathname: options.pathname });
  const original = read();
  const details = fc.check(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops) => {
      document.body.innerHTML = html;
      const log = applyPerturbations(document.body, ops, options.vocabulary);
      const wrong = compareConsole(original, read());
      if (wrong) throw new Error(`${wrong}\n  after: ${log.join('; ')}`);
    }),
    { numRuns: options.runs, seed: options.seed },
  );
  document.body.innerHTML = html;
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : '';
    return {
      ok: false,
      original: consoleValues(original),
      failure: `seed ${options.seed}, ${details.numRuns} runs: ${error}\n  ops: ${JSON.stringify(details.counterexample)}`,
    };
  }
  return {
    ok: true,
    original: consoleValues(original),
    problems: findProblems(original).map((p) => p.element),
    runs: details.numRuns,
  };
}

/**
 * Perturbs a live page as it renders: the page as it is now, then every subtree the page adds.
 * The page's own scripts keep their element references (nothing is replaced, only split, wrapped
 * or relabelled), so the fixture keeps working while the extension reads the changed markup.
 */
export function perturbLive(ops: readonly PerturbOp[], vocabulary: readonly string[]): void {
  let busy = false;
  const apply = (roots: Iterable<Element>): void => {
    busy = true;
    try {
      for (const root of roots) if (root.isConnected) applyPerturbations(root, ops, vocabulary);
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
}
