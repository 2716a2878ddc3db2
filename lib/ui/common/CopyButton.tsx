import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { commonText } from '../../i18n/common';
import { clipboardNote, copyToClipboard } from '../clipboard';
import { CopyIcon, DoneIcon } from '../icons';
import { errorText } from '../../util/error-text';

type State =
  { kind: 'idle' } | { kind: 'copied'; clipboard: string } | { kind: 'failed'; reason: string };

interface Props {
  /** The accessible name ("Copy SCIM endpoint"); also the tooltip. */
  name: string;
  /** The text to copy, produced at click time (the key is read from storage only then). */
  text: () => Promise<string | null> | string | null;
  disabled?: boolean;
  /** Id of the visible text that says why the button is disabled. */
  describedBy?: string;
  /** Shown after "Copied", e.g. when the clipboard will be cleared. */
  note?: string;
  /** A button with its label as text instead of an icon only. */
  label?: string;
}

/**
 * A compact copy button with its confirmation beside it ("Copied", or why not), where the admin
 * looks: outcomes of copies do not go to a page-wide status line. The copy goes through the one
 * clipboard helper, so a copied key is cleared later and the confirmation says when.
 */
export function CopyButton({ name, text, disabled, describedBy, note, label }: Props): JSX.Element {
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    if (state.kind !== 'copied') return undefined;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = (): void => {
    void Promise.resolve(text())
      .then(async (value) => {
        if (value === null) throw new Error(commonText('notReadYet'));
        const outcome = await copyToClipboard(value);
        setState({ kind: 'copied', clipboard: clipboardNote(outcome) });
      })
      .catch((e: unknown) => setState({ kind: 'failed', reason: errorText(e) }));
  };
  return (
    <span class="copy-control">
      <button
        type="button"
        class={label ? 'copy-button' : 'subtle icon-button copy-button'}
        aria-label={label ? undefined : name}
        title={name}
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={copy}
      >
        <CopyIcon />
        {label ? <span>{label}</span> : null}
      </button>
      <span
        class={`copy-outcome caption ${state.kind === 'failed' ? 'tone-error' : 'tone-ok'}`}
        aria-live="polite"
      >
        {state.kind === 'copied' ? (
          <>
            <DoneIcon class="icon-16" />
            {commonText('copied')}
            {note ? <span class="muted"> {note}</span> : null}
            {state.clipboard ? <span class="muted"> {state.clipboard}</span> : null}
          </>
        ) : state.kind === 'failed' ? (
          commonText('copyFailed', { reason: state.reason })
        ) : null}
      </span>
    </span>
  );
}
