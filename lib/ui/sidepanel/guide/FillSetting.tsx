import type { JSX } from 'preact';
import { useSettings } from '../settings/useSettings';
import { useAnnounce } from '../status';
import { guideText } from '../../../i18n/guide';
import { errorText } from '../../../util/error-text';

/** The "fill as soon as the form appears" option (off by default), in the Settings section. */
export function FillSetting(): JSX.Element | null {
  const announce = useAnnounce();
  const [settings, update] = useSettings();
  if (!settings) return null;
  const change = (on: boolean): void => {
    update({ fillWhenFormAppears: on }).then(
      () => announce(guideText(on ? 'fillWhenFormAppearsOn' : 'fillWhenFormAppearsOff'), 'ok'),
      (e: unknown) => announce(guideText('saveFailed', { reason: errorText(e) }), 'error'),
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
        {guideText('fillWhenFormAppears')}
      </label>
      <p id="fill-setting-hint" class="muted">
        {guideText('fillWhenFormAppearsHint')}
      </p>
    </div>
  );
}
