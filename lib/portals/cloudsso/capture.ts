import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { notify } from '../../messaging/notify';
import { decide, forgetPage, INITIAL_MEMORY, type PageFacts, type SecretOffer } from './decide';
import { readConsole } from './extract';
import { observeConsole } from './observe';

/** Fields the contract would refuse are dropped, not sent: one odd value must not lose the rest. */
function payloadOf(facts: PageFacts): PageFacts {
  const url = (v: string | null): string | null => (v && v.length <= 2048 ? v : null);
  return {
    ...facts,
    endpoint: url(facts.endpoint),
    acceleratedEndpoint: url(facts.acceleratedEndpoint),
    credentials: facts.credentials.slice(0, 8),
  };
}

/**
 * The capture on the CloudSSO console: looks at the page on every change and sends the
 * non-secret facts and the problems to the background. A freshly shown key goes to `offer`, the
 * on-demand module's hand-over (on-demand.ts), once per dialog.
 */
export function startCapture(
  ctx: ContentScriptContext,
  offer: (o: SecretOffer) => Promise<void>,
): void {
  let memory = INITIAL_MEMORY;
  observeConsole(
    ctx,
    ({ settled }) => {
      const decision = decide(readConsole(), memory, settled);
      memory = decision.memory;
      if (decision.facts) {
        notify('capture.page', payloadOf(decision.facts)).catch(() => {
          // Try again on the next change (the background may have been restarting).
          memory = { ...memory, sentFacts: null };
        });
      }
      // Unreachable only when the extension was reloaded under the page: nothing to hand to.
      if (decision.offer) offer(decision.offer).catch(() => undefined);
    },
    () => {
      memory = forgetPage(memory);
    },
  );
}
