import type { JSX } from 'preact';
import { capturedText } from '../../../i18n/captured';
import type { CapturedSecret } from '../../../storage';
import { formatLeft } from './useLiveSecret';

/**
 * The key: masked, or, after "Reveal secret", as text. Never in a form field: Chromium writes
 * the form state of open pages into the profile on disk.
 */
export function SecretField(props: {
  secret: CapturedSecret | null;
  revealed: boolean;
  now: number;
  otherDirectory: boolean;
  /** Id of the "no key" text, which says why the key's buttons are disabled. */
  noKeyId: string;
}): JSX.Element {
  const { secret, revealed, now } = props;
  if (!secret)
    return (
      <span class="muted" id={props.noKeyId}>
        {capturedText('noKey')}
      </span>
    );
  return (
    <span class="secret-field">
      {revealed ? (
        <code class="secret-text">{secret.secret}</code>
      ) : (
        <span aria-label={capturedText('keyMasked')} class="mono">
          ••••••••••••
        </span>
      )}
      <span class="caption muted">
        {secret.credentialId
          ? `${capturedText('credentialOf', { id: secret.credentialId })} · `
          : ''}
        {capturedText('timeLeft', { time: formatLeft(secret.forgetAt - now) })}
      </span>
      {props.otherDirectory ? <span class="tone-warn"> {capturedText('keyOfOther')}</span> : null}
    </span>
  );
}
