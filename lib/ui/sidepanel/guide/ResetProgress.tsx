import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import { useAnnounce } from '../status';
import { guideText } from '../../../i18n/guide';
import { errorText } from '../../../util/error-text';

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
      () => announce(guideText('resetDone'), 'ok'),
      (e: unknown) => announce(guideText('saveFailed', { reason: errorText(e) }), 'error'),
    );
    close();
  };
  if (!asking) {
    return (
      <button type="button" ref={opener} onClick={() => setAsking(true)}>
        {guideText('reset')}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="reset-question" class="confirm">
      <p id="reset-question">{guideText('resetConfirm')}</p>
      <button type="button" ref={yes} class="danger" onClick={reset}>
        {guideText('resetYes')}
      </button>{' '}
      <button type="button" onClick={close}>
        {commonText('cancel')}
      </button>
    </div>
  );
}
