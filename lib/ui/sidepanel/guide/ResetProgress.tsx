import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import { useAnnounce } from '../status';
import { guideText as t } from '../../../i18n/guide';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** One click, then a confirmation; captured values are not touched. */
export function ResetProgress({ directoryKey }: { directoryKey: string }): JSX.Element {
  const announce = useAnnounce();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setAsking(false);
    setTimeout(() => opener.current?.focus(), 0);
  };
  // Layout effect: in place as soon as the question is shown, before any key can arrive.
  useLayoutEffect(() => {
    if (!asking) return undefined;
    yes.current?.focus();
    // Escape cancels wherever the focus is while the question is open.
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [asking]);
  const reset = (): void => {
    sendToBackground('guide.reset', { directoryKey }).then(
      () => announce(t('resetDone'), 'ok'),
      (e: unknown) => announce(t('saveFailed', { reason: reason(e) }), 'error'),
    );
    close();
  };
  if (!asking) {
    return (
      <button type="button" ref={opener} onClick={() => setAsking(true)}>
        {t('reset')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="reset-question" class="confirm">
      <p id="reset-question">{t('resetConfirm')}</p>
      <button type="button" ref={yes} class="danger" onClick={reset}>
        {t('resetYes')}
      </button>{' '}
      <button type="button" onClick={close}>
        {t('cancel')}
      </button>
    </div>
  );
}
