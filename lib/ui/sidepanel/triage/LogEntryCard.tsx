import type { JSX } from 'preact';
import { triageText } from '../../../i18n/triage';
import { classify, entryFromPane, indexNames, isFailure } from '../../../triage';
import { logEntryItem } from '../../../storage';
import { Message } from '../../common/Message';
import { useStored } from '../../hooks/useStored';
import { GroupView } from './GroupView';

/**
 * The provisioning-log entry whose details are open in Entra (#14 item 4), explained the way the
 * triage explains a downloaded file: its cause in CloudSSO terms, the offending characters, the
 * proven fix, Rotate on a 401/403, the Tenant URL on a 404 (lib/triage classify).
 */
export function LogEntryCard(): JSX.Element | null {
  const shown = useStored(logEntryItem);
  if (!shown) return null;
  const entry = entryFromPane(shown.entry);
  const name = entry.displayName ?? triageText('noName');
  const entra = [entry.errorCode, entry.reason].filter((s) => s !== null).join(': ');
  const object = isFailure(entry) ? classify(entry, indexNames([entry])) : null;
  return (
    <section class="card triage" aria-labelledby="log-entry-title" data-testid="log-entry-card">
      <p class="caption muted eyebrow">{triageText('entryEyebrow')}</p>
      <h2 id="log-entry-title" class="current-title">
        {triageText('entryTitle', { name })}
      </h2>
      {object ? (
        <GroupView group={{ cause: object.detail.cause, objects: [object] }} />
      ) : (
        <Message tone="info" role="status">
          {triageText('entryNotFailed')}
        </Message>
      )}
      {entra && object?.detail.cause !== 'other' ? (
        <p class="caption muted entra-text">
          {/* Entra's own words, as the page showed them: not the panel's to translate. */}
          {triageText('entryEntra')} <span translate={false}>{entra}</span>
        </p>
      ) : null}
    </section>
  );
}
