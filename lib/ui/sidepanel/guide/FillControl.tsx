import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import { lastFillItem, type FillOutcome, type FillResult } from '../../../storage/guide';
import { useStored } from '../../hooks/useStored';
import { CopyOutline } from '../outline/CopyOutline';
import { unreadFormTab } from '../outline/unread';
import { useAnnounce } from '../status';
import { stepTitle } from './StepItem';
import { t, type TextKey } from '../../../i18n/guide';
import type { Guide } from './useGuide';
import { CredentialValues } from './values';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Outcomes after which the admin needs the values by hand. */
const NEEDS_HAND: ReadonlySet<FillResult> = new Set<FillResult>([
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

function outcomeText(o: FillOutcome): string {
  if (o.result === 'filled') return t(o.trigger === 'auto' ? 'r_filledAuto' : 'r_filled');
  if (o.result === 'failed') return t('r_failed', { reason: o.reason ?? '' });
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

  const fill = (): void => {
    setBusy(true);
    sendToBackground('guide.fill', { windowId: guide.windowId })
      .then(show, (e: unknown) => announce(t('r_failed', { reason: reason(e) }), 'error'))
      .finally(() => setBusy(false));
  };

  return (
    <div class="fill">
      <button
        type="button"
        class="primary"
        onClick={fill}
        aria-busy={busy}
        aria-describedby="fill-hint"
      >
        {t('fill')}
      </button>
      <p id="fill-hint" class="muted">
        {busy ? t('filling') : t('fillHint')}
      </p>
      {fallbackStep !== null ? (
        <section class="fallback" aria-labelledby="fallback-heading">
          <h3 id="fallback-heading">{t('fallbackHeading')}</h3>
          <p>{t('fallbackText', { n: fallbackStep, title: stepTitle(fallbackStep) })}</p>
          <ol class="instructions">
            <li>{t('s5a')}</li>
            <li>{t('s5b')}</li>
          </ol>
          <CredentialValues directory={guide.directory} secretKept={guide.input.secret !== null} />
          <FallbackOutline tabId={unreadFormTab(guide, fallbackOutcome)} />
        </section>
      ) : null}
    </div>
  );
}

function FallbackOutline({ tabId }: { tabId: number | null }): JSX.Element | null {
  return tabId === null ? null : <CopyOutline tabId={tabId} />;
}
