import type { FillResult } from '../../../storage/guide';
import type { Guide } from '../guide/useGuide';

/**
 * Where the guide offers "Copy page outline": on an Entra page that looks like a step the
 * extension cannot read. Two places say so, and only one shows the button for a tab.
 */

/** The followed Entra tab when its address names a step its page did not confirm. */
export function unrecognizedEntraTab(guide: Guide): number | null {
  const f = guide.followed;
  return f?.kind === 'entra' && f.tab.unrecognized !== null ? f.tabId : null;
}

/**
 * Fill outcomes that mean the form could not be read as the extension knows it. Not "hidden"
 * (a collapsed section the admin opens), nor the outcomes about the key, the endpoint or a
 * frame that went away.
 */
const UNREAD_FORM: ReadonlySet<FillResult> = new Set<FillResult>([
  'no-form',
  'no-tenant-url',
  'no-secret-token',
  'secret-not-password',
  'ambiguous',
  'disabled',
]);

/** The tab whose outline the fill's fallback offers, or null (none, or already offered). */
export function unreadFormTab(
  guide: Guide,
  outcome: { result: FillResult; tabId: number | null } | null,
): number | null {
  if (!outcome || !UNREAD_FORM.has(outcome.result)) return null;
  const f = guide.followed;
  const tabId = outcome.tabId ?? (f?.kind === 'entra' ? f.tabId : null);
  return tabId !== null && tabId !== unrecognizedEntraTab(guide) ? tabId : null;
}
