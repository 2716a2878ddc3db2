import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CLIPBOARD_CLEAR_SECONDS, SECRET_TTL_MINUTES } from '../../../storage/settings';
import { useAnnounce } from '../status';
import { settingsText } from '../../../i18n/settings';
import { useSettings } from './useSettings';
import { errorText } from '../../../util/error-text';

const { min, max } = SECRET_TTL_MINUTES;
/** The clipboard delays offered, from the shortest to the longest allowed, and off. */
const CLIPBOARD_CHOICES = [
  CLIPBOARD_CLEAR_SECONDS.min,
  30,
  CLIPBOARD_CLEAR_SECONDS.default,
  120,
  CLIPBOARD_CLEAR_SECONDS.max,
  0,
] as const;

/** The key's time limit (5 to 120 minutes) and whether to ask before keeping it. */
export function SecretSettings(): JSX.Element | null {
  const announce = useAnnounce();
  const [settings, update] = useSettings();
  const [draft, setDraft] = useState('');
  const savedTtl = settings?.secretTtlMinutes;
  useEffect(() => {
    if (savedTtl !== undefined) setDraft(String(savedTtl));
  }, [savedTtl]);
  if (!settings) return null;

  const saveTtl = (value: string): void => {
    const minutes = Number(value);
    if (!Number.isInteger(minutes) || minutes < min || minutes > max) {
      announce(settingsText('ttlInvalid', { min, max }), 'error');
      setDraft(String(settings.secretTtlMinutes));
      return;
    }
    if (minutes === settings.secretTtlMinutes) return;
    update({ secretTtlMinutes: minutes }).then(
      () => announce(settingsText('ttlSaved', { minutes }), 'ok'),
      (e: unknown) => announce(settingsText('saveFailed', { reason: errorText(e) }), 'error'),
    );
  };
  const saveClipboard = (seconds: number): void => {
    update({ clipboardClearSeconds: seconds }).then(
      () =>
        announce(
          seconds === 0
            ? settingsText('clipboardSavedOff')
            : settingsText('clipboardSaved', { seconds }),
          'ok',
        ),
      (e: unknown) => announce(settingsText('saveFailed', { reason: errorText(e) }), 'error'),
    );
  };
  const toggleAsk = (on: boolean): void => {
    update({ askBeforeKeepingSecret: on }).then(
      () => announce(settingsText(on ? 'askOn' : 'askOff'), 'ok'),
      (e: unknown) => announce(settingsText('saveFailed', { reason: errorText(e) }), 'error'),
    );
  };

  return (
    <>
      <div class="field">
        <label for="secret-ttl">{settingsText('ttl')}</label>{' '}
        <input
          id="secret-ttl"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft}
          aria-describedby="secret-ttl-hint"
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => saveTtl(e.currentTarget.value)}
        />
        <p id="secret-ttl-hint" class="muted small">
          {settingsText('ttlHint', { min, max })}
        </p>
      </div>
      <div class="field">
        <label for="clipboard-clear">{settingsText('clipboard')}</label>{' '}
        <select
          id="clipboard-clear"
          value={String(settings.clipboardClearSeconds)}
          aria-describedby="clipboard-clear-hint"
          onChange={(e) => saveClipboard(Number(e.currentTarget.value))}
        >
          {CLIPBOARD_CHOICES.map((seconds) => (
            <option key={seconds} value={String(seconds)}>
              {seconds === 0
                ? settingsText('clipboardOff')
                : settingsText('clipboardSeconds', { seconds })}
            </option>
          ))}
        </select>
        <p id="clipboard-clear-hint" class="muted small">
          {settingsText('clipboardHint')}
        </p>
      </div>
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={settings.askBeforeKeepingSecret}
            aria-describedby="ask-hint"
            onChange={(e) => toggleAsk(e.currentTarget.checked)}
          />{' '}
          {settingsText('ask')}
        </label>
        <p id="ask-hint" class="muted small">
          {settingsText('askHint')}
        </p>
      </div>
    </>
  );
}
