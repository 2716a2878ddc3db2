import type { DirectoryProgress, TabGuide } from '../../storage/guide';

/** An Entra app as the panel names it. */
export interface NamedApp {
  objectId: string | null;
  name: string | null;
}

export type AppCheck =
  | { ok: true }
  /** The form is another app's: ask the admin first, naming both. */
  | { ok: false; form: NamedApp; expected: NamedApp };

/**
 * The app a directory's key belongs in: the one it was filled into (or the admin confirmed)
 * before, else the app the guide follows. Null while the guide knows no app.
 */
export function expectedApp(progress: DirectoryProgress | undefined): NamedApp | null {
  if (!progress) return null;
  const key = progress.fillApp ?? progress.currentApp;
  if (!key) return null;
  const app = progress.apps[key];
  return { objectId: key, name: app?.name ?? null };
}

/**
 * "Tenant URL" and "Secret token" are Entra's labels for every SCIM app, so a form alone does not
 * say the key belongs there (docs/security.md). The key goes without a question only to the app
 * the guide expects; a form on another app's page (or one whose app the page does not name,
 * when the guide expects one) needs the admin's confirmation for exactly that app.
 */
export function checkApp(
  progress: DirectoryProgress | undefined,
  tab: TabGuide,
  confirmed: string | null,
): AppCheck {
  const expected = expectedApp(progress);
  const form: NamedApp = { objectId: tab.app.objectId, name: tab.app.name };
  if (!expected) return { ok: true };
  if (form.objectId !== null && form.objectId === expected.objectId) return { ok: true };
  if (form.objectId !== null && form.objectId === confirmed) return { ok: true };
  return { ok: false, form, expected };
}

/** Binds the directory's key to the app it was just filled into. */
export function bindApp(progress: DirectoryProgress, objectId: string | null): DirectoryProgress {
  return objectId && progress.fillApp !== objectId ? { ...progress, fillApp: objectId } : progress;
}
