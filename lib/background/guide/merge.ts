import { classifyOrigin } from '../../origins';
import { PAGE_STEP, type PageKind } from '../../portals/azure/detect';
import { parsePortalRoute, routeKind, routeStep } from '../../portals/azure/routes';
import type { StoredFrameReport, TabGuide, TestRecord } from '../../storage/guide';

// Top-document pages under which a React view's own page is the better answer: the blade
// around the view only says "Provisioning", the view says whether it is the form or the start.
const REFINABLE: ReadonlySet<PageKind> = new Set([
  'provisioning',
  'provisioning-start',
  'provisioning-settings',
  'provisioning-overview',
  'provisioning-logs',
  'app-overview', // the provisioning deep link can leave the shell title on Overview
  'app-other',
  'unknown',
]);

const newestFirst = (a: StoredFrameReport, b: StoredFrameReport): number => b.at - a.at;

// Pages that only say which blade a frame belongs to. The new provisioning experience draws the
// blade around the form (its menu, its title) in one React-view frame and the page itself in a
// second one, nested in the first or beside it (docs/research/entra-portal.md#frames-and-origins):
// the frame that says what the page is wins over the one that only names the blade, whichever
// reported last.
const BLADE_ONLY: ReadonlySet<PageKind> = new Set(['provisioning', 'app-overview', 'app-other']);

const specificFirst = (a: StoredFrameReport, b: StoredFrameReport): number =>
  Number(BLADE_ONLY.has(a.page)) - Number(BLADE_ONLY.has(b.page)) || newestFirst(a, b);

/**
 * Whether a React view's report still describes what the tab shows. The portal may keep a view
 * (or its last report) after the admin moved on, so a view counts only under a top page that
 * can hold it, or when what it reports appeared after the top document's last route change. A
 * form counts from when it appeared (`formSince`), not from its last report: a leftover view
 * that re-renders does not become current again.
 */
function isCurrent(f: StoredFrameReport, top: StoredFrameReport | null): boolean {
  if (f === top || !top || REFINABLE.has(top.page)) return true;
  return (f.form !== null ? (f.formSince ?? f.at) : f.at) > top.routeAt;
}

/**
 * Merges what a tab's frames report into one answer. The page wins over the address: a step is
 * `confirmed` only when a frame recognized its page; the route alone gives an unconfirmed step,
 * and that step is named in `unrecognized` so the side panel can say what it could not find.
 */
export function mergeTab(frames: readonly StoredFrameReport[], now: number): TabGuide {
  const top = frames.find((f) => f.frame === 'top') ?? null;
  const route = top ? parsePortalRoute(top.href) : null;
  const hint = route ? routeStep(routeKind(route)) : null;
  // Only frames on allow-listed origins count (the router already refuses others, this keeps
  // the merge honest on its own), and only those still describing the tab (isCurrent).
  const trusted = frames.filter(
    (f) => classifyOrigin(`${f.origin}/`)?.portal === 'azure' && isCurrent(f, top),
  );
  // Every React-view frame counts alike, wherever it sits in the frame tree (nested in another
  // React view or beside it): the browser's frame id and document name it, not its place.
  const views = trusted
    .filter((f) => f.frame === 'sub' && f.page !== 'unknown')
    .sort(specificFirst);
  const formFrame = trusted.filter((f) => f.form !== null).sort(newestFirst)[0] ?? null;

  let source: StoredFrameReport | null = top && top.page !== 'unknown' ? top : null;
  if (formFrame) source = formFrame;
  else if (top?.page !== 'create-app' && (!top || REFINABLE.has(top.page)) && views[0]) {
    source = views[0];
  }
  const page: PageKind = source?.page ?? 'unknown';
  const pageStep = PAGE_STEP[page];

  const tested = trusted.filter((f) => f.testOutcome !== null).sort(newestFirst)[0] ?? null;
  const testOutcome: TestRecord | null = tested?.testOutcome
    ? {
        ok: tested.testOutcome.ok,
        text: tested.testOutcome.text,
        tenantUrl: tested.form?.tenantUrl ?? null,
        at: tested.at,
      }
    : null;
  const problemFrame = trusted.filter((f) => f.formProblem !== null).sort(newestFirst)[0];
  const named = [top, ...views].find((f) => f?.appName) ?? null;

  return {
    step: pageStep ?? (page === 'unknown' ? hint : null),
    confirmed: pageStep !== null,
    page,
    evidence: source?.evidence ?? [],
    unrecognized: pageStep === null && page === 'unknown' ? hint : null,
    host: route?.host ?? null,
    app: {
      name: named?.appName ?? null,
      objectId: top?.appObjectId ?? null,
      appId: top?.appId ?? null,
    },
    form: formFrame?.form
      ? {
          frameId: formFrame.frameId,
          documentId: formFrame.documentId,
          origin: formFrame.origin,
          variant: formFrame.form.variant,
          seenAt: formFrame.formSince ?? formFrame.at,
          secretPresent: formFrame.form.secretPresent === true,
        }
      : null,
    formProblem: formFrame ? null : (problemFrame?.formProblem ?? null),
    entryButton: trusted.map((f) => f.entryButton).find((b) => b !== null) ?? null,
    testOutcome,
    assignments: top?.page === 'users-groups' ? top.assignments : null,
    updatedAt: now,
  };
}
