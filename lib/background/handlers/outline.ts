import { browser } from 'wxt/browser';
import { sendToFrame } from '../../messaging/client';
import type { outlineToBackground } from '../../messaging/contract/outline';
import type { Handlers } from '../../messaging/router';
import { extensionWording } from '../../portals/common/vocabulary';
import { portalFramesItem } from '../../storage';
import { collectPageOutline } from '../outline';

export const outlineHandlers: Handlers<typeof outlineToBackground> = {
  // Only extension pages may ask (the contract says so); each frame's reply is validated there.
  'page.outline': ({ tabId }) =>
    collectPageOutline(tabId, {
      frames: () => portalFramesItem.get(),
      // The frames keep as text only the extension's own wording, which the worker holds for
      // both portals: no content script carries the other portal's selectors.
      ask: (tab, frameId) =>
        sendToFrame(tab, frameId, 'content.outline', { words: extensionWording() }),
      version: browser.runtime.getManifest().version,
      now: Date.now(),
    }),
};
