import type { JSX } from 'preact';
import { settingsItem } from '../../../storage';
import { useStored } from '../../hooks/useStored';
import { t } from './text';

/** The "fill as soon as the form appears" option (off by default). */
export function FillSetting(): JSX.Element {
  const settings = useStored(settingsItem);
  const change = async (on: boolean): Promise<void> => {
    // Merged into the latest value, so other sections' settings are kept.
    await settingsItem.set({ ...(await settingsItem.get()), fillWhenFormAppears: on });
  };
  return (
    <div class="setting">
      <label>
        <input
          type="checkbox"
          checked={settings?.fillWhenFormAppears ?? false}
          disabled={settings === undefined}
          aria-describedby="fill-setting-hint"
          onChange={(e) => void change(e.currentTarget.checked)}
        />{' '}
        {t('fillWhenFormAppears')}
      </label>
      <p id="fill-setting-hint" class="muted">
        {t('fillWhenFormAppearsHint')}
      </p>
    </div>
  );
}
