import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import { useAnnounce } from '../status';
import { t } from './text';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** One click, then a confirmation; captured values are not touched. */
export function ResetProgress({ directoryKey }: { directoryKey: string }): JSX.Element {
  const announce = useAnnounce();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  const close = (): void => {
    setAsking(false);
    setTimeout(() => opener.current?.focus(), 0);
  };
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
    <div
      role="group"
      aria-labelledby="reset-question"
      class="confirm"
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
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
