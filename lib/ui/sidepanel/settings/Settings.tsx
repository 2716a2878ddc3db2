import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { settingsText } from '../../../i18n/settings';
import { DisclosureButton } from '../../common/Disclosure';
import { FillSetting } from '../guide/FillSetting';
import { SecretSettings } from './SecretSettings';

/**
 * The side panel's settings, closed until asked for. Each feature adds its own fields as one
 * component line here.
 */
export function Settings(): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="settings-heading" class="card settings">
      <h2 id="settings-heading">
        <DisclosureButton open={open} onToggle={setOpen} controls="settings-body">
          {settingsText('heading')}
        </DisclosureButton>
      </h2>
      <div id="settings-body" hidden={!open}>
        <SecretSettings />
        <FillSetting />
      </div>
    </section>
  );
}
