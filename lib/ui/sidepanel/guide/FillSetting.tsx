import type { JSX } from 'preact';
import { useSettings } from '../settings/useSettings';
import { useAnnounce } from '../status';
import { guideText as t } from '../../../i18n/guide';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The "fill as soon as the form appears" option (off by default), in the Settings section. */
export function FillSetting(): JSX.Element | null {
  const announce = useAnnounce();
  const [settings, update] = useSettings();
  if (!settings) return null;
  const change = (on: boolean): void => {
    update({ fillWhenFormAppears: on }).then(
      () => announce(t(on ? 'fillWhenFormAppearsOn' : 'fillWhenFormAppearsOff'), 'ok'),
      (e: unknown) => announce(t('saveFailed', { reason: reason(e) }), 'error'),
    );
  };
  return (
    <div class="setting">
      <label>
        <input
          type="checkbox"
          checked={settings.fillWhenFormAppears}
          aria-describedby="fill-setting-hint"
          onChange={(e) => change(e.currentTarget.checked)}
        />{' '}
        {t('fillWhenFormAppears')}
      </label>
      <p id="fill-setting-hint" class="muted">
        {t('fillWhenFormAppearsHint')}
      </p>
    </div>
  );
}
