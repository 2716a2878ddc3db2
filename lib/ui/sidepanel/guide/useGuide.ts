import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  captureTabsItem,
  currentDirectoryItem,
  directoriesItem,
  secretItem,
  type Directory,
} from '../../../storage';
import {
  guideProgressItem,
  guideTabsItem,
  pickDirectoryKey,
  type AppProgress,
  type TabState,
} from '../../../storage/guide';
import { useStored } from '../../hooks/useStored';
import {
  deriveSteps,
  pickFollowed,
  type Followed,
  type GuideInput,
  type SecretFacts,
  type StepView,
} from './model';

export interface Guide {
  input: GuideInput;
  steps: StepView[];
  directoryKey: string;
  appKey: string;
  directory: Directory | null;
  app: AppProgress | null;
  followed: Followed;
  /** The portal host to link to (the one the admin uses). */
  host: string | null;
  windowId: number | null;
  /** Whether an Entra tab shows the credentials form now (the fill can go there), or hides it. */
  form: 'shown' | 'hidden' | 'none';
}

/** The active tab of the panel's window, followed live (needs no "tabs" permission). */
function useActiveTab(): { windowId: number | null; tabId: number | null } {
  const [state, setState] = useState<{ windowId: number | null; tabId: number | null }>({
    windowId: null,
    tabId: null,
  });
  useEffect(() => {
    let live = true;
    let windowId: number | null = null;
    const refresh = async (): Promise<void> => {
      if (windowId === null)
        windowId = (await browser.windows.getCurrent().catch(() => null))?.id ?? null;
      const [tab] =
        windowId === null
          ? []
          : await browser.tabs.query({ active: true, windowId }).catch(() => []);
      if (live) setState({ windowId, tabId: tab?.id ?? null });
    };
    void refresh();
    const onActivated = (): void => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return state;
}

/** A clock for expiry checks; minutes are precise enough for the guide. */
function useNow(periodMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return now;
}

function formState(tabs: readonly TabState[]): Guide['form'] {
  if (tabs.some((t) => t.merged.form !== null)) return 'shown';
  return tabs.some((t) => t.merged.formProblem === 'hidden') ? 'hidden' : 'none';
}

/** Everything the guide shows, live from storage. `undefined` until storage was read. */
export function useGuide(): Guide | undefined {
  const directories = useStored(directoriesItem);
  const currentKey = useStored(currentDirectoryItem);
  const stored = useStored(secretItem);
  const progressAll = useStored(guideProgressItem);
  const tabs = useStored(guideTabsItem);
  const captureTabs = useStored(captureTabsItem);
  const active = useActiveTab();
  const now = useNow();
  // Only facts about the key go further; the key itself stays in storage.
  const secretDirectory = stored?.directoryKey ?? null;
  const secret: SecretFacts | null = useMemo(
    () =>
      stored && stored.forgetAt > now
        ? {
            directoryKey: stored.directoryKey,
            credentialId: stored.credentialId,
            capturedAt: stored.capturedAt,
            forgetAt: stored.forgetAt,
          }
        : null,
    // Keyed on the key's facts: every storage read gives a new `stored` object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stored?.directoryKey, stored?.credentialId, stored?.capturedAt, stored?.forgetAt, now],
  );
  return useMemo(() => {
    if (
      directories === undefined ||
      currentKey === undefined ||
      progressAll === undefined ||
      tabs === undefined ||
      captureTabs === undefined
    ) {
      return undefined;
    }
    const directoryKey = pickDirectoryKey(directories, currentKey, secretDirectory);
    const directory = directories[directoryKey] ?? null;
    const progress = progressAll[directoryKey] ?? null;
    const appKey = progress?.currentApp ?? '';
    const app = progress?.apps[appKey] ?? null;
    const followed = pickFollowed(Object.values(tabs), Object.values(captureTabs), active.tabId);
    const input: GuideInput = { directory, secret, progress, app, followed, now };
    return {
      input,
      steps: deriveSteps(input),
      directoryKey,
      appKey,
      directory,
      app,
      followed,
      host: app?.host ?? (followed?.kind === 'entra' ? followed.tab.host : null),
      windowId: active.windowId,
      form: formState(Object.values(tabs)),
    };
  }, [
    directories,
    currentKey,
    secretDirectory,
    secret,
    progressAll,
    tabs,
    captureTabs,
    active,
    now,
  ]);
}
