import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkPolicy } from '../../../capture/check-policy';
import { sendToBackground } from '../../../messaging/client';
import type { CheckStep } from '../../../messaging/contract/capture';
import type { Directory } from '../../../storage';
import { useAnnounce } from '../status';
import { checkText } from '../../../i18n/endpoint-check';
import { errorText } from '../../../util/error-text';

function explain(host: string, service: CheckStep, key: CheckStep | null): string[] {
  const params = { host, status: service.status ?? '' };
  const lines = [checkText(`service_${service.outcome}` as `service_${'scim-service'}`, params)];
  if (key)
    lines.push(
      checkText(`key_${key.outcome}` as `key_${'key-works'}`, { host, status: key.status ?? '' }),
    );
  return lines;
}

function toneOf(service: CheckStep, key: CheckStep | null): 'ok' | 'warn' | 'error' {
  if (service.outcome !== 'scim-service') return 'error';
  if (key === null || key.outcome === 'key-works' || key.outcome === 'no-key') return 'ok';
  return key.outcome === 'key-withheld' ? 'warn' : 'error';
}

/**
 * "Check SCIM endpoint": asks for access to the endpoint's one host at the moment of use, then
 * the background calls ServiceProviderConfig (no key) and, when a key is kept for this
 * directory, lists one user with it.
 */
export function EndpointCheck(props: {
  directory: Directory;
  which: 'endpoint' | 'accelerated';
}): JSX.Element | null {
  const { directory, which } = props;
  const announce = useAnnounce();
  const [lines, setLines] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const url = which === 'endpoint' ? directory.endpoint : directory.acceleratedEndpoint;
  if (!url) return null;
  const host = URL.canParse(url) ? new URL(url).host : url;

  const finish = (result: string[], tone: 'ok' | 'warn' | 'error'): void => {
    setLines(result);
    announce(result.join(' '), tone);
    setBusy(false);
  };
  const onClick = (): void => {
    // Never ask for a host the check would not call anyway.
    if (!checkPolicy(url, which).call) {
      finish([checkText('service_not-checkable', { host })], 'warn');
      return;
    }
    // permissions.request needs the click's user gesture: nothing may be awaited before it.
    const granted = browser.permissions
      .request({ origins: [`https://${host}/*`] })
      .catch(() => false);
    setBusy(true);
    announce(checkText('checking', { host }));
    void granted
      .then(async (ok) => {
        if (!ok) return finish([checkText('service_no-permission', { host })], 'warn');
        const reply = await sendToBackground('capture.check', {
          directoryKey: directory.key,
          which,
          withKey: true,
        });
        finish(explain(host, reply.service, reply.key), toneOf(reply.service, reply.key));
      })
      .catch((e: unknown) => finish([checkText('failed', { reason: errorText(e) })], 'error'));
  };
  return (
    <div class="endpoint-check">
      <button type="button" onClick={onClick} disabled={busy} aria-busy={busy}>
        {which === 'endpoint' ? checkText('check') : checkText('checkAccelerated')}
      </button>
      {lines.length > 0 ? (
        <ul class="check-result">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{checkText('permissionHint')}</p>
      )}
    </div>
  );
}
