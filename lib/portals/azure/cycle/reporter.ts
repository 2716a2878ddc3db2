import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ProvisioningStatusReport } from '../../../storage/provisioning-status';
import { createReportSender } from '../send-report';
import { extractProvisioningStatus } from './extract';

/**
 * Reports the provisioning job's health this frame shows (#14, the rotation's confirm step): the
 * Overview's cycle status, a quarantine banner, Provision on demand's result. Runs in the Azure
 * on-demand module, loaded once a frame shows one of those pages (page-readers.ts), after the
 * content script's own observer saw the page quiet.
 */
export function createStatusReporter(
  ctx: ContentScriptContext,
  docStart: number,
): { check(): boolean } {
  const sender = createReportSender<ProvisioningStatusReport>('provisioning.status');
  return {
    /** Reads and reports the status; true while the frame shows one. */
    check() {
      if (ctx.isInvalid) return false;
      const view = extractProvisioningStatus(document);
      if (!view) {
        // A page without a status withdraws nothing (the last status seen stays), but coming back
        // to the Overview reports it again: the rotation counts only a status seen after the fill.
        sender.reset();
        return false;
      }
      sender.send({ docStart, ...view });
      return true;
    },
  };
}
