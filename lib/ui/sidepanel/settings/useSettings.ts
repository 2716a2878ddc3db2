import { settingsItem, type Settings } from '../../../storage';
import { useStored } from '../../hooks/useStored';

/**
 * The settings, live, and a function that changes some of them. The change is merged into the
 * latest stored value, so sections that own other settings never overwrite each other.
 */
export function useSettings(): [
  Settings | undefined,
  (change: Partial<Settings>) => Promise<void>,
] {
  const settings = useStored(settingsItem);
  const update = async (change: Partial<Settings>): Promise<void> => {
    await settingsItem.set({ ...(await settingsItem.get()), ...change });
  };
  return [settings, update];
}
