import { collapseText, createPageText, type TextRun } from '../../common/page-text';
import {
  BLADE_TITLE,
  CYCLE_LINE_LABELS,
  HEADING,
  LOG_DETAILS_PANE,
  MAPPING_TABLE,
  ON_DEMAND_ACTION_STEP,
  ON_DEMAND_TITLES,
  OUTCOME_FAILURE,
  OUTCOME_SUCCESS,
  QUARANTINE_BANNER_PHRASES,
} from '../selectors';
import { containsAny, isLabel } from '../text';
import { cycleState, type CycleState } from './decide';

/** What this frame shows of the provisioning job's health. Page text only, never a key. */
export interface ProvisioningStatusView {
  /** The cycle status value as shown ("Incremental cycle completed"), and its state. */
  cycleText: string | null;
  cycle: CycleState | null;
  /** A quarantine banner (or status) is shown. */
  quarantine: boolean;
  /** Provision on demand's result: its "Perform action" step succeeded, or a step failed. */
  onDemand: 'success' | 'failure' | null;
}

// Cheap pre-filter on the raw text: most portal frames show none of these.
const HINTS = ['cycle status', '周期状态', 'quarantin', '隔离', 'provision on demand', '按需预配'];

/**
 * The only DOM reader of the Overview's status line, the quarantine banner and Provision on
 * demand's result, in whichever document shows them (the classic blade in the top document, the
 * new experience's page in its React-view frame).
 */
export function extractProvisioningStatus(doc: Document): ProvisioningStatusView | null {
  const raw = (doc.body?.textContent ?? '').toLowerCase();
  if (!HINTS.some((h) => raw.includes(h))) return null;
  const page = createPageText(doc);
  const runs = page.runs(doc.body);
  const cycleText = cycleValue(runs);
  const quarantine = runs.some((r) => containsAny(r.text, QUARANTINE_BANNER_PHRASES) && !inLogs(r));
  const onDemand = onDemandOutcome(runs);
  if (cycleText === null && !quarantine && onDemand === null) return null;
  return {
    cycleText,
    cycle: cycleText === null ? null : cycleState(cycleText),
    quarantine,
    onDemand,
  };
}

/** The value after "Current cycle status", in the same run (after a colon) or the next one. */
function cycleValue(runs: readonly TextRun[]): string | null {
  for (const [i, run] of runs.entries()) {
    const text = run.text.normalize('NFKC');
    const lower = text.toLowerCase();
    for (const label of CYCLE_LINE_LABELS) {
      if (!lower.startsWith(label.toLowerCase())) continue;
      const rest = collapseText(text.slice(label.length).replace(/^[\s:：]+/, ''));
      if (rest !== '') return rest;
      const next = runs[i + 1]?.text ?? '';
      return next === '' ? null : next;
    }
  }
  return null;
}

/**
 * Text of the Provisioning logs (a list's cell, an open entry's details) is no banner: an entry's
 * reason may mention quarantine.
 */
const inLogs = (r: TextRun): boolean =>
  r.element.closest(MAPPING_TABLE) !== null || r.element.closest(LOG_DETAILS_PANE) !== null;

/** Provision on demand's own title: a heading or blade title, never the menu item of that name. */
const isOnDemandTitle = (r: TextRun): boolean =>
  containsAny(r.text, ON_DEMAND_TITLES) && r.element.closest(`${HEADING}, ${BLADE_TITLE}`) !== null;

/**
 * The result of a Provision on demand run: any failed step, else the last step's success. Read
 * only under the page's title, so the classic blade's menu item of that name on another page
 * (its logs with a failure open) reads as nothing.
 */
function onDemandOutcome(runs: readonly TextRun[]): 'success' | 'failure' | null {
  const title = runs.findIndex(isOnDemandTitle);
  if (title < 0) return null;
  const after = runs.slice(title + 1);
  const action = after.findIndex((r) => containsAny(r.text, ON_DEMAND_ACTION_STEP));
  if (action < 0) return null; // the search form, before a run: no result yet
  if (after.some((r) => isLabel(r.text, OUTCOME_FAILURE))) return 'failure';
  return after.slice(action + 1).some((r) => isLabel(r.text, OUTCOME_SUCCESS)) ? 'success' : null;
}
