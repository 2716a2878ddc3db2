import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/linter';

interface Props {
  text: string;
  /** Visible label; the accessible name too unless `name` is given. */
  label?: string;
  /** Accessible name when the visible label alone is ambiguous ("Copy" in a table row). */
  name?: string;
  disabled?: boolean;
}

/**
 * Copies `text` and says so on the button itself for a moment: the popup's only status element
 * is the linter summary, so copy outcomes do not go there.
 */
export function CopyButton({ text, label, name, disabled }: Props): JSX.Element {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = (): void => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  const shown =
    state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : (label ?? t('copy'));
  return (
    <button
      type="button"
      class="copy"
      onClick={copy}
      disabled={disabled}
      aria-label={state === 'idle' ? name : `${shown}: ${name ?? label ?? ''}`.trim()}
    >
      {shown}
    </button>
  );
}
