/**
 * The guide's view model, pure: from what is stored (capture, progress, per-tab recognition) to
 * the six steps' states and the current step. Never sees the SCIM key itself.
 */
import { explainTestOutcome, type Cause } from '../../../portals/azure/decide';
import type { CaptureTab, Directory } from '../../../storage';
import type {
  AppProgress,
  DirectoryProgress,
  StepMark,
  TabGuide,
  TabState,
} from '../../../storage/guide';

export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6;
export const STEPS: readonly StepNumber[] = [1, 2, 3, 4, 5, 6];
/** Steps 1, 2 happen in the CloudSSO console; 3–5 in Entra; 6 in both. */
export const STEP_WHERE: Record<StepNumber, 'cloudsso' | 'entra' | 'both'> = {
  1: 'cloudsso',
  2: 'cloudsso',
  3: 'entra',
  4: 'entra',
  5: 'entra',
  6: 'both',
};

/** What the guide knows about the kept key: facts only, never the key. */
export interface SecretFacts {
  /** The directory the key belongs to: its endpoint is the only one the key goes with. */
  directoryKey: string;
  credentialId: string | null;
  capturedAt: number;
  forgetAt: number;
}

export type Followed =
  | { kind: 'entra'; tabId: number; tab: TabGuide }
  | { kind: 'cloudsso'; tabId: number; page: CaptureTab['page'] }
  | null;

export interface GuideInput {
  directory: Directory | null;
  secret: SecretFacts | null;
  progress: DirectoryProgress | null;
  app: AppProgress | null;
  followed: Followed;
  now: number;
}

export type StepProblem =
  | { code: 'credential-expired'; id: string; date: string }
  | { code: 'sync-off' }
  | { code: 'endpoint-issue'; issue: string }
  | { code: 'test-failed'; text: string; causes: Cause[] };

export interface StepView {
  n: StepNumber;
  state: 'not-started' | 'done' | 'problem';
  doneBy: 'detected' | 'ticked' | null;
  doneAt: number | null;
  ticked: boolean;
  current: boolean;
  problems: StepProblem[];
}

/**
 * The page the side panel follows: the active tab of its window when it is a console tab, else
 * the console tab seen most recently (the panel opened as a tab of its own is the active tab).
 */
export function pickFollowed(
  guideTabs: readonly TabState[],
  captureTabs: readonly CaptureTab[],
  activeTabId: number | null,
): Followed {
  const entra = guideTabs.find((t) => t.tabId === activeTabId);
  if (entra) return { kind: 'entra', tabId: entra.tabId, tab: entra.merged };
  const console = captureTabs.find((t) => t.tabId === activeTabId);
  if (console) return { kind: 'cloudsso', tabId: console.tabId, page: console.page };
  const latestEntra = [...guideTabs].sort((a, b) => b.merged.updatedAt - a.merged.updatedAt)[0];
  const latestConsole = [...captureTabs].sort((a, b) => b.seenAt - a.seenAt)[0];
  if (latestConsole && (!latestEntra || latestConsole.seenAt > latestEntra.merged.updatedAt)) {
    return { kind: 'cloudsso', tabId: latestConsole.tabId, page: latestConsole.page };
  }
  return latestEntra ? { kind: 'entra', tabId: latestEntra.tabId, tab: latestEntra.merged } : null;
}

/** The credential the guide reports on: the kept key's, else the newest. */
export function pickCredential(
  directory: Directory | null,
  secret: SecretFacts | null,
): Directory['credentials'][number] | null {
  const all = directory?.credentials ?? [];
  return (
    all.find((c) => c.id === secret?.credentialId) ??
    [...all].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))[0] ??
    null
  );
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function markOf(input: GuideInput, n: StepNumber): StepMark | null {
  const marks = n <= 2 ? input.progress?.steps : input.app?.steps;
  return marks?.[String(n) as '1'] ?? null;
}

function detectedDone(input: GuideInput, n: StepNumber): boolean {
  const d = input.directory;
  switch (n) {
    case 1:
      return input.secret !== null || (d?.credentials.length ?? 0) > 0;
    case 2:
      return d?.syncEnabled === true && Boolean(d.endpoint);
    case 6:
      return (d?.scimUsers?.scim ?? 0) + (d?.scimGroups?.scim ?? 0) > 0;
    default:
      return false; // steps 3–5 are detected in the background and stored as marks
  }
}

function problemsOf(input: GuideInput, n: StepNumber, mark: StepMark | null): StepProblem[] {
  const d = input.directory;
  const problems: StepProblem[] = [];
  if (n === 1 && d && d.credentials.length > 0) {
    const live = d.credentials.filter((c) => c.expiresAt === null || c.expiresAt > input.now);
    const newest = pickCredential(d, input.secret);
    if (live.length === 0 && newest?.expiresAt != null) {
      problems.push({ code: 'credential-expired', id: newest.id, date: day(newest.expiresAt) });
    }
  }
  if (n === 2 && d) {
    if (d.syncEnabled === false) problems.push({ code: 'sync-off' });
    if (d.endpointIssue) problems.push({ code: 'endpoint-issue', issue: d.endpointIssue });
  }
  const test = input.app?.lastTest;
  // A failed test counts until something newer proves the step (a later mark or success).
  if (n === 5 && test && !test.ok && !(mark && mark.at > test.at)) {
    const credential = pickCredential(d, input.secret);
    problems.push({
      code: 'test-failed',
      text: test.text,
      causes: explainTestOutcome({
        ok: false,
        text: test.text,
        tenantUrl: test.tenantUrl,
        endpoint: d?.endpoint ?? null,
        acceleratedEndpoint: d?.acceleratedEndpoint ?? null,
        region: d?.region ?? null,
        syncEnabled: d?.syncEnabled ?? null,
        credentialExpiresAt: credential?.expiresAt ?? null,
        now: input.now,
      }),
    });
  }
  return problems;
}

/** The step the admin is on. */
export function currentStep(input: GuideInput, done: (n: StepNumber) => boolean): StepNumber {
  const firstOpen = (among: readonly StepNumber[], otherwise: StepNumber): StepNumber =>
    among.find((n) => !done(n)) ?? otherwise;
  const f = input.followed;
  if (f?.kind === 'entra' && f.tab.step) return f.tab.step;
  if (f?.kind === 'cloudsso') {
    if (f.page === 'users' || f.page === 'groups') return 6;
    // Once the key and the endpoint are captured, the next step is in Entra: point there.
    return firstOpen([1, 2], done(5) ? 6 : firstOpen([3, 4, 5], 5));
  }
  return firstOpen(STEPS, 6);
}

/** The six steps with their states; exactly one is current. */
export function deriveSteps(input: GuideInput): StepView[] {
  const base = STEPS.map((n) => {
    const mark = markOf(input, n);
    const detected = detectedDone(input, n);
    const doneBy = mark?.by ?? (detected ? 'detected' : null);
    const problems = problemsOf(input, n, mark);
    return {
      n,
      state: problems.length > 0 ? 'problem' : doneBy ? 'done' : 'not-started',
      doneBy,
      doneAt: mark?.at ?? null,
      ticked: mark?.by === 'ticked',
      current: false,
      problems,
    } satisfies StepView;
  });
  const current = currentStep(input, (n) => base[n - 1]!.doneBy !== null);
  return base.map((s) => ({ ...s, current: s.n === current }));
}

/** What every step's body reads: the directory, key facts and app progress, and the page host. */
export interface StepContext {
  directory: Directory | null;
  secret: SecretFacts | null;
  app: AppProgress | null;
  host: string | null;
  directoryKey: string;
  appKey: string;
}
