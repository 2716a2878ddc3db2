import type { FillOutcome } from '../../../storage/guide';

/**
 * Which automatic fills ("as soon as the form appears") the panel announces: each once, and
 * none from before the panel opened (those are history). Kept per panel page, not per
 * component: the fill action mounts only once a form shows, which on a busy machine can be
 * after the background's automatic fill already wrote its outcome, so a mount time would
 * drop exactly the outcome that belongs to the form now shown.
 */
export interface AutoOutcomeGate {
  /** True the first time an automatic outcome from this panel's lifetime is offered. */
  take(outcome: FillOutcome): boolean;
}

export function createAutoOutcomeGate(openedAt: number): AutoOutcomeGate {
  let lastShownAt = 0;
  return {
    take(outcome) {
      if (outcome.trigger !== 'auto' || outcome.at < openedAt || outcome.at <= lastShownAt)
        return false;
      lastShownAt = outcome.at;
      return true;
    },
  };
}

/** The panel page's own gate, from the moment its script loaded. */
export const panelAutoOutcomes = createAutoOutcomeGate(Date.now());
