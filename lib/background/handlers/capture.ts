import { browser } from 'wxt/browser';
import type { captureToBackground, CheckStep } from '../../messaging/contract/capture';
import type { HandlerContext, Handlers } from '../../messaging/router';
import { checkPolicy } from '../../capture/check-policy';
import { siteOf, type Site } from '../../portals/cloudsso/detect';
import { directoriesItem, settingsItem } from '../../storage';
import { recordCredential, recordPage } from '../capture/directories';
import { checkKey, checkService, type FetchLike } from '../capture/endpoint-check';
import { readLiveSecret } from '../../capture/live-secret';
import { forgetSecret, keepLonger, keepSecret } from '../capture/secret';

/** The console tab's top frame that sent a message, from what the browser reports. */
function consoleSource(ctx: HandlerContext): { tabId: number; site: Site; href: string } {
  const { sender } = ctx;
  const tabId = sender.tab?.id;
  const site = sender.origin ? siteOf(new URL(sender.origin).hostname) : null;
  // The router already checked the origin; the key and facts come only from the top document.
  if (tabId === undefined || sender.frameId !== 0 || !site || !sender.url)
    throw new Error('Only the CloudSSO console page itself can report captures.');
  return { tabId, site, href: sender.url };
}

async function runCheck(
  directoryKey: string,
  which: 'endpoint' | 'accelerated',
  withKey: boolean,
  fetchFn: FetchLike,
): Promise<{ endpoint: string | null; service: CheckStep; key: CheckStep | null }> {
  const directory = (await directoriesItem.get())[directoryKey];
  const endpoint =
    (which === 'endpoint' ? directory?.endpoint : directory?.acceleratedEndpoint) ?? null;
  const none = (outcome: CheckStep['outcome']) => ({
    endpoint,
    service: { outcome, status: null },
    key: null,
  });
  if (!endpoint) return none('no-endpoint');
  const policy = checkPolicy(endpoint, which);
  if (!policy.call) return none('not-checkable');
  const origins = [`${new URL(endpoint).origin}/*`];
  if (!(await browser.permissions.contains({ origins }))) return none('no-permission');
  const service = await checkService(endpoint, fetchFn);
  if (!withKey) return { endpoint, service, key: null };
  // Checking the key only means something once the service itself answers.
  if (service.outcome !== 'scim-service') return { endpoint, service, key: null };
  const kept = await readLiveSecret();
  if (!kept || kept.directoryKey !== directoryKey)
    return { endpoint, service, key: { outcome: 'no-key', status: null } };
  // The page showed this endpoint; the key goes only to the documented host form.
  if (!policy.sendKey) return { endpoint, service, key: { outcome: 'key-withheld', status: null } };
  const key = await checkKey(endpoint, kept.secret, fetchFn);
  return { endpoint, service, key };
}

/** The capture's background handlers (the key's time limit is `startKeyLifetime`'s). */
export function captureHandlers(
  fetchFn: FetchLike = (url, init) => fetch(url, init),
): Handlers<typeof captureToBackground> {
  return {
    'capture.page': async (facts, ctx) => {
      await recordPage(consoleSource(ctx), facts);
      return null;
    },
    'capture.secret': async (payload, ctx) => {
      const source = consoleSource(ctx);
      const directoryKey = await recordCredential({
        tabId: source.tabId,
        site: source.site,
        directoryId: payload.directoryId,
        credentialId: payload.credentialId,
        createdAt: payload.createdAt,
      });
      const kept = await keepSecret({
        secret: payload.secret,
        credentialId: payload.credentialId,
        directoryKey,
      });
      return {
        forgetAt: kept.forgetAt,
        ttlMinutes: Math.round((kept.forgetAt - kept.capturedAt) / 60_000),
      };
    },
    // Settings stay in the worker's storage: the content script asks just before it hands a key
    // over, so it carries neither the storage layer nor the Settings schema.
    'capture.policy': async (_payload, ctx) => {
      consoleSource(ctx);
      const settings = await settingsItem.get();
      return { askFirst: settings.askBeforeKeepingSecret, ttlMinutes: settings.secretTtlMinutes };
    },
    'capture.forget': async () => ({ forgotten: await forgetSecret() }),
    'capture.keepLonger': () => keepLonger(),
    'capture.check': ({ directoryKey, which, withKey }) =>
      runCheck(directoryKey, which, withKey, fetchFn),
  };
}
