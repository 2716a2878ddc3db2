import { z } from 'zod';
import type { Directory } from './capture';
import { FORM_PROBLEMS } from '../portals/azure/form-problems';
import { defineStored } from './define';

/**
 * The guide's state. Per-tab recognition lives in session storage (it describes open tabs and
 * must survive the service worker being stopped, not a browser restart); progress lives in
 * local storage per CloudSSO directory and Entra app, so it survives restarts. Neither ever
 * holds the SCIM key.
 */

export const StepNumber = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);

export const PageKind = z.enum([
  'apps-list',
  'gallery',
  'create-app',
  'app-overview',
  'users-groups',
  'provisioning',
  'provisioning-start',
  'credentials-form',
  'provisioning-settings',
  'provisioning-overview',
  'provisioning-logs',
  'app-other',
  'unknown',
]);
export type PageKind = z.infer<typeof PageKind>;

export const Evidence = z.enum(['blade-title', 'menu', 'heading', 'button', 'form-labels', 'text']);

/** Why a frame shows no fillable form (lib/portals/azure/decide-form.ts says what each means). */
export const FormProblem = z.enum(FORM_PROBLEMS);
export type FormProblem = z.infer<typeof FormProblem>;

export const EntryVariant = z.enum([
  'getStarted',
  'newConfiguration',
  'createConfiguration',
  'connectYourApplication',
]);

const Id = z.string().max(64).nullable();

/**
 * The Tenant URL field as facts (lib/portals/azure/tenant-url.ts): never its text, which could
 * be the key pasted into the wrong field.
 */
export const TenantUrlFacts = z
  .object({
    kind: z.enum(['empty', 'not-url', 'http', 'https']),
    // Same pattern as HOST_NAME in tenant-url.ts: what the URL parser leaves of a host.
    host: z
      .string()
      .regex(/^[a-z0-9._\-[\]:]{1,253}$/)
      .nullable(),
    path: z.enum(['scim-v2', 'scim-v2-slash', 'scim-v2-slashes', 'other']).nullable(),
    region: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .nullable(),
  })
  .strict();
export type TenantUrlFacts = z.infer<typeof TenantUrlFacts>;

/** What one frame (top document or React view) reports about the page it shows. */
export const FrameReport = z.object({
  href: z.url({ protocol: /^https$/ }).max(4096),
  frame: z.enum(['top', 'sub']),
  /** When the frame's document started (performance.timeOrigin): tells a reload from a route. */
  docStart: z.number(),
  page: PageKind,
  evidence: z.array(Evidence).max(8),
  appName: z.string().max(256).nullable(),
  appObjectId: Id,
  appId: Id,
  form: z
    .object({
      variant: z.enum(['classic', 'new']),
      /** What the Tenant URL field holds now, as facts (used to explain a failed test). */
      tenantUrl: TenantUrlFacts.nullable(),
      /**
       * The Secret token field already holds a value (the Connectivity page shows the saved
       * secret masked): only the admin's own Fill replaces it, never the automatic fill.
       * Absent in reports stored before it existed.
       */
      secretPresent: z.boolean().optional(),
    })
    .strict()
    .nullable(),
  formProblem: FormProblem.nullable(),
  entryButton: EntryVariant.nullable(),
  testOutcome: z.object({ ok: z.boolean(), text: z.string().max(1000) }).nullable(),
  assignments: z.number().int().min(0).nullable(),
});
export type FrameReport = z.infer<typeof FrameReport>;

export const StoredFrameReport = FrameReport.extend({
  frameId: z.number().int(),
  /** The frame's document as the browser reported it (Chrome 106+); the fill goes to it only. */
  documentId: z.string().max(128).nullable(),
  /** The frame's origin as the browser reported it with the message. */
  origin: z.string().max(256),
  at: z.number(),
  /** When this frame's address last changed (a new route of the top document). */
  routeAt: z.number(),
  /** Since when this frame has shown the credentials form without a break; null without it. */
  formSince: z.number().nullable(),
});
export type StoredFrameReport = z.infer<typeof StoredFrameReport>;

export const TestRecord = z.object({
  ok: z.boolean(),
  text: z.string().max(1000),
  tenantUrl: TenantUrlFacts.nullable(),
  at: z.number(),
});
export type TestRecord = z.infer<typeof TestRecord>;

/** One tab's frames merged into one answer: which step, which page, where the form is. */
export const TabGuide = z.object({
  step: StepNumber.nullable(),
  /** True when the page itself confirmed `step`; false when only the address suggests it. */
  confirmed: z.boolean(),
  page: PageKind,
  evidence: z.array(Evidence).max(8),
  /** The step the address suggests but the page did not confirm (the fallback names it). */
  unrecognized: StepNumber.nullable(),
  host: z.string().max(256).nullable(),
  app: z.object({ name: z.string().max(256).nullable(), objectId: Id, appId: Id }),
  form: z
    .object({
      frameId: z.number().int(),
      documentId: z.string().max(128).nullable(),
      origin: z.string().max(256),
      variant: z.enum(['classic', 'new']),
      seenAt: z.number(),
      /** As FrameReport.form.secretPresent. */
      secretPresent: z.boolean().optional(),
    })
    .nullable(),
  formProblem: FormProblem.nullable(),
  entryButton: EntryVariant.nullable(),
  testOutcome: TestRecord.nullable(),
  assignments: z.number().int().min(0).nullable(),
  updatedAt: z.number(),
});
export type TabGuide = z.infer<typeof TabGuide>;

export const TabState = z.object({
  tabId: z.number().int(),
  windowId: z.number().int().nullable(),
  frames: z.record(z.string(), StoredFrameReport),
  merged: TabGuide,
});
export type TabState = z.infer<typeof TabState>;

/** Recognition per open Entra tab, keyed by tab id. */
export const guideTabsItem = defineStored({
  area: 'session',
  key: 'guideTabs',
  version: 2,
  schema: z.record(z.string(), TabState),
  fallback: {},
  // v1 kept the Tenant URL field's text; open tabs report again within a second.
  migrations: { 2: () => ({}) },
});

export const StepMark = z.object({
  by: z.enum(['detected', 'ticked']),
  at: z.number(),
});
export type StepMark = z.infer<typeof StepMark>;

/** Step 5 choices the admin confirms by ticking; the report lists them. */
export const CHECKLIST_IDS = [
  'externalIdFromObjectId',
  'userMappingsPruned',
  'groupMappingsPruned',
  'displayNameExpression',
  'scopeAssignedOnly',
  'provisioningOn',
] as const;
export const ChecklistId = z.enum(CHECKLIST_IDS);
export type ChecklistId = z.infer<typeof ChecklistId>;

const Marks = z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6']), StepMark);

export const AppProgress = z.object({
  name: z.string().max(256).nullable(),
  objectId: Id,
  appId: Id,
  /** Where the admin worked on it: portal.azure.com or entra.microsoft.com. */
  host: z.string().max(256).nullable(),
  steps: Marks,
  checklist: z.partialRecord(ChecklistId, z.number()),
  lastTest: TestRecord.nullable(),
  assignments: z.number().int().min(0).nullable(),
  updatedAt: z.number(),
});
export type AppProgress = z.infer<typeof AppProgress>;

export const DirectoryProgress = z.object({
  /** Steps 1 and 2 (CloudSSO side) ticked by hand. */
  steps: Marks,
  /** Key in `apps` of the app worked on last; "" while no app is known yet. */
  currentApp: z.string().max(64),
  /**
   * The app (its key in `apps`) this directory's key was last filled into, or the admin
   * confirmed: a form of any other app asks first (lib/background/guide/app-binding.ts).
   */
  fillApp: z.string().max(64).nullable().default(null),
  apps: z.record(z.string(), AppProgress),
  updatedAt: z.number(),
});
export type DirectoryProgress = z.infer<typeof DirectoryProgress>;

function forgetTests(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  return Object.fromEntries(
    Object.entries(old).map(([key, dir]: [string, { apps?: Record<string, object> }]) => [
      key,
      typeof dir === 'object' && dir !== null && typeof dir.apps === 'object' && dir.apps
        ? {
            ...dir,
            apps: Object.fromEntries(
              Object.entries(dir.apps).map(([id, app]) => [id, { ...app, lastTest: null }]),
            ),
          }
        : dir,
    ]),
  );
}

/** Progress per CloudSSO directory key ("" until a directory is captured). */
export const guideProgressItem = defineStored({
  area: 'local',
  key: 'guideProgress',
  version: 2,
  schema: z.record(z.string(), DirectoryProgress),
  fallback: {},
  // v1 kept the Tenant URL field's text with the last test (it could be a pasted key): the
  // tests are forgotten, the ticks and detected steps kept.
  migrations: { 2: forgetTests },
});

export const FillResult = z.enum([
  'filled',
  'no-secret',
  'no-endpoint',
  'bad-secret',
  'no-form',
  'not-allowed',
  'unreachable',
  /** The page refused or failed while filling; `reason` says why. */
  'failed',
  'tenant-url-not-kept',
  'secret-not-kept',
  'neither-kept',
  /**
   * The automatic fill found a saved Secret token in the form (the Connectivity page) and left
   * it; the admin's Fill button replaces it.
   */
  'saved-secret',
  /**
   * The captured endpoint is not one the key may go with (lib/capture/check-policy.ts
   * `keyDestination`): Entra would send the key to it on every sync. `endpointIssue` says why.
   */
  'endpoint-unverified',
  /**
   * The form is on another Entra app's page than the one the key belongs in; nothing was sent.
   * The panel asks the admin, naming both apps (`apps`), and fills only on confirmation.
   */
  'other-app',
  /**
   * The Secret token field changed while the fill ran (its type, or the field the form is found
   * with): the key was not written.
   */
  'secret-changed',
  ...FormProblem.options,
]);
export type FillResult = z.infer<typeof FillResult>;

export const FillOutcome = z.object({
  result: FillResult,
  trigger: z.enum(['button', 'auto']),
  tabId: z.number().int().nullable(),
  /** The step the fill could not recognize, for the fallback message. */
  step: StepNumber.nullable(),
  /** For `failed`: what the page said went wrong (never contains the key). */
  reason: z.string().max(300).nullable().default(null),
  /** For `endpoint-unverified`: what is wrong with the endpoint. */
  endpointIssue: z
    .enum(['not-url', 'not-https', 'host', 'path', 'extra-parts', 'unknown-region', 'not-key-host'])
    .nullable()
    .default(null),
  /** For `no-endpoint`: the directory the key belongs to, whose endpoint was never read. */
  directoryKey: z.string().max(256).nullable().default(null),
  /** For `other-app`: the app whose form was found, and the app the key belongs in. */
  apps: z
    .object({
      form: z.object({ objectId: Id, name: z.string().max(256).nullable() }),
      expected: z.object({ objectId: Id, name: z.string().max(256).nullable() }),
    })
    .nullable()
    .default(null),
  at: z.number(),
});
export type FillOutcome = z.infer<typeof FillOutcome>;

/** The last fill's outcome, so the side panel can announce fills it did not start (auto). */
export const lastFillItem = defineStored({
  area: 'session',
  key: 'lastFill',
  version: 1,
  schema: FillOutcome.nullable(),
  fallback: null,
});

/**
 * The CloudSSO directory the guide works for, the same in the background and the side panel:
 * the current one, else the one the kept key belongs to, else the last updated; "" before any
 * directory is captured (progress is then kept under "").
 */
export function pickDirectoryKey(
  directories: Record<string, Directory>,
  currentKey: string | null,
  secretDirectoryKey: string | null,
): string {
  if (currentKey && directories[currentKey]) return currentKey;
  if (secretDirectoryKey && directories[secretDirectoryKey]) return secretDirectoryKey;
  const latest = Object.values(directories).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return latest?.key ?? currentKey ?? '';
}
