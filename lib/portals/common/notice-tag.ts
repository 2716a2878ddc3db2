/**
 * The custom element that hosts the CloudSSO capture's in-page notice (cloudsso/apply.ts). Every
 * reader of a page skips it: it is the extension's own, never the console's.
 */
export const NOTICE_HOST_TAG = 'cloudsso-scim-assistant-notice';
