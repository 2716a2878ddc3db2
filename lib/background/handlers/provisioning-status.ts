import type { provisioningStatusToBackground } from '../../messaging/contract/provisioning-status';
import type { Handlers } from '../../messaging/router';
import { secretItem } from '../../storage';
import { guideTabsItem } from '../../storage/guide';
import { provisioningStatusItem } from '../../storage/provisioning-status';
import { createSerializer } from '../../util/serialize';
import { mentionsSecret } from './mentions-secret';

const queue = createSerializer();

// The tab's app comes from its top document's report (the address, the blade title), which may
// land just after the status a React-view frame read: wait for it this long, at this pace.
const APP_WAIT_MS = 3_000;
const APP_POLL_MS = 200;

/** The app the tab shows, as the guide recognised it; null when it names none in time. */
async function appOfTab(tabId: number, waitMs: number): Promise<string | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const app = (await guideTabsItem.get())[String(tabId)]?.merged.app.objectId ?? null;
    if (app !== null || Date.now() >= deadline) return app;
    await new Promise((resolve) => setTimeout(resolve, APP_POLL_MS));
  }
}

export const provisioningStatusHandlers: Handlers<typeof provisioningStatusToBackground> = {
  'provisioning.status': (report, { sender }) =>
    queue(async () => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { kept: false };
      const { docStart: _docStart, ...status } = report;
      if (mentionsSecret(status, (await secretItem.get())?.secret)) return { kept: false };
      const at = Date.now();
      // The rotation counts a status only for the app its key went into (lib/rotation/flow.ts).
      const appObjectId = await appOfTab(tabId, APP_WAIT_MS);
      await provisioningStatusItem.set({ ...status, appObjectId, at });
      return { kept: true };
    }),
};
