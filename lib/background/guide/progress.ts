import type {
  AppProgress,
  ChecklistId,
  DirectoryProgress,
  StepMark,
  TabGuide,
} from '../../storage/guide';

export type Progress = Record<string, DirectoryProgress>;
type StepKey = '1' | '2' | '3' | '4' | '5' | '6';

/** Steps 1 and 2 happen in CloudSSO and belong to the directory; 3–6 to the Entra app. */
export const isDirectoryStep = (step: number): boolean => step <= 2;

export function emptyDirectory(now: number): DirectoryProgress {
  return { steps: {}, currentApp: '', fillApp: null, apps: {}, updatedAt: now };
}

export function emptyApp(now: number): AppProgress {
  return {
    name: null,
    objectId: null,
    appId: null,
    host: null,
    steps: {},
    checklist: {},
    lastTest: null,
    assignments: null,
    updatedAt: now,
  };
}

const APP_PAGES = new Set([
  'app-overview',
  'users-groups',
  'provisioning',
  'provisioning-start',
  'credentials-form',
  'provisioning-settings',
  'provisioning-overview',
  'provisioning-logs',
  'app-other',
]);

function detect(marks: AppProgress['steps'], step: StepKey, now: number): AppProgress['steps'] {
  return marks[step] ? marks : { ...marks, [step]: { by: 'detected', at: now } satisfies StepMark };
}

/**
 * Folds what a tab shows into the progress of the current directory: the app it is about, and
 * the steps the page proves done. Returns the same object when nothing changed (no write).
 */
export function applyDetections(
  progress: Progress,
  directoryKey: string,
  tab: TabGuide,
  now: number,
): Progress {
  const dir = progress[directoryKey] ?? emptyDirectory(now);
  const onAppPage = tab.confirmed && APP_PAGES.has(tab.page);
  // An app is identified by its service principal object id from the address, confirmed by the
  // page being one of the app's pages; without it, detections go to the current app.
  const appKey = tab.app.objectId && onAppPage ? tab.app.objectId : dir.currentApp;
  if (!appKey && !onAppPage && !tab.testOutcome) return progress;
  let apps = dir.apps;
  let app = apps[appKey] ?? emptyApp(now);
  if (appKey && !apps[appKey] && apps['']) {
    // Ticks made before the app was known belong to the app found now.
    app = { ...apps['']!, updatedAt: now };
    apps = Object.fromEntries(Object.entries(apps).filter(([k]) => k !== ''));
  }
  const before = JSON.stringify(app);
  let steps = app.steps;
  if (onAppPage && tab.app.objectId) steps = detect(steps, '3', now);
  if (tab.page === 'users-groups' && (tab.assignments ?? 0) > 0) steps = detect(steps, '4', now);
  if (tab.page === 'provisioning-overview') steps = detect(steps, '5', now);
  const test = tab.testOutcome;
  const last = app.lastTest;
  const newTest =
    test &&
    (!last ||
      last.ok !== test.ok ||
      last.text !== test.text ||
      JSON.stringify(last.tenantUrl) !== JSON.stringify(test.tenantUrl));
  const next: AppProgress = {
    ...app,
    name: onAppPage && tab.app.name ? tab.app.name : app.name,
    objectId: app.objectId ?? (onAppPage ? tab.app.objectId : null),
    appId: app.appId ?? (onAppPage ? tab.app.appId : null),
    host: tab.host ?? app.host,
    steps,
    lastTest: newTest ? test : last,
    assignments: tab.page === 'users-groups' ? tab.assignments : app.assignments,
  };
  if (JSON.stringify(next) === before && dir.currentApp === appKey && apps === dir.apps) {
    return progress;
  }
  return {
    ...progress,
    [directoryKey]: {
      ...dir,
      currentApp: appKey,
      apps: { ...apps, [appKey]: { ...next, updatedAt: now } },
      updatedAt: now,
    },
  };
}

/** Ticks or unticks a step by hand. */
export function markStep(
  progress: Progress,
  directoryKey: string,
  appKey: string,
  step: number,
  done: boolean,
  now: number,
): Progress {
  const key = String(step) as StepKey;
  const edit = (marks: AppProgress['steps']): AppProgress['steps'] => {
    const rest = Object.fromEntries(Object.entries(marks).filter(([k]) => k !== key));
    return done ? { ...rest, [key]: { by: 'ticked', at: now } } : rest;
  };
  const dir = progress[directoryKey] ?? emptyDirectory(now);
  if (isDirectoryStep(step)) {
    return { ...progress, [directoryKey]: { ...dir, steps: edit(dir.steps), updatedAt: now } };
  }
  const app = dir.apps[appKey] ?? emptyApp(now);
  return {
    ...progress,
    [directoryKey]: {
      ...dir,
      apps: { ...dir.apps, [appKey]: { ...app, steps: edit(app.steps), updatedAt: now } },
      updatedAt: now,
    },
  };
}

/** Ticks or unticks one step-5 choice. */
export function checkItem(
  progress: Progress,
  directoryKey: string,
  appKey: string,
  item: ChecklistId,
  done: boolean,
  now: number,
): Progress {
  const dir = progress[directoryKey] ?? emptyDirectory(now);
  const app = dir.apps[appKey] ?? emptyApp(now);
  const rest = Object.fromEntries(Object.entries(app.checklist).filter(([k]) => k !== item));
  const checklist = done ? { ...rest, [item]: now } : rest;
  return {
    ...progress,
    [directoryKey]: {
      ...dir,
      apps: { ...dir.apps, [appKey]: { ...app, checklist, updatedAt: now } },
      updatedAt: now,
    },
  };
}

/** Forgets one directory's progress and its apps'. */
export function resetDirectory(progress: Progress, directoryKey: string): Progress {
  return Object.fromEntries(Object.entries(progress).filter(([k]) => k !== directoryKey));
}
