import { z } from 'zod';
import { defineStored } from './define';

/**
 * The guide's state. Per-tab recognition lives in session storage (it describes open tabs and
 * must survive the service worker being stopped, not a browser restart); progress lives in
 * local storage per CloudSSO directory and Entra app, so it survives restarts. Neither ever
 * holds the SCIM key.
 */

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
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

export const FormProblem = z.enum([
  'no-tenant-url',
  'no-secret-token',
  'secret-not-password',
  'ambiguous',
  'hidden',
  'disabled',
]);
export type FormProblem = z.infer<typeof FormProblem>;

export const EntryVariant = z.enum([
  'getStarted',
  'newConfiguration',
  'createConfiguration',
  'connectYourApplication',
]);

const Id = z.string().max(64).nullable();

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
      /** What the Tenant URL field holds now (not secret; used to explain a failed test). */
      tenantUrlValue: z.string().max(2048).nullable(),
    })
    .nullable(),
  formProblem: FormProblem.nullable(),
  entryButton: EntryVariant.nullable(),
  testOutcome: z.object({ ok: z.boolean(), text: z.string().max(1000) }).nullable(),
  assignments: z.number().int().min(0).nullable(),
});
export type FrameReport = z.infer<typeof FrameReport>;

export const StoredFrameReport = FrameReport.extend({
  frameId: z.number().int(),
  /** The frame's origin as the browser reported it with the message. */
  origin: z.string().max(256),
  at: z.number(),
});
export type StoredFrameReport = z.infer<typeof StoredFrameReport>;

export const TestRecord = z.object({
  ok: z.boolean(),
  text: z.string().max(1000),
  tenantUrl: z.string().max(2048).nullable(),
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
      origin: z.string().max(256),
      variant: z.enum(['classic', 'new']),
      seenAt: z.number(),
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
  version: 1,
  schema: z.record(z.string(), TabState),
  fallback: {},
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
  apps: z.record(z.string(), AppProgress),
  updatedAt: z.number(),
});
export type DirectoryProgress = z.infer<typeof DirectoryProgress>;

/** Progress per CloudSSO directory key ("" until a directory is captured). */
export const guideProgressItem = defineStored({
  area: 'local',
  key: 'guideProgress',
  version: 1,
  schema: z.record(z.string(), DirectoryProgress),
  fallback: {},
});

export const FillResult = z.enum([
  'filled',
  'no-secret',
  'no-endpoint',
  'bad-endpoint',
  'bad-secret',
  'no-form',
  'not-allowed',
  'unreachable',
  'tenant-url-not-kept',
  'secret-not-kept',
  'neither-kept',
  ...FormProblem.options,
]);
export type FillResult = z.infer<typeof FillResult>;

export const FillOutcome = z.object({
  result: FillResult,
  trigger: z.enum(['button', 'auto']),
  tabId: z.number().int().nullable(),
  /** The step the fill could not recognize, for the fallback message. */
  step: StepNumber.nullable(),
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
