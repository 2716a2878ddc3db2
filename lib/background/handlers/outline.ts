import { browser } from 'wxt/browser';
import { sendToFrame } from '../../messaging/client';
import type { outlineToBackground } from '../../messaging/contract/outline';
import type { Handlers } from '../../messaging/router';
import { portalFramesItem } from '../../storage';
import { collectPageOutline } from '../outline';

export const outlineHandlers: Handlers<typeof outlineToBackground> = {
  // Only extension pages may ask (the contract says so); each frame's reply is validated there.
  'page.outline': ({ tabId }) =>
    collectPageOutline(tabId, {
      frames: () => portalFramesItem.get(),
      ask: (tab, frameId) => sendToFrame(tab, frameId, 'content.outline', {}),
      version: browser.runtime.getManifest().version,
      now: Date.now(),
    }),
};
