import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { commonText } from '../../../i18n/common';
import { fillText } from '../../../i18n/fill';
import { guideText } from '../../../i18n/guide';
import { sendToBackground } from '../../../messaging/client';
import { lastFillItem, type FillOutcome } from '../../../storage/guide';
import { useStored } from '../../hooks/useStored';
import { Message } from '../../common/Message';
import { CopyOutline } from '../outline/CopyOutline';
import { unreadFormTab, unrecognizedEntraTab } from '../outline/unread';
import { useAnnounce } from '../status';
import { FILL_OUTCOMES, outcomeText } from './fill-outcomes';
import type { Guide } from './useGuide';
import { CredentialValues } from './values';
import { errorText } from '../../../util/error-text';

/** Why the fill cannot run now, or null when it can. */
export function fillBlocked(guide: Guide): string | null {
  if (!guide.input.secret) return guideText('fillWhy_noKey');
  if (!guide.directory?.endpoint) return guideText('fillWhy_noEndpoint');
  if (guide.form === 'hidden') return guideText('fillWhy_hidden');
  if (guide.form === 'none') return guideText('fillWhy_noForm');
  return null;
}

/**
 * Step 5's primary action, "Fill Tenant URL and Secret token" (docs/automation-contract.md#side-panel-sidepanelhtml): enabled only
 * while an Entra tab shows the form, otherwise disabled with the reason beside it. Its outcome
 * shows beside it and on the panel's status line ("Filled", or why not); after a refusal, or on
 * a provisioning page whose form the extension cannot read, the values to copy by hand.
 */
export function FillAction({
  guide,
  primary = true,
}: {
  guide: Guide;
  /** Secondary when another step is current but an Entra tab shows the form all the same. */
  primary?: boolean;
}): JSX.Element {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FillOutcome | null>(null);
  const lastFill = useStored(lastFillItem);
  const openedAt = useRef(Date.now());

  const show = useCallback(
    (o: FillOutcome): void => {
      announce(outcomeText(o), FILL_OUTCOMES[o.result].tone, 'fill');
      setOutcome(o);
    },
    [announce],
  );
  // Fills the panel did not start ("as soon as the form appears") are shown too, each once.
  const shownAuto = useRef(0);
  useEffect(() => {
    if (!lastFill || lastFill.trigger !== 'auto' || lastFill.at < openedAt.current) return;
    if (lastFill.at === shownAuto.current) return;
    shownAuto.current = lastFill.at;
    show(lastFill);
  }, [lastFill, show]);

  // Once the form is gone (the admin moved on, the view closed), the last outcome is history.
  const formWas = useRef(guide.form);
  useEffect(() => {
    const was = formWas.current;
    formWas.current = guide.form;
    if (was === 'shown' && guide.form !== 'shown') setOutcome(null);
  }, [guide.form]);

  const fill = (confirmApp: string | null = null): void => {
    setBusy(true);
    sendToBackground('guide.fill', { windowId: guide.windowId, confirmApp })
      .then(show, (e: unknown) => announce(fillText('r_failed', { reason: errorText(e) }), 'error'))
      .finally(() => setBusy(false));
  };

  const question = outcome?.result === 'other-app' ? (outcome.apps ?? null) : null;
  const blocked = fillBlocked(guide);
  const f = guide.followed;
  // On the provisioning page, a form the extension cannot read: the values by hand at once.
  const provisioningTab = f?.kind === 'entra' && f.tab.step === 5 ? f.tabId : null;
  const unreadHere = guide.form === 'none' && provisioningTab !== null && outcome === null;
  const byHand = outcome !== null && FILL_OUTCOMES[outcome.result].byHand;
  const fallbackStep = outcome?.step ?? 5;
  const outlineTab = byHand
    ? unreadFormTab(guide, outcome)
    : unreadHere && unrecognizedEntraTab(guide) === null
      ? provisioningTab
      : null;

  return (
    <div class="fill-action">
      <div class="primary-action">
        <button
          type="button"
          class={primary ? 'primary' : undefined}
          onClick={() => fill()}
          disabled={busy || blocked !== null}
          aria-busy={busy}
          aria-describedby="fill-hint"
        >
          {fillText('fill')}
        </button>
        <p id="fill-hint" class="caption muted">
          {busy ? fillText('filling') : (blocked ?? guideText('fillReady'))}
        </p>
      </div>
      {outcome ? (
        <Message tone={FILL_OUTCOMES[outcome.result].tone} class="fill-outcome">
          {outcomeText(outcome)}
        </Message>
      ) : null}
      {question ? (
        <OtherAppQuestion
          apps={question}
          onFill={(id) => fill(id)}
          onCancel={() => setOutcome(null)}
        />
      ) : null}
      {byHand || unreadHere ? (
        <section class="fallback" aria-labelledby="fallback-heading">
          <h3 id="fallback-heading">{fillText('fallbackHeading')}</h3>
          <p>
            {fillText('fallbackText', {
              n: fallbackStep,
              title: guideText(`step${fallbackStep}` as 'step1'),
            })}
          </p>
          <CredentialValues directory={guide.directory} secret={guide.input.secret} />
          {outlineTab !== null ? <CopyOutline tabId={outlineTab} /> : null}
        </section>
      ) : null}
    </div>
  );
}

/** An app as the admin knows it: its name, else its object id, else that the page names none. */
function appName(app: { objectId: string | null; name: string | null }): string {
  return app.name ?? app.objectId ?? fillText('appUnnamed');
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
    <div class="other-app" role="group" aria-labelledby="other-app-text">
      <Message tone="warn">
        <p id="other-app-text">
          {fillText('otherApp', { form, expected: appName(apps.expected) })}
        </p>
        {id ? (
          <div class="actions">
            <button type="button" class="primary" onClick={() => onFill(id)}>
              {fillText('otherAppFill', { form })}
            </button>
            <button type="button" onClick={onCancel}>
              {commonText('cancel')}
            </button>
          </div>
        ) : (
          <p>{fillText('otherAppUnnamed')}</p>
        )}
      </Message>
    </div>
  );
}
