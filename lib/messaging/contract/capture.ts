import { z } from 'zod';
import { CaptureProblem } from '../../storage/capture';
import type { MessageSpec } from '../spec';
import { ForgetReply, PolicyReply, SecretReply } from './capture-content';
import { Acknowledged } from './core-content';

export { captureToContent } from './capture-content';

/**
 * Messages of the CloudSSO capture. The key crosses a context boundary exactly once: from the
 * console's content script to the background in `capture.secret`. No reply, and no other
 * message, ever carries it back out.
 */

const DirectoryId = z
  .string()
  .regex(/^d-[a-z0-9]{6,64}$/)
  .nullable();
const CredentialId = z
  .string()
  .regex(/^scimcred-[a-z0-9]{4,64}$/)
  .nullable();
const Time = z.number().int().min(0).nullable();
const PageUrl = z.string().max(2048).nullable();

export const PageFactsPayload = z.object({
  page: z.enum(['settings', 'users', 'groups', 'other']),
  directoryId: DirectoryId,
  /** As read from the page; the background validates the form and keeps it even when flagged. */
  endpoint: PageUrl,
  acceleratedEndpoint: PageUrl,
  syncEnabled: z.boolean().nullable(),
  credentials: z
    .array(
      z.object({
        id: z.string().regex(/^scimcred-[a-z0-9]{4,64}$/),
        createdAt: Time,
        expiresAt: Time,
        /** Enabled or disabled as the list shows it; absent from older senders. */
        status: z.enum(['enabled', 'disabled']).nullable().optional(),
      }),
    )
    .max(8),
  list: z
    .object({
      kind: z.enum(['users', 'groups']),
      sourceColumn: z.boolean(),
      scim: z.number().int().min(0),
      total: z.number().int().min(0),
    })
    .nullable(),
  problems: z.array(CaptureProblem).max(16),
});

export const CheckOutcome = z.enum([
  /** The endpoint answered ServiceProviderConfig as a SCIM 2.0 service. */
  'scim-service',
  /** It answered, but not with a SCIM ServiceProviderConfig. */
  'not-scim',
  /** 404: wrong path, a missing or extra trailing part, or another region's host. */
  'not-found',
  /** 401/403 on the unauthenticated call, or on the key check: key disabled, deleted or expired. */
  'rejected',
  /** 5xx or another unexpected status. */
  'server-error',
  /** No answer: wrong region host, no network, or blocked. */
  'unreachable',
  /** /Users answered with a SCIM list: the key works. */
  'key-works',
  /** The admin did not grant access to the endpoint's host. */
  'no-permission',
  /** The endpoint is not on a CloudSSO SCIM host, so the extension does not call it. */
  'not-checkable',
  'no-endpoint',
  'no-key',
  /** A key is kept, but this endpoint's host is not one the key may go to (check-policy.ts). */
  'key-withheld',
]);
export type CheckOutcome = z.infer<typeof CheckOutcome>;

export const CheckStep = z.object({
  outcome: CheckOutcome,
  /** HTTP status when there was an answer. */
  status: z.number().int().nullable(),
});
export type CheckStep = z.infer<typeof CheckStep>;

export const captureToBackground = {
  /** The console page's non-secret facts and the required elements it could not find. */
  'capture.page': {
    from: ['cloudsso'],
    payload: PageFactsPayload,
    reply: Acknowledged,
  },
  /** A key shown in the "SCIM Credential Generated" dialog, to keep in session storage. */
  'capture.secret': {
    from: ['cloudsso'],
    payload: z.object({
      // No prefix and an undocumented alphabet (docs/research/cloudsso.md#scim-credential): only non-empty, no spaces.
      secret: z.string().min(1).max(1024).regex(/^\S+$/),
      credentialId: CredentialId,
      createdAt: Time,
      directoryId: DirectoryId,
    }),
    reply: SecretReply,
  },
  /**
   * Asked right before a shown key is handed over: whether Settings want the admin's click
   * first, and the time limit the question names. Content scripts do not read storage.
   */
  'capture.policy': {
    from: ['cloudsso'],
    payload: z.object({}).strict(),
    reply: PolicyReply,
  },
  /** Forget the key now (the in-page notice or the side panel). */
  'capture.forget': {
    from: ['cloudsso', 'extension'],
    payload: z.object({}).strict(),
    reply: ForgetReply,
  },
  /**
   * Keeps the kept key for the time limit counted from now (the side panel's step 5, while the
   * admin is still filling Entra). Never longer than the limit set in Settings.
   */
  'capture.keepLonger': {
    from: ['extension'],
    payload: z.object({}).strict(),
    reply: z.object({ forgetAt: z.number().nullable(), ttlMinutes: z.number() }),
  },
  /**
   * Checks a directory's endpoint: ServiceProviderConfig without the key, then, when asked and a
   * key is kept, one user with it. The side panel asks for the host permission first.
   */
  'capture.check': {
    from: ['extension'],
    payload: z.object({
      directoryKey: z.string().max(256),
      which: z.enum(['endpoint', 'accelerated']),
      withKey: z.boolean(),
    }),
    reply: z.object({
      endpoint: z.string().nullable(),
      service: CheckStep,
      key: CheckStep.nullable(),
    }),
  },
} as const satisfies Record<string, MessageSpec>;
