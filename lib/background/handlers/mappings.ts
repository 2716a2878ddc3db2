import type { mappingsToBackground } from '../../messaging/contract/mappings';
import type { Handlers } from '../../messaging/router';
import { mappingPagesItem, secretItem } from '../../storage';
import { createSerializer } from '../../util/serialize';
import { mentionsSecret } from './mentions-secret';

const queue = createSerializer();

export const mappingsHandlers: Handlers<typeof mappingsToBackground> = {
  'mappings.report': (report, { sender }) =>
    queue(async () => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return { kept: false };
      const key = `${tabId}:${sender.frameId}`;
      const pages = await mappingPagesItem.get();
      const empty = report.tables.length === 0 && report.edit === null;
      if (empty || mentionsSecret(report, (await secretItem.get())?.secret)) {
        if (!(key in pages)) return { kept: false };
        await mappingPagesItem.set(
          Object.fromEntries(Object.entries(pages).filter(([k]) => k !== key)),
        );
        return { kept: false };
      }
      await mappingPagesItem.set({
        ...pages,
        [key]: { ...report, tabId, frameId: sender.frameId, at: Date.now() },
      });
      return { kept: true };
    }),
};

/** A closed tab's mapping pages go with it. */
export function forgetMappingTab(tabId: number): Promise<void> {
  return queue(async () => {
    const pages = await mappingPagesItem.get();
    const kept = Object.fromEntries(Object.entries(pages).filter(([, p]) => p.tabId !== tabId));
    if (Object.keys(kept).length !== Object.keys(pages).length) await mappingPagesItem.set(kept);
  });
}
