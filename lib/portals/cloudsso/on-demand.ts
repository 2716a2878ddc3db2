import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnswer } from '../common/answer';
import type { Answer } from '../common/hello';
import { createNotice, type Notice } from './apply';
import type { SecretOffer } from './decide';
import { cloudssoToContent, sendToBackground } from './messages';
import { describeCloudssoRoute } from './outline-route';

/** What the capture's start (capture.ts) uses once the page shows a key or the background asks. */
export interface CloudssoHere {
  /** Hands a freshly shown key to the background, after the admin's click when Settings ask. */
  offer(o: SecretOffer): Promise<void>;
  answer: Answer;
}

/** The CloudSSO content script's on-demand module (entrypoints/cloudsso-on-demand.ts). */
export interface CloudssoOnDemand {
  start(ctx: ContentScriptContext): CloudssoHere;
}

/**
 * The rare half of the capture: the in-page notice, the hand-over of a shown key, and the
 * answers to the background (the key is gone, its time changed, describe, outline). The key is
 * held here only while it is handed over or waits for the admin's click; it is never stored and
 * never written into the page.
 */
export const cloudssoOnDemand: CloudssoOnDemand = {
  start: (ctx) => {
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

    const answer = createAnswer({
      contract: cloudssoToContent,
      handlers: {
        // A notice never created has nothing to update: do not create one for this.
        'capture.keyGone': async () => ({ shown: notice ? (await notice).keyGone() : false }),
        'capture.keyTime': async ({ forgetAt }) => ({
          shown: notice ? (await notice).keyTime(forgetAt) : false,
        }),
      },
      describeRoute: describeCloudssoRoute,
    });
    return { offer, answer };
  },
};
