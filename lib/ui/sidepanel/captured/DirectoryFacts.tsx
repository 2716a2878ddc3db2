import type { JSX } from 'preact';
import { expiryReminders } from '../../../capture/expiry';
import { capturedText } from '../../../i18n/captured';
import type { Directory, ListCount } from '../../../storage';
import { Message } from '../../common/Message';

const day = (at: number | null): string => (at === null ? '?' : new Date(at).toLocaleDateString());

/** A credential that expires within 90 days, or has expired: always in view. */
export function ExpiryReminders({
  directory,
  now,
}: {
  directory: Directory;
  now: number;
}): JSX.Element {
  return (
    <>
      {expiryReminders(directory.credentials, now).map((r) => (
        <Message key={r.id} tone={r.daysLeft <= 0 ? 'error' : 'warn'} role="note">
          {capturedText(r.daysLeft <= 0 ? 'expired' : 'expiresSoon', {
            id: r.id,
            date: day(r.expiresAt),
            days: r.daysLeft,
          })}
        </Message>
      ))}
    </>
  );
}

/** Credentials with their expiry, and the verification counts (behind "Details"). */
export function DirectoryFacts({ directory }: { directory: Directory }): JSX.Element {
  const count = (c: ListCount | null, key: 'countUsers' | 'countGroups'): JSX.Element | null =>
    c ? <li>{capturedText(key, { scim: c.scim, listed: c.listed })}</li> : null;
  return (
    <div>
      {directory.credentials.length > 0 ? (
        <>
          <h3>{capturedText('credentialsHeading')}</h3>
          <ul aria-label={capturedText('credentialsHeading')}>
            {directory.credentials.map((c) => (
              <li key={c.id}>
                <span class="mono">{c.id}</span>
                {': '}
                {capturedText('credentialDates', {
                  created: `${c.createdFrom === 'captured' ? `${capturedText('approx')} ` : ''}${day(c.createdAt)}`,
                  expires: day(c.expiresAt),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {directory.scimUsers || directory.scimGroups ? (
        <>
          <h3>{capturedText('countsHeading')}</h3>
          <ul aria-label={capturedText('countsHeading')}>
            {count(directory.scimUsers, 'countUsers')}
            {count(directory.scimGroups, 'countGroups')}
          </ul>
          <p class="muted caption">{capturedText('countHint')}</p>
        </>
      ) : null}
    </div>
  );
}
