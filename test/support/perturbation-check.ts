import { findCredentialsForm } from '../../lib/portals/azure/decide';
import { detectPage, PAGE_STEP, type PageKind } from '../../lib/portals/azure/detect';
import { extractFrame } from '../../lib/portals/azure/extract';
import { parsePortalRoute } from '../../lib/portals/azure/routes';
import { findProblems } from '../../lib/portals/cloudsso/decide';
import type { ConsoleSnapshot } from '../../lib/portals/cloudsso/extract';

/**
 * What "the same value or a clear refusal, never a different value" means for each value the
 * two content scripts read. Runs in the page (test/support/in-page.ts).
 */

/** The values a look at the console yields, as the background would receive them. */
export function consoleValues(s: ConsoleSnapshot) {
  return {
    page: s.page,
    endpoint: s.endpoint,
    acceleratedEndpoint: s.acceleratedEndpoint,
    directoryId: s.directoryId,
    syncSwitch: s.syncSwitch,
    key: s.dialog?.secret ?? null,
    credentialId: s.dialog?.credentialId ?? null,
    createdAt: s.dialog?.createdAt ?? null,
    credentials: s.credentials,
    list: s.list,
  };
}
export type ConsoleValues = ReturnType<typeof consoleValues>;

/**
 * Where a variant's reading differs from the original page's, the difference must be a refusal
 * the capture reports as a problem (or an optional value left out). Returns what is wrong, or
 * null. Directory id, credentials, page kind and counts have no refusal: losing them would file
 * the key or the counts under another directory, so they must be read the same.
 */
export type Verdict = { wrong: string } | { refused: string } | null;

export function compareConsole(original: ConsoleSnapshot, variant: ConsoleSnapshot): Verdict {
  const a = consoleValues(original);
  const b = consoleValues(variant);
  const problems = findProblems(variant).map((p) => p.element);
  const refused: Partial<Record<keyof ConsoleValues, boolean>> = {
    endpoint: b.endpoint === null && problems.includes('scim-endpoint'),
    // Optional on the page: missing it loses an alternative, never misleads.
    acceleratedEndpoint: b.acceleratedEndpoint === null,
    syncSwitch: b.syncSwitch === 'unknown',
    key:
      b.key === null &&
      (problems.includes('credential-secret') || problems.includes('credential-dialog')),
    credentialId: b.credentialId === null,
    createdAt: b.createdAt === null,
    list: b.list !== null && !b.list.sourceColumn && problems.includes('source-column'),
  };
  const lost: string[] = [];
  for (const field of Object.keys(a) as (keyof ConsoleValues)[]) {
    if (JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
    const change = `${field}: ${JSON.stringify(a[field])} became ${JSON.stringify(b[field])}`;
    if (!refused[field]) return { wrong: change };
    lost.push(change);
  }
  return lost.length ? { refused: lost.join(', ') } : null;
}

/** What one look at an Azure portal frame yields: the page, the form's fields, the entry. */
export interface AzureReading {
  page: PageKind;
  step: number | null;
  /** The fields taken for Tenant URL and Secret token, by the test's `data-truth` marks. */
  form: { tenantUrl: string | null; secretToken: string | null } | null;
  formProblem: string | null;
  entryButton: string | null;
  appName: string | null;
  assignments: number | null;
}

export function azureReading(doc: Document, isTop: boolean, href: string): AzureReading {
  const { snapshot, elements } = extractFrame(doc, isTop);
  const view = detectPage(snapshot, isTop ? parsePortalRoute(href) : null);
  const decision = findCredentialsForm(snapshot);
  const truth = (index: number): string | null =>
    elements[index]?.getAttribute('data-truth') ?? null;
  return {
    page: view.page,
    step: PAGE_STEP[view.page],
    form: decision.ok
      ? { tenantUrl: truth(decision.form.tenantUrl), secretToken: truth(decision.form.secretToken) }
      : null,
    formProblem: decision.ok ? null : decision.problem,
    entryButton: view.entryButton,
    appName: view.appName,
    assignments: view.assignments,
  };
}

/**
 * The Azure side of "the same value or a refusal": the form, when found, is the same two fields;
 * when not, the frame says why (a form problem); the page is the same, or unrecognized, or, when
 * the form was refused, a page of the same step; optional readings may be lost, never changed.
 */
export function compareAzure(a: AzureReading, b: AzureReading): Verdict {
  const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);
  const lost: string[] = [];
  if (!same(a.form, b.form)) {
    const change = `form: ${JSON.stringify(a.form)} became ${JSON.stringify(b.form)} (${b.formProblem})`;
    if (!(b.form === null && b.formProblem !== null)) return { wrong: change };
    lost.push(change);
  }
  if (a.page !== b.page) {
    const change = `page: ${a.page} became ${b.page}`;
    if (!(b.page === 'unknown' || (b.form === null && b.step === a.step))) return { wrong: change };
    lost.push(change);
  }
  for (const field of ['entryButton', 'appName', 'assignments'] as const) {
    if (a[field] === b[field]) continue;
    const change = `${field}: ${JSON.stringify(a[field])} became ${JSON.stringify(b[field])}`;
    if (b[field] !== null) return { wrong: change };
    lost.push(change);
  }
  return lost.length ? { refused: lost.join(', ') } : null;
}
