import type { JSX } from 'preact';
import { expiryReminders } from '../../../capture/expiry';
import type { Directory, ListCount } from '../../../storage';
import { more } from '../../../i18n/captured-more';

const day = (at: number | null): string => (at === null ? '?' : new Date(at).toLocaleDateString());

/** Credentials with their expiry (and the 90-day reminder), and the verification counts. */
export function DirectoryFacts({
  directory,
  now,
}: {
  directory: Directory;
  now: number;
}): JSX.Element {
  const reminders = expiryReminders(directory.credentials, now);
  const count = (c: ListCount | null, key: 'countUsers' | 'countGroups'): JSX.Element | null =>
    c ? <li>{more(key, { scim: c.scim, listed: c.listed })}</li> : null;
  return (
    <div>
      {reminders.map((r) => (
        <p key={r.id} class="tone-warn" role="note">
          {more(r.daysLeft <= 0 ? 'expired' : 'expiresSoon', {
            id: r.id,
            date: day(r.expiresAt),
            days: r.daysLeft,
          })}
        </p>
      ))}
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
          <p class="muted small">{more('countHint')}</p>
        </>
      ) : null}
    </div>
  );
}
