import type { z } from 'zod';
import type { PageFactsPayload } from '../../messaging/contract/capture';
import { assessEndpoint } from '../../portals/cloudsso/endpoint';
import type { Site } from '../../portals/cloudsso/detect';
import {
  captureTabsItem,
  currentDirectoryItem,
  directoriesItem,
  portalFramesItem,
  secretItem,
  type Credential,
  type Directory,
} from '../../storage';
import { createSerializer } from '../../util/serialize';
import { expiryOf } from '../../capture/expiry';

type PageFacts = z.output<typeof PageFactsPayload>;

// Every write below is read-modify-write on shared records: one at a time.
const serialize = createSerializer();
const MAX_CREDENTIALS = 8;

const siteKey = (site: Site): string => `${site}:site`;
const regionKey = (site: Site, endpoint: string): string =>
  `${site}:region:${assessEndpoint(endpoint, 'regular').region ?? 'unknown'}`;
/** Records filed without a directory id: per site, or per site and region. */
const idless = (key: string, site: Site): boolean =>
  key === siteKey(site) || key.startsWith(`${site}:region:`);
// The console prints the base with or without its trailing slash; that is the same endpoint.
const sameEndpoint = (a: string, b: string): boolean =>
  a.trim().replace(/\/+$/, '').toLowerCase() === b.trim().replace(/\/+$/, '').toLowerCase();

function emptyDirectory(
  key: string,
  site: Site,
  directoryId: string | null,
  now: number,
): Directory {
  return {
    key,
    site,
    directoryId,
    endpoint: null,
    acceleratedEndpoint: null,
    endpointIssue: null,
    acceleratedEndpointIssue: null,
    region: null,
    syncEnabled: null,
    credentials: [],
    scimUsers: null,
    scimGroups: null,
    updatedAt: now,
  };
}

/**
 * Which directory record a page belongs to: the directory id when the page shows one; else the
 * one this tab last showed, or the one the admin worked with last, on the same site; else one
 * record for the whole site. A page without an id whose endpoint differs from that record's is
 * another directory (another account on the same site): it gets a record of its own, per site
 * and region, rather than overwriting the first.
 */
async function resolveKey(
  site: Site,
  directoryId: string | null,
  tabId: number,
  endpoint: string | null,
  all: Record<string, Directory>,
): Promise<string> {
  if (directoryId) return `${site}:${directoryId}`;
  const tab = (await captureTabsItem.get())[String(tabId)];
  const current = await currentDirectoryItem.get();
  const found =
    (tab?.directoryKey.startsWith(`${site}:`) ? tab.directoryKey : null) ??
    (current?.startsWith(`${site}:`) ? current : null) ??
    siteKey(site);
  const shown = all[found]?.endpoint;
  if (endpoint && shown && !sameEndpoint(shown, endpoint)) return regionKey(site, endpoint);
  return found;
}

/**
 * A record made before the directory id showed up (the tab's own, else the site-wide one)
 * becomes that directory's record, and the key filed under it follows.
 */
async function adoptIdlessRecord(
  all: Record<string, Directory>,
  key: string,
  site: Site,
  directoryId: string,
  tabId: number,
): Promise<Record<string, Directory>> {
  if (all[key]) return all;
  const tabKey = (await captureTabsItem.get())[String(tabId)]?.directoryKey;
  const from = tabKey && idless(tabKey, site) && all[tabKey] ? tabKey : siteKey(site);
  const orphan = all[from];
  if (!orphan) return all;
  const { [from]: _moved, ...rest } = all;
  const kept = await secretItem.get();
  if (kept?.directoryKey === from) await secretItem.set({ ...kept, directoryKey: key });
  return { ...rest, [key]: { ...orphan, key, directoryId } };
}

const newestFirst = (list: Credential[]): Credential[] =>
  list.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0)).slice(0, MAX_CREDENTIALS);

/** One credential as now known: the console's own dates win over a capture-time estimate. */
function combine(c: Credential, prev: Credential | undefined): Credential {
  return {
    id: c.id,
    createdAt: c.createdAt ?? prev?.createdAt ?? null,
    createdFrom: c.createdAt !== null ? c.createdFrom : (prev?.createdFrom ?? c.createdFrom),
    // A list that showed the state wins; a dialog (no state) keeps what was known.
    status: c.status ?? prev?.status ?? null,
    expiresAt:
      c.expiresAt ??
      (c.createdAt !== null ? expiryOf(c.createdAt) : null) ??
      prev?.expiresAt ??
      null,
  };
}

/** Adds or updates credentials seen one at a time (a key's dialog). */
function addCredentials(known: Credential[], seen: Credential[]): Credential[] {
  const byId = new Map(known.map((c) => [c.id, c]));
  for (const c of seen) byId.set(c.id, combine(c, byId.get(c.id)));
  return newestFirst([...byId.values()]);
}

/**
 * The Settings page lists every credential of the directory: that list replaces the stored one,
 * so deleted and rotated credentials, and their expiry reminders, go. Known creation times stay
 * for ids still listed. The credential of the key kept now stays even when not listed: the
 * console adds a new credential to its list only after its dialog closes.
 */
function replaceCredentials(
  known: Credential[],
  listed: Credential[],
  keptId: string | null,
): Credential[] {
  const byId = new Map(known.map((c) => [c.id, c]));
  const next = listed.map((c) => combine(c, byId.get(c.id)));
  const kept = keptId ? byId.get(keptId) : undefined;
  if (kept && !next.some((c) => c.id === kept.id)) next.push(kept);
  return newestFirst(next);
}

function mergeFacts(
  d: Directory,
  facts: PageFacts,
  keptCredentialId: string | null,
  now: number,
): Directory {
  const next: Directory = { ...d, updatedAt: now };
  if (facts.endpoint) {
    const verdict = assessEndpoint(facts.endpoint, 'regular');
    next.endpoint = facts.endpoint;
    next.endpointIssue = verdict.issue;
    next.region = verdict.region;
  }
  if (facts.acceleratedEndpoint) {
    const verdict = assessEndpoint(facts.acceleratedEndpoint, 'accelerated');
    next.acceleratedEndpoint = facts.acceleratedEndpoint;
    next.acceleratedEndpointIssue = verdict.issue;
    next.region ??= verdict.region;
  } else if (facts.page === 'settings' && facts.endpoint) {
    // The SCIM section is on screen without an accelerated endpoint: the feature is off.
    next.acceleratedEndpoint = null;
    next.acceleratedEndpointIssue = null;
  }
  if (facts.syncEnabled !== null) next.syncEnabled = facts.syncEnabled;
  if (facts.credentials.length > 0) {
    const seen = facts.credentials.map((c) => ({ ...c, createdFrom: 'console' as const }));
    // An empty list may be one still rendering, so only a list with entries replaces.
    next.credentials =
      facts.page === 'settings'
        ? replaceCredentials(d.credentials, seen, keptCredentialId)
        : addCredentials(d.credentials, seen);
  }
  if (facts.list) {
    const count = { scim: facts.list.scim, listed: facts.list.total, countedAt: now };
    if (facts.list.kind === 'users') next.scimUsers = count;
    else next.scimGroups = count;
  }
  return next;
}

export interface PageSource {
  tabId: number;
  site: Site;
  href: string;
}

/** Records what a console page showed; returns the directory key it was filed under. */
export function recordPage(
  source: PageSource,
  facts: PageFacts,
  now = Date.now(),
): Promise<string> {
  return serialize(async () => {
    let all = await directoriesItem.get();
    const key = await resolveKey(source.site, facts.directoryId, source.tabId, facts.endpoint, all);
    if (facts.directoryId)
      all = await adoptIdlessRecord(all, key, source.site, facts.directoryId, source.tabId);
    const prev = all[key] ?? emptyDirectory(key, source.site, facts.directoryId, now);
    const kept = await secretItem.get();
    const keptId = kept?.directoryKey === key ? kept.credentialId : null;
    await directoriesItem.set({ ...all, [key]: mergeFacts(prev, facts, keptId, now) });
    // Entries of tabs that have closed since (the frame registry forgets those) go.
    const open = new Set(Object.values(await portalFramesItem.get()).map((f) => f.tabId));
    const tabs = Object.fromEntries(
      Object.entries(await captureTabsItem.get()).filter(
        ([, t]) => open.has(t.tabId) || t.tabId === source.tabId,
      ),
    );
    await captureTabsItem.set({
      ...tabs,
      [String(source.tabId)]: {
        tabId: source.tabId,
        directoryKey: key,
        href: source.href.slice(0, 4096),
        page: facts.page,
        problems: facts.problems,
        seenAt: now,
      },
    });
    if (facts.page !== 'other') await currentDirectoryItem.set(key);
    return key;
  });
}

export interface CapturedCredential {
  tabId: number;
  site: Site;
  directoryId: string | null;
  credentialId: string | null;
  /** From the dialog when it printed a time; else null and the capture time stands in. */
  createdAt: number | null;
}

/**
 * Files a key's credential (id, creation, expiry) under its directory; returns the directory
 * key, which the kept key records too.
 */
export function recordCredential(c: CapturedCredential, now = Date.now()): Promise<string> {
  return serialize(async () => {
    let all = await directoriesItem.get();
    const key = await resolveKey(c.site, c.directoryId, c.tabId, null, all);
    if (c.directoryId) all = await adoptIdlessRecord(all, key, c.site, c.directoryId, c.tabId);
    const prev = all[key] ?? emptyDirectory(key, c.site, c.directoryId, now);
    const credentials = c.credentialId
      ? addCredentials(prev.credentials, [
          {
            id: c.credentialId,
            createdAt: c.createdAt ?? now,
            createdFrom: c.createdAt !== null ? 'console' : 'captured',
            expiresAt: null,
          },
        ])
      : prev.credentials;
    await directoriesItem.set({ ...all, [key]: { ...prev, credentials, updatedAt: now } });
    await currentDirectoryItem.set(key);
    return key;
  });
}
