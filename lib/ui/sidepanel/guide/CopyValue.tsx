import { commonText } from '../../../i18n/common';
import type { ComponentChildren, JSX } from 'preact';
import { CopyButton } from '../../common/CopyButton';

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
  note?: string;
}

/** One value to enter in a console, exactly as it must be entered, with its copy button. */
export function CopyValue({
  label,
  value,
  name,
  copyText,
  shown,
  missing,
  note,
}: Props): JSX.Element {
  const available = copyText !== undefined || value !== null;
  return (
    <div class="value-row">
      <span class="value-label">{label}</span>
      <span class="value-text">
        {shown ??
          (value !== null ? (
            <code>{value}</code>
          ) : (
            <span class="muted">{missing ?? commonText('notReadYet')}</span>
          ))}
        {available ? (
          <CopyButton name={name} text={copyText ?? (() => value)} {...(note ? { note } : {})} />
        ) : null}
      </span>
    </div>
  );
}

/** A setting chosen in a console's dropdown: said in its exact wording, nothing to paste. */
export function ChoiceValue({ label, value }: { label: string; value: string }): JSX.Element {
  return (
    <div class="value-row">
      <span class="value-label">{label}</span>
      <span class="value-text">
        <strong>{value}</strong>
      </span>
    </div>
  );
}
