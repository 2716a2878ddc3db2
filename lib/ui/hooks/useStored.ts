import { useEffect, useState } from 'preact/hooks';
import type { StoredItem } from '../../storage';

/**
 * The current value of a stored item, kept live through storage change events, so a page
 * follows what other contexts write (the side panel while the console is open in another tab).
 * `undefined` until the first read completes.
 */
export function useStored<T>(item: StoredItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const unwatch = item.watch((next) => live && setValue(next));
    void item.get().then((first) => live && setValue(first));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
