import type { JSX } from 'preact';
import { clipboardItem } from '../../../storage';
import type { CopyOutcome } from '../../clipboard';
import { useStored } from '../../hooks/useStored';
import { t } from './text';

const clock = (at: number): string =>
  new Date(at).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
const secondsUntil = (at: number, now: number): number => Math.max(0, Math.ceil((at - now) / 1000));

/** What the copy announcement adds about the clipboard: when the key leaves it, or why not. */
export function clipboardNote(outcome: CopyOutcome, now = Date.now()): string {
  switch (outcome.status) {
    case 'pending':
      return outcome.clearAt === null
        ? ''
        : t('clipboardPending', {
            time: clock(outcome.clearAt),
            seconds: secondsUntil(outcome.clearAt, now),
          });
    case 'off':
      return t('clipboardOff');
    case 'failed':
      return t('clipboardFailed');
    case 'not-the-key':
      return '';
  }
}

/**
 * Beside the key: while a copied key is on the clipboard, until when; once cleared, that it was
 * (docs/security.md). Follows the background's record live.
 */
export function ClipboardNote({ now }: { now: number }): JSX.Element | null {
  const state = useStored(clipboardItem);
  if (!state) return null;
  if (state.status === 'pending' && state.clearAt !== null)
    return (
      <p class="muted clipboard-note">
        {t('clipboardWaiting', {
          time: clock(state.clearAt),
          seconds: secondsUntil(state.clearAt, now),
        })}
      </p>
    );
  if (state.status === 'cleared' && state.clearAt !== null)
    return (
      <p class="muted clipboard-note">
        {t(state.reason === 'key-gone' ? 'clipboardClearedKeyGone' : 'clipboardCleared', {
          time: clock(state.clearAt),
        })}
      </p>
    );
  if (state.status === 'failed')
    return <p class="tone-warn clipboard-note">{t('clipboardFailed')}</p>;
  return null;
}
