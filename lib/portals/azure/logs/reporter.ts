import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LogEntryReport } from '../../../storage/log-entry';
import { createReportSender } from '../send-report';
import { extractLogEntry } from './extract';

/**
 * Reports the provisioning-log entry whose details pane this frame shows (#14 item 4), and its
 * closing. Runs in the Azure on-demand module, loaded once a frame shows the logs page or a pane
 * (page-readers.ts), after the content script's own observer saw the page quiet.
 */
export function createLogEntryReporter(
  ctx: ContentScriptContext,
  docStart: number,
): { check(): boolean } {
  const closed: LogEntryReport = { docStart, entry: null };
  const sender = createReportSender<LogEntryReport>('logs.entry', closed);
  // The page left with the pane open: its entry goes with it (the tab's closing does too).
  ctx.addEventListener(window, 'pagehide', () => {
    if (sender.said()) sender.send(closed);
  });
  return {
    /** Reads and reports the open entry; true while one is shown or its report is to withdraw. */
    check() {
      if (ctx.isInvalid) return false;
      const entry = extractLogEntry(document);
      sender.send({ docStart, entry });
      return entry !== null;
    },
  };
}
