import type { JSX } from 'preact';
import { FillSetting } from '../guide/FillSetting';
import { SecretSettings } from './SecretSettings';
import { settingsText } from '../../../i18n/settings';

/** The side panel's settings. Each feature adds its own fields as one component line here. */
export function Settings(): JSX.Element {
  return (
    <section aria-labelledby="settings-heading" class="settings">
      <h2 id="settings-heading">{settingsText('heading')}</h2>
      <SecretSettings />
      <FillSetting />
    </section>
  );
}
