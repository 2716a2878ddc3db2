import type { Browser } from 'wxt/browser';

// `worker.evaluate(() => chrome.storage…)` runs inside the service worker, where `chrome` exists.
declare global {
  const chrome: Browser;
}
export {};
