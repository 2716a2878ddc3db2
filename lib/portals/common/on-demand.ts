import { browser } from 'wxt/browser';

/**
 * The content scripts' on-demand modules (entrypoints/*-on-demand.ts). A portal frame runs only
 * its content script's start: reading the page and telling the background what it shows. What
 * the admin rarely asks of a frame (answering the side panel: Fill, the page outline; the
 * capture's in-page notice and the hand-over of a key) is in a module loaded the first time it is
 * needed, with zod and the schemas of the messages it reads (docs/performance.md).
 *
 * A content script can load another file of its extension only with `import()` of a
 * web-accessible resource (MV3 has no other way short of the "scripting" permission, which the
 * extension does not ask for), so each module is web-accessible to its own portal's origins only
 * (wxt.config.ts). The module runs in the content script's isolated world, as the content script
 * does; a page that loads it gets only functions it has no extension API to use.
 */
export type OnDemandPath = '/azure-on-demand.js' | '/cloudsso-on-demand.js';

/**
 * Loads a module once, on the first call; a failed load (the extension reloaded under the page)
 * is tried again on the next call.
 */
export function onDemand<M>(path: OnDemandPath): () => Promise<M> {
  let loading: Promise<M> | null = null;
  return () => {
    loading ??= (
      import(/* @vite-ignore */ browser.runtime.getURL(path)) as Promise<{ default: M }>
    ).then(
      (module) => module.default,
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
}

/** Memoizes a promise-returning function; a rejection is not kept, so the next call retries. */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () => {
    made ??= make().catch((error: unknown) => {
      made = null;
      throw error;
    });
    return made;
  };
}
