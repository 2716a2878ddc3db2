import { findProblems } from '../../lib/portals/cloudsso/decide';
import type { ConsoleSnapshot } from '../../lib/portals/cloudsso/extract';

/**
 * What "the same value or a clear refusal, never a different value" means for each value the
 * CloudSSO capture reads. Pure, so it runs in the page (test/support/in-page.ts) as well.
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
export function compareConsole(original: ConsoleSnapshot, variant: ConsoleSnapshot): string | null {
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
  for (const field of Object.keys(a) as (keyof ConsoleValues)[]) {
    if (JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
    if (refused[field]) continue;
    return `${field}: ${JSON.stringify(a[field])} became ${JSON.stringify(b[field])}`;
  }
  return null;
}
