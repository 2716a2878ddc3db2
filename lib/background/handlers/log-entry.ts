import type { logEntryToBackground } from '../../messaging/contract/log-entry';
import type { Handlers } from '../../messaging/router';
import { secretItem } from '../../storage';
import { logEntryItem } from '../../storage/log-entry';
import { createSerializer } from '../../util/serialize';
import { mentionsSecret } from './mentions-secret';

const queue = createSerializer();

export const logEntryHandlers: Handlers<typeof logEntryToBackground> = {
  'logs.entry': ({ entry }, { sender }) =>
    queue(async () => {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId;
      if (tabId === undefined || frameId === undefined) return { kept: false };
      const current = await logEntryItem.get();
      const same = current?.tabId === tabId && current.frameId === frameId;
      if (!entry || mentionsSecret(entry, (await secretItem.get())?.secret)) {
        // The pane closed (or said something it must not): its entry goes.
        if (same) await logEntryItem.set(null);
        return { kept: false };
      }
      await logEntryItem.set({ entry, tabId, frameId, at: Date.now() });
      return { kept: true };
    }),
};

/** A closed tab's open entry goes with it. */
export function forgetLogEntryTab(tabId: number): Promise<void> {
  return queue(async () => {
    if ((await logEntryItem.get())?.tabId === tabId) await logEntryItem.set(null);
  });
}
