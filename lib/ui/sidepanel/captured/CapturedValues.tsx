import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import { currentDirectoryItem, directoriesItem, type Directory } from '../../../storage';
import { useStored } from '../../hooks/useStored';
import { useAnnounce } from '../status';
import { DirectoryFacts } from './DirectoryFacts';
import { EndpointCheck } from './EndpointCheck';
import { EndpointValue } from './EndpointValue';
import { Problems } from './Problems';
import { SecretField } from './SecretField';
import { t } from '../../../i18n/captured';
import { useLiveSecret } from './useLiveSecret';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function directoryName(d: Directory): string {
  const site = d.site === 'cn' ? t('siteCn') : t('siteIntl');
  return d.directoryId ? `${d.directoryId} (${site})` : site;
}

/**
 * The "Captured values" region of the automation contract: the endpoint in full (the
 * accelerated one beside it), the key masked, the four buttons, time left, the endpoint check,
 * and what the capture could not recognize. Follows storage live, so it updates while the
 * console is open in another tab.
 */
export function CapturedValues(): JSX.Element {
  const announce = useAnnounce();
  const directories = useStored(directoriesItem);
  const currentKey = useStored(currentDirectoryItem);
  const { secret, now } = useLiveSecret();
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    if (!secret) setRevealed(false);
  }, [secret]);

  const all = Object.values(directories ?? {}).sort((a, b) => b.updatedAt - a.updatedAt);
  const directory =
    (currentKey ? directories?.[currentKey] : undefined) ??
    (secret ? directories?.[secret.directoryKey] : undefined) ??
    all[0] ??
    null;

  const copy = (text: string, done: string): void => {
    navigator.clipboard.writeText(text).then(
      () => announce(done, 'ok'),
      (e: unknown) => announce(t('copyFailed', { reason: message(e) }), 'error'),
    );
  };
  const forget = (): void => {
    sendToBackground('capture.forget', {}).then(
      () => announce(t('forgotten'), 'ok'),
      (e: unknown) => announce(t('forgetFailed', { reason: message(e) }), 'error'),
    );
  };

  return (
    <section aria-labelledby="captured-heading" class="captured">
      <h2 id="captured-heading">{t('heading')}</h2>
      {all.length > 1 ? (
        <label class="field">
          {t('directory')}{' '}
          <select
            value={directory?.key}
            onChange={(e) => void currentDirectoryItem.set(e.currentTarget.value)}
          >
            {all.map((d) => (
              <option key={d.key} value={d.key}>
                {directoryName(d)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {!directory && !secret ? <p class="muted">{t('nothingYet')}</p> : null}
      <dl class="captured-list">
        {directory && all.length <= 1 ? (
          <>
            <dt>{t('directory')}</dt>
            <dd>{directoryName(directory)}</dd>
          </>
        ) : null}
        <dt>{t('endpoint')}</dt>
        <dd>
          <EndpointValue
            url={directory?.endpoint ?? null}
            issue={directory?.endpointIssue ?? null}
          />
        </dd>
        {directory?.acceleratedEndpoint ? (
          <>
            <dt>{t('accelerated')}</dt>
            <dd>
              <EndpointValue
                url={directory.acceleratedEndpoint}
                issue={directory.acceleratedEndpointIssue}
              />
            </dd>
          </>
        ) : null}
        <dt>{t('region')}</dt>
        <dd>{directory?.region ?? t('unknown')}</dd>
        <dt>{t('sync')}</dt>
        <dd>
          {directory?.syncEnabled === true
            ? t('syncOn')
            : directory?.syncEnabled === false
              ? t('syncOff')
              : t('unknown')}
        </dd>
        <dt>{t('key')}</dt>
        <dd>
          <SecretField
            secret={secret}
            revealed={revealed}
            now={now}
            otherDirectory={!!(secret && directory && secret.directoryKey !== directory.key)}
          />
        </dd>
      </dl>
      <div class="actions">
        <button
          type="button"
          disabled={!directory?.endpoint}
          onClick={() => directory?.endpoint && copy(directory.endpoint, t('copiedEndpoint'))}
        >
          {t('copyEndpoint')}
        </button>
        {directory?.acceleratedEndpoint ? (
          <button
            type="button"
            onClick={() =>
              directory.acceleratedEndpoint &&
              copy(directory.acceleratedEndpoint, t('copiedEndpoint'))
            }
          >
            {t('copyAccelerated')}
          </button>
        ) : null}
        <button
          type="button"
          disabled={!secret}
          onClick={() => secret && copy(secret.secret, t('copiedSecret'))}
        >
          {t('copySecret')}
        </button>
        <button
          type="button"
          disabled={!secret}
          aria-pressed={revealed}
          onClick={() => setRevealed((r) => !r)}
        >
          {t('reveal')}
        </button>
        <button type="button" disabled={!secret} onClick={forget}>
          {t('forget')}
        </button>
      </div>
      {directory ? (
        <>
          <EndpointCheck directory={directory} which="endpoint" />
          {directory.acceleratedEndpoint ? (
            <EndpointCheck directory={directory} which="accelerated" />
          ) : null}
          <DirectoryFacts directory={directory} now={now} />
        </>
      ) : null}
      <Problems />
    </section>
  );
}
