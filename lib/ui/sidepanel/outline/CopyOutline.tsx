import type { JSX } from 'preact';
import { copyToClipboard } from '../../clipboard';
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import './outline.css';
import { t } from '../../../i18n/outline';

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'copied' } | { kind: 'failed'; text: string };

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * "Copy page outline" (automation contract), offered where a portal page looks like a step the
 * extension cannot read: the outline of every frame of that tab, structure and the extension's
 * own words only (lib/portals/common/outline.ts), for a bug report. Its outcome shows beside the
 * button, not in the panel's status line, which belongs to the fill and copy actions.
 */
export function CopyOutline({ tabId }: { tabId: number }): JSX.Element {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const hintId = `outline-hint-${tabId}`;

  const copy = (): void => {
    setState({ kind: 'busy' });
    sendToBackground('page.outline', { tabId })
      .then(async (reply) => {
        if (reply.text === null) {
          setState({ kind: 'failed', text: t('noAnswer') });
          return;
        }
        await copyToClipboard(reply.text);
        setState({ kind: 'copied' });
      })
      .catch((e: unknown) =>
        setState({ kind: 'failed', text: t('failed', { reason: reason(e) }) }),
      );
  };

  return (
    <div class="outline-copy">
      <div class="outline-row">
        <button
          type="button"
          onClick={copy}
          aria-busy={state.kind === 'busy'}
          aria-describedby={hintId}
        >
          {t('copy')}
        </button>
        <span
          aria-live="polite"
          class={
            state.kind === 'copied' ? 'tone-ok' : state.kind === 'failed' ? 'tone-error' : 'muted'
          }
        >
          {state.kind === 'busy'
            ? t('reading')
            : state.kind === 'copied'
              ? t('copied')
              : state.kind === 'failed'
                ? state.text
                : ''}
        </span>
      </div>
      <p id={hintId} class="muted caption outline-hint">
        {t('hint')}
      </p>
    </div>
  );
}
