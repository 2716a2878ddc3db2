import { commonText } from '../../../i18n/common';
import type { JSX } from 'preact';
import { copyToClipboard } from '../../clipboard';
import { useState } from 'preact/hooks';
import { sendToBackground } from '../../../messaging/client';
import './outline.css';
import { outlineText } from '../../../i18n/outline';
import { errorText } from '../../../util/error-text';

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'copied' } | { kind: 'failed'; text: string };

/**
 * "Copy page outline" (docs/automation-contract.md#side-panel-sidepanelhtml), offered where a portal page looks like a step the
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
          setState({ kind: 'failed', text: outlineText('noAnswer') });
          return;
        }
        await copyToClipboard(reply.text);
        setState({ kind: 'copied' });
      })
      .catch((e: unknown) =>
        setState({ kind: 'failed', text: outlineText('failed', { reason: errorText(e) }) }),
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
          {outlineText('copy')}
        </button>
        <span
          aria-live="polite"
          class={
            state.kind === 'copied' ? 'tone-ok' : state.kind === 'failed' ? 'tone-error' : 'muted'
          }
        >
          {state.kind === 'busy'
            ? outlineText('reading')
            : state.kind === 'copied'
              ? commonText('copied')
              : state.kind === 'failed'
                ? state.text
                : ''}
        </span>
      </div>
      <p id={hintId} class="muted caption outline-hint">
        {outlineText('hint')}
      </p>
    </div>
  );
}
