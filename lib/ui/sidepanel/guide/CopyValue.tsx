import type { ComponentChildren, JSX } from 'preact';
import { useAnnounce } from '../status';
import { t } from '../../../i18n/guide';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Copies text produced at click time; the outcome goes to the panel's one status line. */
export function useCopy(): (
  what: string,
  text: () => Promise<string | null> | string | null,
) => void {
  const announce = useAnnounce();
  return (what, text) => {
    void Promise.resolve(text())
      .then(async (value) => {
        if (value === null) throw new Error(t('unknown'));
        await navigator.clipboard.writeText(value);
        announce(t('copied', { what }), 'ok');
      })
      .catch((e: unknown) => announce(t('copyFailed', { reason: reason(e) }), 'error'));
  };
}

interface Props {
  label: string;
  /** Shown as text; null when unknown. */
  value: string | null;
  /** What a screen reader hears on the button ("Copy Tenant URL"). */
  name: string;
  /** The text to copy; defaults to `value`. Used for the key, which is never shown. */
  copyText?: () => Promise<string | null>;
  shown?: ComponentChildren;
  missing?: string;
}

/** One value to enter in a console, exactly as it must be entered, with its copy button. */
export function CopyValue({ label, value, name, copyText, shown, missing }: Props): JSX.Element {
  const copy = useCopy();
  const available = copyText !== undefined || value !== null;
  return (
    <div class="value-row">
      <span class="value-label">{label}</span>
      <span class="value-text">
        {shown ??
          (value !== null ? (
            <code>{value}</code>
          ) : (
            <span class="muted">{missing ?? t('unknown')}</span>
          ))}
      </span>
      {available ? (
        <button
          type="button"
          class="copy"
          aria-label={name}
          onClick={() => copy(label, copyText ?? (() => Promise.resolve(value)))}
        >
          {t('copy')}
        </button>
      ) : null}
    </div>
  );
}
