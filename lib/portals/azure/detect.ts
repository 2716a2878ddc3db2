/**
 * What page a frame shows, confirmed from the page itself (blade titles, menu items, headings,
 * buttons, form labels), with the route as a hint only: deep links were seen to land elsewhere
 * (docs/research/entra-portal.md#new-provisioning-experience). Pure: works on the records from
 * extract.ts. In the new provisioning experience one React-view frame draws the blade (menu,
 * title) and another the page; each is recognized on its own and the background merges them.
 */
import { findCredentialsForm, type FormProblem } from './decide';
import type { FrameSnapshot } from './extract';
import { routeAppIds, routeKind, type PortalRoute, type StepNumber } from './routes';
import {
  ADMIN_CREDENTIALS_LABELS,
  CREATE_APP_LABELS,
  CYCLE_STATUS_LABELS,
  ENTRY_BUTTON_LABELS,
  GET_STARTED_HEADING_LABELS,
  NEW_CONFIGURATION_TITLE_LABELS,
  PAGE_NAMES,
  PROVISIONING_JOB_COMMANDS,
  PROVISIONING_MENU_ITEMS,
  STEP5_USER_MAPPINGS_LABELS,
  TEST_CONNECTION_LABELS,
  TEST_FAILURE_TEXTS,
  TEST_SUCCESS_TEXTS,
} from './selectors';
import type { TenantUrlFacts } from './tenant-url';
import { containsAny, isLabel } from './text';

export type PageKind =
  | 'apps-list'
  | 'gallery'
  | 'create-app'
  | 'app-overview'
  | 'users-groups'
  | 'provisioning'
  | 'provisioning-start'
  | 'credentials-form'
  | 'provisioning-settings'
  | 'provisioning-overview'
  | 'provisioning-logs'
  | 'app-other'
  | 'unknown';

/** The step each page belongs to. */
export const PAGE_STEP: Record<PageKind, StepNumber | null> = {
  'apps-list': 3,
  gallery: 3,
  'create-app': 3,
  'app-overview': 3,
  'users-groups': 4,
  provisioning: 5,
  'provisioning-start': 5,
  'credentials-form': 5,
  'provisioning-settings': 5,
  // A provisioning job that has run: what is left is checking the result.
  'provisioning-overview': 6,
  'provisioning-logs': 6,
  'app-other': null,
  unknown: null,
};

export type Evidence = 'blade-title' | 'menu' | 'heading' | 'button' | 'form-labels' | 'text';
export type EntryVariant = keyof typeof ENTRY_BUTTON_LABELS;

export interface FrameView {
  page: PageKind;
  /** What on the page confirmed `page`; empty for `unknown`. */
  evidence: Evidence[];
  appName: string | null;
  appObjectId: string | null;
  appId: string | null;
  /** The credentials form, when recognized. */
  form: {
    variant: 'classic' | 'new';
    tenantUrl: TenantUrlFacts | null;
    /** The Secret token field holds a value already (a saved secret, shown masked). */
    secretPresent: boolean;
  } | null;
  /** Why no form was recognized although Tenant URL / Secret token labels are present. */
  formProblem: FormProblem | null;
  entryButton: EntryVariant | null;
  testOutcome: { ok: boolean; text: string } | null;
  /** Rows on Users and groups; null on other pages. */
  assignments: number | null;
}

const APP_PAGES: [keyof typeof PAGE_NAMES, PageKind][] = [
  ['usersAndGroups', 'users-groups'],
  ['provisioning', 'provisioning'],
  ['connectivity', 'provisioning'],
  ['attributeMapping', 'provisioning-settings'],
  ['provisioningLogs', 'provisioning-logs'],
  ['overview', 'app-overview'],
];

/** "<app> | <page>": the app name and the page name of a blade title. */
function splitTitle(title: string): { app: string; page: string } | null {
  const at = title.lastIndexOf(' | ');
  return at > 0 ? { app: title.slice(0, at).trim(), page: title.slice(at + 3).trim() } : null;
}

function pageFromName(name: string): PageKind | null {
  for (const [key, kind] of APP_PAGES) if (isLabel(name, PAGE_NAMES[key])) return kind;
  return null;
}

function findEntryButton(snapshot: FrameSnapshot): EntryVariant | null {
  for (const b of snapshot.buttons) {
    if (b.hidden) continue;
    for (const [variant, labels] of Object.entries(ENTRY_BUTTON_LABELS)) {
      if (isLabel(b.text, labels)) return variant as EntryVariant;
    }
  }
  return null;
}

function findTestOutcome(snapshot: FrameSnapshot): { ok: boolean; text: string } | null {
  for (const message of [...snapshot.messages].reverse()) {
    if (containsAny(message, TEST_SUCCESS_TEXTS)) return { ok: true, text: message.slice(0, 1000) };
  }
  // Failure wording is generic, so it only counts where a Test connection button is.
  const hasTestButton = snapshot.buttons.some(
    (b) => !b.hidden && isLabel(b.text, TEST_CONNECTION_LABELS),
  );
  if (!hasTestButton) return null;
  for (const message of [...snapshot.messages].reverse()) {
    if (containsAny(message, TEST_FAILURE_TEXTS))
      return { ok: false, text: message.slice(0, 1000) };
  }
  return null;
}

/** Recognizes the page one frame shows. `route` is the top document's route, or null. */
export function detectPage(snapshot: FrameSnapshot, route: PortalRoute | null): FrameView {
  const ids = route ? routeAppIds(route) : { objectId: null, appId: null };
  const hint = route ? routeKind(route) : 'other';
  const view: FrameView = {
    page: 'unknown',
    evidence: [],
    appName: null,
    appObjectId: ids.objectId,
    appId: ids.appId,
    form: null,
    formProblem: null,
    entryButton: findEntryButton(snapshot),
    testOutcome: findTestOutcome(snapshot),
    assignments: null,
  };
  const set = (page: PageKind, evidence: Evidence): FrameView => {
    view.page = page;
    view.evidence.push(evidence);
    return view;
  };

  // The app name comes from the newest app blade title ("CloudSSO | Provisioning"). The title's
  // class is the portal's own and may be renamed: a heading that reads "<app> | <known page>" is
  // a blade title too, by what it says.
  const titled = snapshot.bladeTitles.length
    ? snapshot.bladeTitles
    : snapshot.headings.filter((h) => {
        const parts = splitTitle(h);
        return parts !== null && pageFromName(parts.page) !== null;
      });
  const titles = titled;
  const newest = titles[titles.length - 1] ?? '';
  const split = splitTitle(newest);
  const titlePage = split ? pageFromName(split.page) : null;
  const appBlade = titlePage !== null || hint.startsWith('app-') || hint === 'users-groups';
  if (split && appBlade && !isLabel(split.app, PAGE_NAMES.enterpriseApps)) {
    view.appName = split.app.slice(0, 256);
  }

  const headings = snapshot.headings;
  if (headings.some((h) => isLabel(h, CREATE_APP_LABELS))) return set('create-app', 'heading');

  const decision = findCredentialsForm(snapshot);
  if (decision.ok) {
    const tenant = snapshot.fields[decision.form.tenantUrl];
    view.form = {
      variant: decision.form.variant,
      tenantUrl: tenant?.url ?? null,
      secretPresent: decision.form.secretPresent,
    };
    return set('credentials-form', 'form-labels');
  }
  if (decision.problem !== 'no-tenant-url') view.formProblem = decision.problem;
  // A created configuration: its Overview's command bar (Start, Pause, Restart provisioning)
  // also offers "New configuration", which is no entry button there. What is left is starting
  // and checking the job (step 6).
  if (snapshot.buttons.some((b) => !b.hidden && isLabel(b.text, PROVISIONING_JOB_COMMANDS)))
    return set('provisioning-overview', 'button');
  if (view.entryButton) return set('provisioning-start', 'button');
  if (headings.some((h) => isLabel(h, GET_STARTED_HEADING_LABELS)))
    return set('provisioning-start', 'heading');
  if (
    snapshot.sections.some((s) => isLabel(s.text, ADMIN_CREDENTIALS_LABELS) && s.expanded === false)
  ) {
    view.formProblem = 'hidden';
    return set('provisioning-start', 'heading');
  }
  if (containsAny(snapshot.text, CYCLE_STATUS_LABELS)) return set('provisioning-overview', 'text');
  const settingsShown =
    headings.some((h) => containsAny(h, STEP5_USER_MAPPINGS_LABELS)) ||
    headings.some((h) => isLabel(h, PAGE_NAMES.attributeMapping)) ||
    snapshot.buttons.some((b) => !b.hidden && containsAny(b.text, STEP5_USER_MAPPINGS_LABELS));
  if (settingsShown) return set('provisioning-settings', 'heading');
  // The blade around the new form, whose page is in another frame (or still loading). A frame
  // that shows fields under this title, none of them readable, is not recognized: the guide
  // must say it could not read the form rather than claim the step.
  const showsFields = snapshot.fields.some((f) => !f.excluded && !f.hidden);
  if (!showsFields && headings.some((h) => isLabel(h, NEW_CONFIGURATION_TITLE_LABELS)))
    return set('provisioning', 'heading');

  if (titlePage) {
    if (titlePage === 'users-groups') view.assignments = snapshot.assignmentRows;
    return set(titlePage, 'blade-title');
  }
  if (titles.some((t) => containsAny(t, PAGE_NAMES.enterpriseApps)))
    return set('apps-list', 'blade-title');
  if (titles.some((t) => containsAny(t, PAGE_NAMES.gallery))) return set('gallery', 'blade-title');

  // No title matched: a selected left-menu item on an app blade still names the page. In the
  // provisioning blade's own menu, "Overview" is the provisioning overview, not the app's.
  const provisioningMenu = snapshot.menuItems.some((m) => isLabel(m, PROVISIONING_MENU_ITEMS));
  for (const item of snapshot.selectedMenuItems) {
    const named = pageFromName(item);
    const kind = named === 'app-overview' && provisioningMenu ? 'provisioning' : named;
    if (kind) {
      if (kind === 'users-groups') view.assignments = snapshot.assignmentRows;
      return set(kind, 'menu');
    }
  }
  if (hint === 'app-other' && view.appName) return set('app-other', 'blade-title');
  return view;
}
