import { CYCLE_VALUE_PHRASES } from '../selectors';
import { containsAny } from '../text';

/** What the Overview's "Current cycle status" says, in the few states the rotation needs. */
export type CycleState = 'completed' | 'in-progress' | 'quarantine' | 'failed' | 'unknown';

/**
 * The state a cycle status value names. Quarantine and failure come first: "Incremental cycle
 * completed" under a quarantine banner, or a value naming both, must never read as a success.
 */
export function cycleState(value: string): CycleState {
  if (containsAny(value, CYCLE_VALUE_PHRASES.quarantine)) return 'quarantine';
  if (containsAny(value, CYCLE_VALUE_PHRASES.failed)) return 'failed';
  if (containsAny(value, CYCLE_VALUE_PHRASES.inProgress)) return 'in-progress';
  if (containsAny(value, CYCLE_VALUE_PHRASES.completed)) return 'completed';
  return 'unknown';
}
