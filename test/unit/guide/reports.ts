import type { FrameReport, StoredFrameReport, TabGuide, TabState } from '@/lib/storage/guide';

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

export function stored(
  frameId: number,
  origin: string,
  at: number,
  over: Partial<FrameReport> = {},
): StoredFrameReport {
  return { ...report({ frame: frameId === 0 ? 'top' : 'sub', ...over }), frameId, origin, at };
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

export function tabState(tabId: number, merged: Partial<TabGuide>): TabState {
  return { tabId, windowId: 1, frames: {}, merged: tabGuide(merged) };
}
