import { resolve } from 'node:path';

/** The built Chrome extension the e2e suites load (WXT_OUT_DIR lets parallel builds coexist). */
export const EXT_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES_DIR = resolve('test/fixtures');
/** The name Chromium gives the content scripts' isolated worlds. */
export const EXTENSION_NAME = 'CloudSSO SCIM Assistant';
