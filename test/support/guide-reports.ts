import type {
  FrameReport,
  StoredFrameReport,
  TabGuide,
  TabState,
  TenantUrlFacts,
} from '@/lib/storage/guide';

export const SP = '11111111-2222-3333-4444-555555555555';
export const APP = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/** A frame report with nothing recognized; tests override what matters. */
export function report(over: Partial<FrameReport> = {}): FrameReport {
  return {
    href: 'https://portal.azure.com/#home',
    frame: 'top',
    docStart: 1,
    page: 'unknown',
    evidence: [],
    appName: null,
    appObjectId: null,
    appId: null,
    form: null,
    formProblem: null,
    entryButton: null,
    testOutcome: null,
    assignments: null,
    ...over,
  };
}

/** A Tenant URL field as the content script reports it. */
export const facts = (over: Partial<TenantUrlFacts> = {}): TenantUrlFacts => ({
  kind: 'empty',
  host: null,
  path: null,
  region: null,
  ...over,
});

export function stored(
  frameId: number,
  origin: string,
  at: number,
  over: Partial<FrameReport> = {},
  extra: Partial<Pick<StoredFrameReport, 'documentId' | 'routeAt' | 'formSince'>> = {},
): StoredFrameReport {
  const r = report({ frame: frameId === 0 ? 'top' : 'sub', ...over });
  return {
    ...r,
    frameId,
    documentId: null,
    origin,
    at,
    routeAt: at,
    formSince: r.form ? at : null,
    ...extra,
  };
}

export function tabGuide(over: Partial<TabGuide> = {}): TabGuide {
  return {
    step: null,
    confirmed: false,
    page: 'unknown',
    evidence: [],
    unrecognized: null,
    host: 'portal.azure.com',
    app: { name: null, objectId: null, appId: null },
    form: null,
    formProblem: null,
    entryButton: null,
    testOutcome: null,
    assignments: null,
    updatedAt: 1,
    ...over,
  };
}

/** The portal's top document (portal.azure.com), as it reports itself. */
export const portalTop = (): StoredFrameReport => stored(0, 'https://portal.azure.com', 1);

export function tabState(tabId: number, merged: Partial<TabGuide>): TabState {
  // The portal's own top document reported: its views are only trusted inside it.
  return { tabId, windowId: 1, frames: { '0': portalTop() }, merged: tabGuide(merged) };
}
