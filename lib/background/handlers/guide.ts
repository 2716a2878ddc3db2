import type { guideToBackground } from '../../messaging/contract/guide';
import type { Handlers } from '../../messaging/router';
import { secretItem, settingsItem } from '../../storage';
import { guideProgressItem } from '../../storage/guide';
import { runFill } from '../guide/fill';
import { checkItem, markStep, resetDirectory } from '../guide/progress';
import { withoutSecret } from '../guide/scrub';
import { forgetFrame, progressQueue, recordProgress, recordReport } from '../guide/tabs';

export const guideHandlers: Handlers<typeof guideToBackground> = {
  'guide.report': async (report, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined || !sender.origin) return null;
    // The frame's place comes from the browser, not from the payload.
    const frame = sender.frameId === 0 ? 'top' : 'sub';
    const clean = withoutSecret({ ...report, frame }, (await secretItem.get())?.secret ?? null);
    if (!clean) return null;
    const { before, after } = await recordReport(
      {
        tabId,
        frameId: sender.frameId,
        documentId: sender.documentId ?? null,
        windowId: sender.tab?.windowId ?? null,
        origin: sender.origin,
      },
      clean,
    );
    await recordProgress(after);
    const formAppeared =
      after.form !== null &&
      (!before?.form ||
        before.form.frameId !== after.form.frameId ||
        before.form.documentId !== after.form.documentId);
    if (formAppeared && (await settingsItem.get()).fillWhenFormAppears) {
      // Not awaited: the frame's report is acknowledged now; the outcome goes to the panel.
      void runFill({ trigger: 'auto', tabId });
    }
    return null;
  },
  'guide.gone': async ({ docStart }, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return null;
    await forgetFrame(tabId, sender.frameId, docStart);
    return null;
  },
  'guide.mark': ({ directoryKey, appKey, step, done }) =>
    progressQueue(async () => {
      await guideProgressItem.set(
        markStep(await guideProgressItem.get(), directoryKey, appKey, step, done, Date.now()),
      );
      return { saved: true };
    }),
  'guide.check': ({ directoryKey, appKey, item, done }) =>
    progressQueue(async () => {
      await guideProgressItem.set(
        checkItem(await guideProgressItem.get(), directoryKey, appKey, item, done, Date.now()),
      );
      return { saved: true };
    }),
  'guide.reset': ({ directoryKey }) =>
    progressQueue(async () => {
      await guideProgressItem.set(resetDirectory(await guideProgressItem.get(), directoryKey));
      return { reset: true };
    }),
};
