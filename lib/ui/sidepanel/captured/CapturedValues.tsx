import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { capturedText } from '../../../i18n/captured';
import { sendToBackground } from '../../../messaging/client';
import { currentDirectoryItem, directoriesItem, type Directory } from '../../../storage';
import { useStored } from '../../hooks/useStored';
import { CopyButton } from '../../common/CopyButton';
import { DisclosureButton } from '../../common/Disclosure';
import { Message } from '../../common/Message';
import { ForgetIcon, HideIcon, RevealIcon } from '../../icons';
import { useAnnounce } from '../status';
import { ClipboardNote } from './ClipboardNote';
import { DirectoryFacts, ExpiryReminders } from './DirectoryFacts';
import { EndpointCheck } from './EndpointCheck';
import { EndpointValue } from './EndpointValue';
import { Problems } from './Problems';
import { SecretField } from './SecretField';
import { useLiveSecret } from './useLiveSecret';
import { errorText } from '../../../util/error-text';

function directoryName(d: Directory): string {
  const site = d.site === 'cn' ? commonText('siteCn') : commonText('siteIntl');
  return d.directoryId ? `${d.directoryId} (${site})` : site;
}

/**
 * The "Captured values" region of the automation contract (docs/automation-contract.md#side-panel-sidepanelhtml), compact: the endpoint in full (the
 * accelerated one beside it) and the key masked, each with its icon buttons; warnings always in
 * view; the rest (directory, region, switch, credentials, counts, the endpoint check) behind
 * "Details". Follows storage live, so it updates while the console is open in another tab.
 */
export function CapturedValues(): JSX.Element {
  const announce = useAnnounce();
  const directories = useStored(directoriesItem);
  const currentKey = useStored(currentDirectoryItem);
  const { secret, now } = useLiveSecret();
  const [revealed, setRevealed] = useState(false);
  const [details, setDetails] = useState(false);
  useEffect(() => {
    if (!secret) setRevealed(false);
  }, [secret]);

  const all = Object.values(directories ?? {}).sort((a, b) => b.updatedAt - a.updatedAt);
  const directory =
    (currentKey ? directories?.[currentKey] : undefined) ??
    (secret ? directories?.[secret.directoryKey] : undefined) ??
    all[0] ??
    null;

  const forget = (): void => {
    sendToBackground('capture.forget', {}).then(
      () => announce(capturedText('forgotten'), 'ok'),
      (e: unknown) => announce(capturedText('forgetFailed', { reason: errorText(e) }), 'error'),
    );
  };
  const noKeyId = 'captured-no-key';
  const noEndpointId = 'captured-no-endpoint';

  return (
    <section aria-labelledby="captured-heading" class="card captured">
      <div class="card-head">
        <h2 id="captured-heading">{capturedText('heading')}</h2>
        <DisclosureButton
          open={details}
          onToggle={setDetails}
          controls="captured-details"
          class="small"
        >
          {commonText('details')}
        </DisclosureButton>
      </div>
      {all.length > 1 ? (
        <label class="field directory-choice">
          <span class="muted">{capturedText('directory')}</span>
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
      {!directory && !secret ? <p class="muted">{capturedText('nothingYet')}</p> : null}
      <dl class="pairs">
        <dt>{capturedText('endpoint')}</dt>
        <dd class="value-with-actions">
          <EndpointValue
            url={directory?.endpoint ?? null}
            issue={directory?.endpointIssue ?? null}
            id={noEndpointId}
          />
          <CopyButton
            name={capturedText('copyEndpoint')}
            text={() => directory?.endpoint ?? null}
            disabled={!directory?.endpoint}
            describedBy={directory?.endpoint ? undefined : noEndpointId}
          />
        </dd>
        {directory?.acceleratedEndpoint ? (
          <>
            <dt>{capturedText('accelerated')}</dt>
            <dd class="value-with-actions">
              <EndpointValue
                url={directory.acceleratedEndpoint}
                issue={directory.acceleratedEndpointIssue}
              />
              <CopyButton
                name={capturedText('copyAccelerated')}
                text={() => directory.acceleratedEndpoint}
              />
            </dd>
          </>
        ) : null}
        <dt>
          {capturedText('key')}
          <span class="caption muted key-is-token">{capturedText('keyIsToken')}</span>
        </dt>
        <dd class="value-with-actions">
          <SecretField
            secret={secret}
            revealed={revealed}
            now={now}
            otherDirectory={!!(secret && directory && secret.directoryKey !== directory.key)}
            noKeyId={noKeyId}
          />
          <span class="actions">
            <CopyButton
              name={capturedText('copySecret')}
              text={() => secret?.secret ?? null}
              disabled={!secret}
              describedBy={secret ? undefined : noKeyId}
              note={capturedText('pasteNote')}
            />
            <RevealButton
              revealed={revealed}
              disabled={!secret}
              describedBy={secret ? undefined : noKeyId}
              onToggle={() => setRevealed((r) => !r)}
            />
            <ForgetButton
              disabled={!secret}
              describedBy={secret ? undefined : noKeyId}
              onForget={forget}
            />
          </span>
          <ClipboardNote now={now} />
        </dd>
      </dl>
      {directory?.syncEnabled === false ? (
        <Message tone="warn" role="note">
          {capturedText('syncOffWarning')}
        </Message>
      ) : null}
      {directory ? <ExpiryReminders directory={directory} now={now} /> : null}
      <Problems />
      <div id="captured-details" hidden={!details}>
        {directory ? (
          <>
            <dl class="pairs">
              {all.length <= 1 ? (
                <>
                  <dt>{capturedText('directory')}</dt>
                  <dd>{directoryName(directory)}</dd>
                </>
              ) : null}
              <dt>{capturedText('region')}</dt>
              <dd>{directory.region ?? commonText('unknown')}</dd>
              <dt>{capturedText('sync')}</dt>
              <dd>
                {directory.syncEnabled === true
                  ? capturedText('syncOn')
                  : directory.syncEnabled === false
                    ? capturedText('syncOff')
                    : commonText('unknown')}
              </dd>
            </dl>
            <DirectoryFacts directory={directory} />
            <EndpointCheck directory={directory} which="endpoint" />
            {directory.acceleratedEndpoint ? (
              <EndpointCheck directory={directory} which="accelerated" />
            ) : null}
          </>
        ) : (
          <p class="muted">{capturedText('nothingYet')}</p>
        )}
      </div>
    </section>
  );
}

/** "Reveal secret" shows the key as text; pressed again ("Hide secret") it masks it. */
function RevealButton(props: {
  revealed: boolean;
  disabled: boolean;
  describedBy: string | undefined;
  onToggle: () => void;
}): JSX.Element {
  const name = props.revealed ? capturedText('hide') : capturedText('reveal');
  return (
    <button
      type="button"
      class="subtle icon-button"
      aria-label={name}
      title={name}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      onClick={props.onToggle}
    >
      {props.revealed ? <HideIcon /> : <RevealIcon />}
    </button>
  );
}

function ForgetButton(props: {
  disabled: boolean;
  describedBy: string | undefined;
  onForget: () => void;
}): JSX.Element {
  return (
    <button
      type="button"
      class="subtle icon-button"
      aria-label={capturedText('forget')}
      title={capturedText('forget')}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      onClick={props.onForget}
    >
      <ForgetIcon />
    </button>
  );
}
