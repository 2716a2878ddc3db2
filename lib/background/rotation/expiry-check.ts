import { browser } from 'wxt/browser';
import { badgeFor, detect, dueForRotation, rotationApp } from '../../rotation';
import { directoriesItem, rotationsItem, secretItem } from '../../storage';
import { guideProgressItem, lastFillItem } from '../../storage/guide';
import { provisioningStatusItem } from '../../storage/provisioning-status';
import { readLiveSecret } from '../../capture/live-secret';

/**
 * Expiry you cannot miss (issue #14): a daily `chrome.alarms` check of the credential ledger sets
 * the toolbar badge (`action.setBadgeText`, no permission needed) while a kept credential expires
 * within 30 days or has expired; the side panel then opens on the "Rotate the SCIM key" card.
 * The ledger changing (the Settings page seen, a key captured) re-checks at once, and advances
 * the rotations whose steps the pages now show.
 */
export const EXPIRY_ALARM = 'rotation.expiry-check';
const DAY_MINUTES = 24 * 60;

interface ActionBadge {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle?(details: { title: string }): Promise<void>;
}

const action = (): ActionBadge | undefined =>
  (browser as unknown as { action?: ActionBadge }).action;

export async function checkExpiry(now: number = Date.now()): Promise<void> {
  const directories = await directoriesItem.get();
  const due = dueForRotation(directories, now);
  const badge = badgeFor(due);
  const a = action();
  if (a) {
    await a.setBadgeText({ text: badge.text });
    if (badge.text) await a.setBadgeBackgroundColor({ color: badge.color });
    await a.setTitle?.({
      title: due[0]
        ? `CloudSSO SCIM Assistant: rotate the SCIM key ${due[0].credentialId}`
        : 'CloudSSO SCIM Assistant',
    });
  }
  await advanceRotations(now);
}

/** Applies what the pages show to every unfinished rotation (lib/rotation/flow.ts detect). */
export async function advanceRotations(now: number = Date.now()): Promise<void> {
  const rotations = await rotationsItem.get();
  if (Object.keys(rotations).length === 0) return;
  const [directories, secret, lastFill, progress, status] = await Promise.all([
    directoriesItem.get(),
    readLiveSecret(),
    lastFillItem.get(),
    guideProgressItem.get(),
    provisioningStatusItem.get(),
  ]);
  let changed = false;
  const next = { ...rotations };
  for (const [key, r] of Object.entries(rotations)) {
    if (r.finishedAt !== null) continue;
    const dirProgress = progress[key];
    const app = dirProgress ? dirProgress.apps[dirProgress.currentApp] : undefined;
    const updated = detect(r, {
      directory: directories[key] ?? null,
      secret,
      lastFill: lastFill ? { result: lastFill.result, at: lastFill.at } : null,
      lastTest: app?.lastTest ? { ok: app.lastTest.ok, at: app.lastTest.at } : null,
      status,
      app: rotationApp(dirProgress),
      now,
    });
    if (updated !== r) {
      next[key] = updated;
      changed = true;
    }
  }
  if (changed) await rotationsItem.set(next);
}

/** Registers the alarm listener (first turn of the worker) and the storage watches. */
export function startExpiryCheck(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EXPIRY_ALARM) void checkExpiry();
  });
  void browser.alarms.get(EXPIRY_ALARM).then((existing) => {
    if (!existing) {
      void browser.alarms.create(EXPIRY_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
    }
  });
  const recheck = (): void => void checkExpiry();
  directoriesItem.watch(recheck);
  lastFillItem.watch(recheck);
  guideProgressItem.watch(recheck);
  secretItem.watch(recheck);
  // An Overview or Provision on demand result seen: the confirm step may be detected.
  provisioningStatusItem.watch(() => void advanceRotations());
  rotationsItem.watch(() => void advanceRotations());
  // The badge does not survive a browser restart: set it now.
  recheck();
}
