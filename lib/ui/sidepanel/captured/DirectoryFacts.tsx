import type { JSX } from 'preact';
import { expiryReminders } from '../../../capture/expiry';
import { more } from '../../../i18n/captured-more';
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
          {more(r.daysLeft <= 0 ? 'expired' : 'expiresSoon', {
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
    c ? <li>{more(key, { scim: c.scim, listed: c.listed })}</li> : null;
  return (
    <div>
      {directory.credentials.length > 0 ? (
        <>
          <h3>{more('credentialsHeading')}</h3>
          <ul aria-label={more('credentialsHeading')}>
            {directory.credentials.map((c) => (
              <li key={c.id}>
                <span class="mono">{c.id}</span>
                {': '}
                {more('credentialDates', {
                  created: `${c.createdFrom === 'captured' ? `${more('approx')} ` : ''}${day(c.createdAt)}`,
                  expires: day(c.expiresAt),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {directory.scimUsers || directory.scimGroups ? (
        <>
          <h3>{more('countsHeading')}</h3>
          <ul aria-label={more('countsHeading')}>
            {count(directory.scimUsers, 'countUsers')}
            {count(directory.scimGroups, 'countGroups')}
          </ul>
          <p class="muted caption">{more('countHint')}</p>
        </>
      ) : null}
    </div>
  );
}
