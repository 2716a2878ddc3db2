import type { JSX } from 'preact';
import type { CapturedSecret } from '../../../storage';
import { t } from '../../../i18n/captured';
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
}): JSX.Element {
  const { secret, revealed, now } = props;
  if (!secret) return <span class="muted">{t('noKey')}</span>;
  return (
    <span>
      {revealed ? (
        <code class="secret-text" style={{ wordBreak: 'break-all' }}>
          {secret.secret}
        </code>
      ) : (
        <span aria-label={t('keyMasked')} class="mono">
          ••••••••••••••••
        </span>
      )}{' '}
      <span class="muted">
        {secret.credentialId ? `(${t('credentialOf', { id: secret.credentialId })}) ` : ''}
        {t('timeLeft', { time: formatLeft(secret.forgetAt - now) })}
      </span>
      {props.otherDirectory ? <span class="tone-warn"> {t('keyOfOther')}</span> : null}
    </span>
  );
}
