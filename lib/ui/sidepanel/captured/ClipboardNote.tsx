import type { JSX } from 'preact';
import { clipboardItem } from '../../../storage';
import { clock, secondsUntil } from '../../clipboard';
import { useStored } from '../../hooks/useStored';
import { capturedText } from '../../../i18n/captured';

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
        {capturedText('clipboardWaiting', {
          time: clock(state.clearAt),
          seconds: secondsUntil(state.clearAt, now),
        })}
      </p>
    );
  if (state.status === 'cleared' && state.clearAt !== null)
    return (
      <p class="muted clipboard-note">
        {capturedText(
          state.reason === 'key-gone' ? 'clipboardClearedKeyGone' : 'clipboardCleared',
          {
            time: clock(state.clearAt),
          },
        )}
      </p>
    );
  if (state.status === 'failed')
    return <p class="tone-warn clipboard-note">{capturedText('clipboardFailed')}</p>;
  return null;
}
