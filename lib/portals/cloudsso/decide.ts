import { fingerprint } from '../../util/fingerprint';
import type { PageKind } from './detect';
import type { ConsoleSnapshot, CredentialRow, ListRecord } from './extract';
import type { ElementName } from './selectors';

/** A required element that was not found, named for the side panel. */
export interface Problem {
  element: ElementName;
  /** Why: not on the page, several candidates, or probably hidden until sync is on. */
  detail: 'not-found' | 'ambiguous' | 'sync-off';
}

/** The non-secret facts one look at the page yields, as sent to the background. */
export interface PageFacts {
  page: PageKind;
  directoryId: string | null;
  endpoint: string | null;
  acceleratedEndpoint: string | null;
  syncEnabled: boolean | null;
  credentials: CredentialRow[];
  list: ListRecord | null;
  problems: Problem[];
}

/** A freshly shown key and what the dialog says about it. */
export interface SecretOffer {
  secret: string;
  credentialId: string | null;
  createdAt: number | null;
  directoryId: string | null;
}

/** What the content script remembers between looks. */
export interface Memory {
  /** JSON of the facts last sent, to send only changes. */
  sentFacts: string | null;
  problems: Problem[];
  /**
   * Fingerprints of the keys already offered, so each key is offered once: a dialog hidden and
   * shown again, or re-rendered, offers nothing new. Fingerprints, not keys: the content script
   * holds a key only while handing it over.
   */
  offered: ReadonlySet<string>;
}

export const INITIAL_MEMORY: Memory = { sentFacts: null, problems: [], offered: new Set() };

/**
 * Which required elements are missing. On the Settings page the SCIM section, endpoint and
 * switch are required (unless another tab is open), and a selected tab none of whose labels is
 * known means the User Settings tab was renamed; a dialog showing a credential id or a key under
 * no known title means the key dialog was; the key dialog must show a key; a list page must have
 * a Source column.
 */
export function findProblems(s: ConsoleSnapshot): Problem[] {
  const problems: Problem[] = [];
  if (s.page === 'settings' && s.userSettingsTab === 'unrecognized')
    problems.push({ element: 'user-settings-tab', detail: 'not-found' });
  if (s.page === 'settings' && s.userSettingsTab !== 'not-selected') {
    if (!s.scimSection) problems.push({ element: 'scim-section', detail: 'not-found' });
    else {
      if (!s.endpoint)
        problems.push({
          element: 'scim-endpoint',
          // Whether the console shows the endpoint while sync is off is not documented [?].
          detail: s.syncSwitch === 'off' ? 'sync-off' : 'not-found',
        });
      if (s.syncSwitch === 'absent') problems.push({ element: 'sync-switch', detail: 'not-found' });
    }
  }
  if (s.untitledKeyDialog) problems.push({ element: 'credential-dialog', detail: 'not-found' });
  if (s.dialog && !s.dialog.secret)
    problems.push({
      element: 'credential-secret',
      detail: s.dialog.ambiguous ? 'ambiguous' : 'not-found',
    });
  if (s.list && !s.list.sourceColumn)
    problems.push({ element: 'source-column', detail: 'not-found' });
  return problems;
}

const sameProblem = (a: Problem, b: Problem): boolean =>
  a.element === b.element && a.detail === b.detail;

export interface Decision {
  facts: PageFacts | null;
  offer: SecretOffer | null;
  memory: Memory;
}

/**
 * Decides what to tell the background after one look at the page. Found values go out at once;
 * a missing element is reported only once the page has settled (it may still be rendering), and
 * a reported problem is withdrawn as soon as the element shows up.
 */
export function decide(s: ConsoleSnapshot, memory: Memory, settled: boolean): Decision {
  const current = findProblems(s);
  const problems = settled
    ? current
    : memory.problems.filter((p) => current.some((c) => sameProblem(c, p)));
  const facts: PageFacts = {
    page: s.page,
    directoryId: s.directoryId,
    endpoint: s.endpoint,
    acceleratedEndpoint: s.acceleratedEndpoint,
    syncEnabled: s.syncSwitch === 'on' ? true : s.syncSwitch === 'off' ? false : null,
    credentials: s.credentials,
    list: s.list,
    problems,
  };
  const json = JSON.stringify(facts);
  const secret = s.dialog?.secret ?? null;
  const print = secret ? fingerprint(secret) : null;
  const offer: SecretOffer | null =
    secret && print && !memory.offered.has(print)
      ? {
          secret,
          credentialId: s.dialog?.credentialId ?? null,
          createdAt: s.dialog?.createdAt ?? null,
          directoryId: s.directoryId,
        }
      : null;
  return {
    facts: json === memory.sentFacts ? null : facts,
    offer,
    memory: {
      sentFacts: json,
      problems,
      offered: print && offer ? new Set([...memory.offered, print]) : memory.offered,
    },
  };
}

/** After a route change everything is looked at afresh. */
export function forgetPage(memory: Memory): Memory {
  return { ...memory, sentFacts: null, problems: [] };
}
