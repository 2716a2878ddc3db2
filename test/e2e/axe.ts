import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

/**
 * axe-core in a real page: the library is injected with `evaluate(source)` (extension pages
 * allow no remote script, and nothing here touches the network), then run on the document or
 * on one element.
 */

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  /** CSS selectors of the offending nodes, with axe's summary of what is wrong. */
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe on `selector` (default: the whole document) and returns every violation. */
export async function runAxe(target: Page | Frame, selector?: string): Promise<AxeViolation[]> {
  const injected = await target.evaluate(() => 'axe' in window);
  if (!injected) await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(sel ?? document, { resultTypes: ['violations'] });
    return (
      result.violations as {
        id: string;
        impact: AxeViolation['impact'];
        help: string;
        nodes: { target: string[]; failureSummary: string }[];
      }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, selector ?? null);
}

/** The serious and critical violations only: what the project must not ship. */
export async function seriousViolations(
  target: Page | Frame,
  selector?: string,
): Promise<AxeViolation[]> {
  return (await runAxe(target, selector)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}
