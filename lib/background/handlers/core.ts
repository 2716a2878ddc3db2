import { browser } from 'wxt/browser';
import type { coreToBackground } from '../../messaging/contract/core';
import type { Handlers } from '../../messaging/router';
import { recordFrame } from '../frames';

export const coreHandlers: Handlers<typeof coreToBackground> = {
  'content.hello': async (_payload, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined || !sender.origin)
      return { recorded: false };
    const frame = await recordFrame(tabId, sender.frameId, sender.origin, {
      ...(sender.documentId ? { documentId: sender.documentId } : {}),
    });
    return { recorded: frame !== null };
  },
  'diag.ping': () => ({ version: browser.runtime.getManifest().version }),
};
