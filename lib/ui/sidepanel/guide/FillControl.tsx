import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import { lastFillItem, type FillOutcome, type FillResult } from '../../../storage/guide';
import { useStored } from '../../hooks/useStored';
import { CopyOutline } from '../outline/CopyOutline';
import { unreadFormTab } from '../outline/unread';
import { useAnnounce } from '../status';
import { stepTitle } from './StepItem';
import { t as capturedText } from '../captured/text';
import { t, type TextKey } from './text';
import type { Guide } from './useGuide';
import { CredentialValues } from './values';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Outcomes after which the admin needs the values by hand. */
const NEEDS_HAND: ReadonlySet<FillResult> = new Set<FillResult>([
  'endpoint-unverified',
  'secret-changed',
  'no-form',
  'not-allowed',
  'unreachable',
  'failed',
  'tenant-url-not-kept',
  'secret-not-kept',
  'neither-kept',
  'no-tenant-url',
  'no-secret-token',
  'secret-not-password',
  'ambiguous',
  'hidden',
  'disabled',
  'unconfirmed',
]);

/** "d-xxxx (China site)" for a directory key "cn:d-xxxx". */
function directoryLabel(key: string): string {
  const [site, id] = key.split(':');
  return `${id && id !== 'site' ? `${id} ` : ''}(${t(site === 'cn' ? 'siteCn' : 'siteIntl')})`;
}

function outcomeText(o: FillOutcome): string {
  if (o.result === 'filled') return t(o.trigger === 'auto' ? 'r_filledAuto' : 'r_filled');
  if (o.result === 'failed') return t('r_failed', { reason: o.reason ?? '' });
  if (o.result === 'no-endpoint' && o.directoryKey)
    return t('r_no-endpoint-directory', { directory: directoryLabel(o.directoryKey) });
  if (o.result === 'endpoint-unverified')
    return t('r_endpoint-unverified', {
      why: o.endpointIssue ? capturedText(`issue_${o.endpointIssue}`) : '',
    });
  const n = o.step ?? 5;
  return t(`r_${o.result}` as TextKey, { n, title: stepTitle(n) });
}

/**
 * The "Fill Tenant URL and Secret token" button (automation contract). The background picks
 * the Entra tab and frame; the outcome goes to the panel's status line ("Filled", or why not),
 * and when the form could not be used the values are offered to copy by hand.
 */
export function FillControl({ guide }: { guide: Guide }): JSX.Element {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [fallbackStep, setFallbackStep] = useState<number | null>(null);
  const [fallbackOutcome, setFallbackOutcome] = useState<FillOutcome | null>(null);
  const lastFill = useStored(lastFillItem);
  const openedAt = useRef(Date.now());

  const show = (o: FillOutcome): void => {
    announce(outcomeText(o), o.result === 'filled' ? 'ok' : 'error');
    setFallbackStep(NEEDS_HAND.has(o.result) ? (o.step ?? 5) : null);
    setFallbackOutcome(o);
  };
  // Fills the panel did not start ("as soon as the form appears") are announced too.
  useEffect(() => {
    if (lastFill && lastFill.trigger === 'auto' && lastFill.at >= openedAt.current) show(lastFill);
  }, [lastFill?.at]);

  const fill = (confirmApp: string | null = null): void => {
    setBusy(true);
    sendToBackground('guide.fill', { windowId: guide.windowId, confirmApp })
      .then(show, (e: unknown) => announce(t('r_failed', { reason: reason(e) }), 'error'))
      .finally(() => setBusy(false));
  };
  const question = fallbackOutcome?.result === 'other-app' ? fallbackOutcome.apps : null;

  return (
    <div class="fill">
      <button
        type="button"
        class="primary"
        onClick={() => fill()}
        aria-busy={busy}
        aria-describedby="fill-hint"
      >
        {t('fill')}
      </button>
      <p id="fill-hint" class="muted">
        {busy ? t('filling') : t('fillHint')}
      </p>
      {question ? (
        <OtherAppQuestion
          apps={question}
          onFill={(id) => fill(id)}
          onCancel={() => setFallbackOutcome(null)}
        />
      ) : null}
      {fallbackStep !== null ? (
        <section class="fallback" aria-labelledby="fallback-heading">
          <h3 id="fallback-heading">{t('fallbackHeading')}</h3>
          <p>{t('fallbackText', { n: fallbackStep, title: stepTitle(fallbackStep) })}</p>
          <ol class="instructions">
            <li>{t('s5a')}</li>
            <li>{t('s5b')}</li>
          </ol>
          <CredentialValues directory={guide.directory} secret={guide.input.secret} />
          <FallbackOutline tabId={unreadFormTab(guide, fallbackOutcome)} />
        </section>
      ) : null}
    </div>
  );
}

/** An app as the admin knows it: its name, else its object id, else that the page names none. */
function appName(app: { objectId: string | null; name: string | null }): string {
  return app.name ?? app.objectId ?? t('appUnnamed');
}

/**
 * The form is on another Entra app's page than the one the SCIM key belongs in: every SCIM app's
 * form reads "Tenant URL" and "Secret token", so the admin says which app gets the key.
 */
function OtherAppQuestion({
  apps,
  onFill,
  onCancel,
}: {
  apps: NonNullable<FillOutcome['apps']>;
  onFill: (objectId: string) => void;
  onCancel: () => void;
}): JSX.Element {
  const form = appName(apps.form);
  const id = apps.form.objectId;
  return (
    <div class="notice" role="group" aria-labelledby="other-app-text">
      <p id="other-app-text">{t('otherApp', { form, expected: appName(apps.expected) })}</p>
      {id ? (
        <div class="actions">
          <button type="button" onClick={() => onFill(id)}>
            {t('otherAppFill', { form })}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <p>{t('otherAppUnnamed')}</p>
      )}
    </div>
  );
}

function FallbackOutline({ tabId }: { tabId: number | null }): JSX.Element | null {
  return tabId === null ? null : <CopyOutline tabId={tabId} />;
}
