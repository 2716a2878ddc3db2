import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Handlers } from '../../messaging/router';
import { createNotice, type Notice } from './apply';
import { decide, forgetPage, INITIAL_MEMORY, type PageFacts, type SecretOffer } from './decide';
import { readConsole } from './extract';
import { cloudssoToContent, sendToBackground } from './messages';
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

/** What the capture answers from the background. */
export type CaptureContentHandlers = Pick<
  Handlers<typeof cloudssoToContent>,
  'capture.keyGone' | 'capture.keyTime'
>;

/**
 * The capture on the CloudSSO console: looks at the page on every change, sends the non-secret
 * facts and the problems to the background, and hands a freshly shown key to the background
 * (after the admin's click when the setting asks for one). The key is held here only while it
 * is being handed over or waits for that click; it is never stored and never written into the
 * page.
 */
export function startCapture(ctx: ContentScriptContext): CaptureContentHandlers {
  let memory = INITIAL_MEMORY;
  let notice: Promise<Notice> | null = null;
  const getNotice = (): Promise<Notice> =>
    (notice ??= createNotice(ctx, {
      forget: async () => (await sendToBackground('capture.forget', {})).forgotten,
      openPanel: async () => (await sendToBackground('panel.open', {})).opened,
    }));

  const offer = async (o: SecretOffer): Promise<void> => {
    // Settings live in the background's storage; a content script does not read storage.
    let policy: { askFirst: boolean; ttlMinutes: number };
    try {
      policy = await sendToBackground('capture.policy', {});
    } catch {
      // Without an answer the key cannot be kept either; the notice says to copy it by hand.
      (await getNotice()).failed();
      return;
    }
    if (policy.askFirst) {
      const keep = await (await getNotice()).ask(policy.ttlMinutes);
      if (!keep) {
        (await getNotice()).declined();
        return;
      }
    }
    try {
      const { forgetAt, ttlMinutes } = await sendToBackground('capture.secret', {
        secret: o.secret,
        credentialId: o.credentialId,
        createdAt: o.createdAt,
        directoryId: o.directoryId,
      });
      (await getNotice()).kept(forgetAt, ttlMinutes);
    } catch {
      // The error says nothing about the key; the notice tells the admin to copy it by hand.
      (await getNotice()).failed();
    }
  };

  observeConsole(
    ctx,
    ({ settled }) => {
      const decision = decide(readConsole(), memory, settled);
      memory = decision.memory;
      if (decision.facts) {
        sendToBackground('capture.page', payloadOf(decision.facts)).catch(() => {
          // Try again on the next change (the background may have been restarting).
          memory = { ...memory, sentFacts: null };
        });
      }
      if (decision.offer) void offer(decision.offer);
    },
    () => {
      memory = forgetPage(memory);
    },
  );

  return {
    // A notice never created has nothing to update: do not create one for this.
    'capture.keyGone': async () => ({ shown: notice ? (await notice).keyGone() : false }),
    'capture.keyTime': async ({ forgetAt }) => ({
      shown: notice ? (await notice).keyTime(forgetAt) : false,
    }),
  };
}
