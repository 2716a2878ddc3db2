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
 * record for the whole site. Several directories on one site stay apart only when the console
 * shows their ids somewhere in the tab's history.
 */
async function resolveKey(site: Site, directoryId: string | null, tabId: number): Promise<string> {
  if (directoryId) return `${site}:${directoryId}`;
  const tab = (await captureTabsItem.get())[String(tabId)];
  if (tab?.directoryKey.startsWith(`${site}:`)) return tab.directoryKey;
  const current = await currentDirectoryItem.get();
  if (current?.startsWith(`${site}:`)) return current;
  return siteKey(site);
}

/** A site-wide record made before the directory id showed up becomes that directory's record. */
async function adoptSiteRecord(
  all: Record<string, Directory>,
  key: string,
  site: Site,
  directoryId: string,
): Promise<Record<string, Directory>> {
  const orphan = all[siteKey(site)];
  if (all[key] || !orphan) return all;
  const { [siteKey(site)]: _moved, ...rest } = all;
  const kept = await secretItem.get();
  if (kept?.directoryKey === siteKey(site)) await secretItem.set({ ...kept, directoryKey: key });
  return { ...rest, [key]: { ...orphan, key, directoryId } };
}

function mergeCredentials(known: Credential[], seen: Credential[]): Credential[] {
  const byId = new Map(known.map((c) => [c.id, c]));
  for (const c of seen) {
    const prev = byId.get(c.id);
    byId.set(c.id, {
      id: c.id,
      // The console's own dates win over a capture-time estimate.
      createdAt: c.createdAt ?? prev?.createdAt ?? null,
      createdFrom: c.createdAt !== null ? c.createdFrom : (prev?.createdFrom ?? c.createdFrom),
      expiresAt:
        c.expiresAt ??
        (c.createdAt !== null ? expiryOf(c.createdAt) : null) ??
        prev?.expiresAt ??
        null,
    });
  }
  return [...byId.values()]
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))
    .slice(0, MAX_CREDENTIALS);
}

function mergeFacts(d: Directory, facts: PageFacts, now: number): Directory {
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
  if (facts.credentials.length > 0)
    next.credentials = mergeCredentials(
      d.credentials,
      facts.credentials.map((c) => ({ ...c, createdFrom: 'console' as const })),
    );
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
    const key = await resolveKey(source.site, facts.directoryId, source.tabId);
    let all = await directoriesItem.get();
    if (facts.directoryId) all = await adoptSiteRecord(all, key, source.site, facts.directoryId);
    const prev = all[key] ?? emptyDirectory(key, source.site, facts.directoryId, now);
    await directoriesItem.set({ ...all, [key]: mergeFacts(prev, facts, now) });
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
    const key = await resolveKey(c.site, c.directoryId, c.tabId);
    let all = await directoriesItem.get();
    if (c.directoryId) all = await adoptSiteRecord(all, key, c.site, c.directoryId);
    const prev = all[key] ?? emptyDirectory(key, c.site, c.directoryId, now);
    const credentials = c.credentialId
      ? mergeCredentials(prev.credentials, [
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
